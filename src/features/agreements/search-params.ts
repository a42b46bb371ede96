import type { ChartTab } from '../../components/ui/chart-tabs'
import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** The agreements view's own URL state: which face the coverage chart shows, and the document a link points to. */
export interface AgreementsSearch {
  tab: ChartTab
  /** The id of the document to scroll to and highlight (`?agreement=<id>#<id>`); the view checks it exists. */
  agreement: string | null
}

/** Names the URL parameters the agreements view owns. */
export const AGREEMENTS_KEYS = ['tab', 'agreement'] as const

/** Reads the agreements view's state from the URL; an unknown tab falls back to the chart and is reported. */
export function parseAgreementsSearch(params: URLSearchParams): AgreementsSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const repeats: SearchNotice[] = []
  const raw = readSingleParam(params, 'tab', repeats)
  let tab: ChartTab = 'chart'
  if (raw === 'table') tab = 'table'
  else if (raw !== null && raw !== 'chart') notices.push({ param: 'tab', value: raw })
  const rawAgreement = readSingleParam(params, 'agreement', repeats)?.trim()
  return { tab, agreement: rawAgreement ? rawAgreement : null, notices: [...notices, ...repeats] }
}

/** Writes the agreements view's state, leaving the defaults (chart, no document) out. */
export function toAgreementsSearchParams({ tab, agreement }: AgreementsSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (tab !== 'chart') params.set('tab', tab)
  if (agreement !== null) params.set('agreement', agreement)
  return params
}
