import type { QueryClient } from '@tanstack/react-query'
import { timelineIndexQueryOptions, viewQueryOptions } from '../../data/queries'
import { timelinePlan, type TimelinePlan } from '../../data/timeline-plan'
import { viewFileList, type ViewFileSpec } from '../../data/view-slices'
import { parsePage } from '../../lib/paging'
import { parseSharedSearch } from '../../lib/shared-search'
import type { TimelineIndex } from '../../schema/timeline-pages'
import { parseTimelineSearch } from './search-params'

/**
 * What the timeline reads at an address, given its index: the plan for the URL's countries, years and page (null:
 * two countries at once, the whole timeline) and the files it names. The view, the route's loader and a filter box's
 * prefetch all ask here, so they name the same files and share one cache entry.
 */
export function timelineRead(
  index: TimelineIndex,
  params: URLSearchParams,
): { plan: TimelinePlan | null; files: ViewFileSpec[] } {
  const { countries } = parseSharedSearch(params)
  const { from, to } = parseTimelineSearch(params)
  const plan = timelinePlan(index, { countries, from, to }, parsePage(params, []) ?? 1)
  return { plan, files: plan === null ? viewFileList('timeline', params) : plan.files }
}

/** Loads the timeline's index, then the files it reads at this address; a failure is the view's to show. */
export async function prefetchTimeline(queryClient: QueryClient, params: URLSearchParams): Promise<void> {
  try {
    const index = await queryClient.ensureQueryData(timelineIndexQueryOptions())
    await queryClient.prefetchQuery(viewQueryOptions(timelineRead(index, params).files))
  } catch {
    // the view's own query of the index fails the same way and says so
  }
}
