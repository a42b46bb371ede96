import { useCallback, useMemo } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { PAGE_KEY } from '../../lib/paging'
import { mergeSearchParams } from '../../lib/search-notice'
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

/**
 * The links that select an event (or clear the selection) from the address `pathname` + `params`, keeping every other
 * parameter, as merging the timeline's parameters into the address would write them. The address is read once, not
 * once per link: a page of occasions builds fifty of them a render.
 */
export function eventHrefFor(pathname: string, params: URLSearchParams): (eventId: string | null) => string {
  const unselected = { ...parseTimelineSearch(params), event: null }
  // the event is the last of the timeline's parameters, and they come after all others
  const rest = mergeSearchParams(params, TIMELINE_KEYS, toTimelineSearchParams(unselected)).toString()
  return (eventId) => {
    const event = eventId === null ? '' : new URLSearchParams({ event: eventId }).toString()
    const query = [rest, event].filter((part) => part !== '').join('&')
    return query === '' ? pathname : `${pathname}?${query.replaceAll('%7E', '~')}`
  }
}

/** Returns a function giving the link that selects an event (or clears the selection), keeping every other parameter. */
export function useEventHref(): (eventId: string | null) => string {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  return useMemo(() => eventHrefFor(pathname, params), [params, pathname])
}
