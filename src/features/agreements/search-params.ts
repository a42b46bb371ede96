import type { ChartTab } from '../../components/ui/chart-tabs'
import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** The agreements view's own URL state: which face the coverage chart shows. */
export interface AgreementsSearch {
  tab: ChartTab
}

/** Names the URL parameters the agreements view owns. */
export const AGREEMENTS_KEYS = ['tab'] as const

/** Reads the agreements view's state from the URL; an unknown tab falls back to the chart and is reported. */
export function parseAgreementsSearch(params: URLSearchParams): AgreementsSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const raw = readSingleParam(params, 'tab', notices)
  if (raw === null || raw === 'chart') return { tab: 'chart', notices }
  if (raw === 'table') return { tab: 'table', notices }
  return { tab: 'chart', notices: [{ param: 'tab', value: raw }, ...notices] }
}

/** Writes the agreements view's state, leaving the default (chart) out. */
export function toAgreementsSearchParams({ tab }: AgreementsSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (tab !== 'chart') params.set('tab', tab)
  return params
}
