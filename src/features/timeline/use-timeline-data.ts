import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { timelineIndexQueryOptions, viewQueryOptions } from '../../data/queries'
import { timelinePlan, type TimelinePlan } from '../../data/timeline-plan'
import { viewFileList } from '../../data/view-slices'
import { parsePage } from '../../lib/paging'
import { parseSharedSearch } from '../../lib/shared-search'
import type { TimelineSearch } from './search-params'

/**
 * Loads what the timeline shows for the URL's countries and years: first its index (lanes, monthly counts, the
 * bounds of each series), then the occasions the plan names. `plan` is null when two countries are chosen at once,
 * which reads the whole timeline. While another filter's files load, the previous ones stay on screen.
 */
export function useTimelineData(search: Pick<TimelineSearch, 'from' | 'to'>) {
  const [params] = useSearchParams()
  const index = useQuery(timelineIndexQueryOptions())
  const { countries } = parseSharedSearch(params)
  const plan: TimelinePlan | null | undefined = index.data
    ? timelinePlan(index.data, { countries, from: search.from, to: search.to }, parsePage(params, []) ?? 1)
    : undefined
  const files = plan === undefined ? [] : plan === null ? viewFileList('timeline', params) : plan.files
  const facts = useQuery({
    ...viewQueryOptions(files),
    enabled: plan !== undefined,
    placeholderData: keepPreviousData,
  })
  return { indexQuery: index, facts, index: index.data, plan: plan ?? null }
}
