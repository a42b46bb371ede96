import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { factsQueryOptions } from '../../data/queries'
import type { FactsFile } from '../../schema/dataset'
import { ErrorState } from './error-state'
import { Skeleton } from './skeleton'

/** Props of {@link FactsGate}. */
export interface FactsGateProps {
  /** Draws the view once the facts index is loaded. */
  children: (facts: FactsFile) => ReactNode
}

/** Loads the facts index for one chart: a chart skeleton meanwhile, the error with Retry if it fails, then the view. */
export function FactsGate({ children }: FactsGateProps) {
  const query = useQuery(factsQueryOptions())
  if (query.isPending) return <Skeleton variant="chart" blocks={1} />
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  return <>{children(query.data)}</>
}
