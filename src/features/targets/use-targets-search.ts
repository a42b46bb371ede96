import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ChartTab } from '../../components/ui/chart-tabs'
import { mergeSearchParams } from '../../lib/search-notice'
import { useUpdateSearch } from '../../lib/use-update-search'
import {
  chartTabOf,
  chartTabQuery,
  parseTargetsSearch,
  TARGETS_KEYS,
  toTargetsSearchParams,
  withChartTab,
  type TargetsSearch,
} from './search-params'

/** Reads the targets view's URL state and returns an updater that keeps the shared parameters. */
export function useTargetsSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseTargetsSearch(params), [params])
  const update = useCallback(
    (patch: Partial<TargetsSearch>) => {
      updateSearch((current) => {
        const next = { ...parseTargetsSearch(current), ...patch }
        return mergeSearchParams(current, TARGETS_KEYS, toTargetsSearchParams(next))
      })
    },
    [updateSearch],
  )
  return [search, update] as const
}

/**
 * Gives each chart on the page its own Chart | Table tab from the URL: its face, a handler that turns only it, and
 * the query that opens it alone with that face. `shown` lists the ids of the charts on the page.
 */
export function useChartTabs(shown: readonly string[]) {
  const [search, update] = useTargetsSearch()
  const tabOf = useCallback((chartId: string) => chartTabOf(search, chartId), [search])
  const onTabChange = useCallback(
    (chartId: string) => (tab: ChartTab) => update(withChartTab(search, chartId, tab, shown)),
    [search, shown, update],
  )
  const queryOf = useCallback((chartId: string) => chartTabQuery(chartId, chartTabOf(search, chartId)), [search])
  return { notices: search.notices, tabOf, onTabChange, queryOf }
}
