import { useQuery } from '@tanstack/react-query'
import type { Sector } from '../schema/dataset'
import { summaryQueryOptions } from './queries'

/** The figure views' filter choices and metrics, with the state of the summary they come from. */
export interface FigureFacets {
  facets: { sectors: Sector[]; countries: string[] }
  metrics: string[]
  /** The summary query itself, so a view can wait for it and offer Retry when it fails. */
  query: ReturnType<typeof useSummary>
}

const useSummary = () => useQuery(summaryQueryOptions())

/**
 * The figure views' filter choices and metrics, for the whole corpus: a filtered view reads a shard holding fewer,
 * so its filter bar and its "unknown metric" check read the build's summary instead. Empty until it loads.
 */
export function useFigureFacets(): FigureFacets {
  const query = useSummary()
  const data = query.data
  return {
    facets: data?.figureFacets ?? { sectors: [], countries: [] },
    metrics: data?.metrics ?? [],
    query,
  }
}
