import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { timelineIndexQueryOptions, viewQueryOptions } from '../../data/queries'
import { useFilterPreview } from '../../lib/use-shared-search'
import { prefetchTimeline, timelineRead } from './timeline-read'

/**
 * Loads what the timeline shows for the URL's countries and years: first its index (lanes, monthly counts, the
 * bounds of each series), then the occasions the plan names. `plan` is null when two countries are chosen at once,
 * which reads the whole timeline. While another filter's files load, the previous ones stay on screen.
 */
export function useTimelineData() {
  const [params] = useSearchParams()
  const index = useQuery(timelineIndexQueryOptions())
  const read = index.data ? timelineRead(index.data, params) : undefined
  const facts = useQuery({
    ...viewQueryOptions(read?.files ?? []),
    enabled: read !== undefined,
    placeholderData: keepPreviousData,
  })
  return { indexQuery: index, facts, index: index.data, plan: read?.plan ?? null }
}

/** Returns the filter bar's preview: the files a hovered or focused country box would have the timeline read. */
export function useTimelinePreview() {
  const client = useQueryClient()
  return useFilterPreview(useCallback((params) => void prefetchTimeline(client, params), [client]))
}
