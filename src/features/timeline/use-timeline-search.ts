import { useCallback, useMemo } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { PAGE_KEY } from '../../lib/paging'
import { mergeSearchParams, toSearchString } from '../../lib/search-notice'
import { useUpdateSearch } from '../../lib/use-update-search'
import { TIMELINE_KEYS, parseTimelineSearch, toTimelineSearchParams, type TimelineSearch } from './search-params'

/** Reads the timeline's URL state and returns an updater that keeps the shared parameters. */
export function useTimelineSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseTimelineSearch(params), [params])
  const update = useCallback(
    (patch: Partial<TimelineSearch>) => {
      updateSearch((current) => {
        const previous = parseTimelineSearch(current)
        const next = { ...previous, ...patch }
        const merged = mergeSearchParams(current, TIMELINE_KEYS, toTimelineSearchParams(next))
        // another year range means another list of events: its first page
        if (next.from !== previous.from || next.to !== previous.to) merged.delete(PAGE_KEY)
        return merged
      })
    },
    [updateSearch],
  )
  return [search, update] as const
}

/** Returns a function giving the link that selects an event (or clears the selection), keeping every other parameter. */
export function useEventHref(): (eventId: string | null) => string {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  return useCallback(
    (eventId: string | null) => {
      const next = { ...parseTimelineSearch(params), event: eventId }
      return `${pathname}${toSearchString(mergeSearchParams(params, TIMELINE_KEYS, toTimelineSearchParams(next)))}`
    },
    [params, pathname],
  )
}
