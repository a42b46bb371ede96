import type { ChartTab } from '../../components/ui/chart-tabs'
import type { SearchNotice } from '../../lib/search-notice'

/** The timeline's own URL state: chart face, year range and the selected event. */
export interface TimelineSearch {
  tab: ChartTab
  from: number | null
  to: number | null
  event: string | null
}

/** Names the URL parameters the timeline owns. */
export const TIMELINE_KEYS = ['tab', 'from', 'to', 'event'] as const

const YEAR = /^\d{4}$/

function parseYear(raw: string | null, param: string, notices: SearchNotice[]): number | null {
  if (raw === null) return null
  const value = raw.trim()
  if (YEAR.test(value)) return Number(value)
  notices.push({ param, value: raw })
  return null
}

/**
 * Reads the timeline's state from the URL: a malformed tab or year is dropped with a notice, and a reversed year
 * range is read the right way round. Whether the event exists is for the view to check against the data.
 */
export function parseTimelineSearch(params: URLSearchParams): TimelineSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const rawTab = params.get('tab')
  let tab: ChartTab = 'chart'
  if (rawTab === 'table') tab = 'table'
  else if (rawTab !== null && rawTab !== 'chart') notices.push({ param: 'tab', value: rawTab })
  let from = parseYear(params.get('from'), 'from', notices)
  let to = parseYear(params.get('to'), 'to', notices)
  if (from !== null && to !== null && from > to) [from, to] = [to, from]
  const rawEvent = params.get('event')?.trim()
  return { tab, from, to, event: rawEvent ? rawEvent : null, notices }
}

/** Writes the timeline's state, leaving defaults out so shared links stay short. */
export function toTimelineSearchParams({ tab, from, to, event }: TimelineSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (tab !== 'chart') params.set('tab', tab)
  if (from !== null) params.set('from', String(from))
  if (to !== null) params.set('to', String(to))
  if (event !== null) params.set('event', event)
  return params
}
