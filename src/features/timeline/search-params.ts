import type { ChartTab } from '../../components/ui/chart-tabs'
import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

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
 * Reads the timeline's state from the URL: a malformed tab or year, or a repeated key's later value, is dropped
 * with a notice, and a reversed year range is read the right way round. Whether the event exists is for the view to check against the data.
 */
export function parseTimelineSearch(params: URLSearchParams): TimelineSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const repeats: SearchNotice[] = []
  const rawTab = readSingleParam(params, 'tab', repeats)
  let tab: ChartTab = 'chart'
  if (rawTab === 'table') tab = 'table'
  else if (rawTab !== null && rawTab !== 'chart') notices.push({ param: 'tab', value: rawTab })
  let from = parseYear(readSingleParam(params, 'from', repeats), 'from', notices)
  let to = parseYear(readSingleParam(params, 'to', repeats), 'to', notices)
  if (from !== null && to !== null && from > to) [from, to] = [to, from]
  const rawEvent = readSingleParam(params, 'event', repeats)?.trim()
  return { tab, from, to, event: rawEvent ? rawEvent : null, notices: [...notices, ...repeats] }
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
