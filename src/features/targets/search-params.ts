import type { ChartTab } from '../../components/ui/chart-tabs'
import { readSingleParam, splitList, type SearchNotice } from '../../lib/search-notice'

/**
 * The targets view's own URL state: which charts show their table. Each chart has its own tab, named by its id in
 * `table` (`table=trade-turnover~oil-btc.kz.t`); `tab=table`, from links older than per-chart tabs, turns every chart.
 */
export interface TargetsSearch {
  tables: string[]
  allTables: boolean
}

/** Names the URL parameters the targets view owns. */
export const TARGETS_KEYS = ['tab', 'table'] as const

const CHART_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/

/** Reads which charts show their table; an unknown tab or malformed chart id is dropped and reported. */
export function parseTargetsSearch(params: URLSearchParams): TargetsSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const repeats: SearchNotice[] = []
  const rawTab = readSingleParam(params, 'tab', repeats)
  if (rawTab !== null && rawTab !== 'chart' && rawTab !== 'table') notices.push({ param: 'tab', value: rawTab })
  const tables: string[] = []
  for (const id of splitList(readSingleParam(params, 'table', repeats))) {
    if (!CHART_ID.test(id)) notices.push({ param: 'table', value: id })
    else if (!tables.includes(id)) tables.push(id)
  }
  return { tables: tables.sort(), allTables: rawTab === 'table', notices: [...notices, ...repeats] }
}

/** Writes which charts show their table, leaving the default (every chart drawn) out. */
export function toTargetsSearchParams({ tables, allTables }: TargetsSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (allTables) params.set('tab', 'table')
  if (tables.length > 0) params.set('table', [...tables].sort().join('~'))
  return params
}

/** Tells which face a chart shows. */
export function chartTabOf(search: TargetsSearch, chartId: string): ChartTab {
  return search.allTables || search.tables.includes(chartId) ? 'table' : 'chart'
}

/**
 * Turns one chart to a face and leaves the others as they are. Under an old `tab=table` every chart on the page
 * (`shown`) showed its table, so they are listed by id before this one changes.
 */
export function withChartTab(
  search: TargetsSearch,
  chartId: string,
  tab: ChartTab,
  shown: readonly string[],
): TargetsSearch {
  const current = search.allTables ? [...new Set([...search.tables, ...shown])] : search.tables
  const others = current.filter((id) => id !== chartId)
  return { tables: (tab === 'table' ? [...others, chartId] : others).sort(), allTables: false }
}

/** Writes the query that opens a chart on its own with the face it shows now (for Copy link and embeds). */
export function chartTabQuery(chartId: string, tab: ChartTab): string {
  return tab === 'table' ? toTargetsSearchParams({ tables: [chartId], allTables: false }).toString() : ''
}
