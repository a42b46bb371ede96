import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** The targets view's own URL state: which face the charts show. */
export interface TargetsSearch {
  tab: 'chart' | 'table'
}

/** Names the URL parameters the targets view owns. */
export const TARGETS_KEYS = ['tab'] as const

/** Reads the targets view's state from the URL; an unknown tab falls back to the chart and is reported. */
export function parseTargetsSearch(params: URLSearchParams): TargetsSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const raw = readSingleParam(params, 'tab', notices)
  if (raw === null || raw === 'chart') return { tab: 'chart', notices }
  if (raw === 'table') return { tab: 'table', notices }
  return { tab: 'chart', notices: [{ param: 'tab', value: raw }, ...notices] }
}

/** Writes the targets view's state, leaving the default (chart) out. */
export function toTargetsSearchParams({ tab }: TargetsSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (tab !== 'chart') params.set('tab', tab)
  return params
}
