import type { ReactNode } from 'react'
import { useViewFacts } from '../../data/queries'
import type { ViewName } from '../../data/view-slices'
import type { FactsFile } from '../../schema/dataset'
import { ErrorState } from './error-state'
import { Skeleton } from './skeleton'

/** Props of {@link FactsGate}. */
export interface FactsGateProps {
  /** The view whose data the chart draws. */
  view: ViewName
  /** Draws the view once the facts index is loaded. */
  children: (facts: FactsFile) => ReactNode
}

/** Loads the facts index for one chart: a chart skeleton meanwhile, the error with Retry if it fails, then the view. */
export function FactsGate({ view, children }: FactsGateProps) {
  const query = useViewFacts(view)
  if (query.isPending) return <Skeleton variant="chart" blocks={1} />
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  return <>{children(query.data)}</>
}
