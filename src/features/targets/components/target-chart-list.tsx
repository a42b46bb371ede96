import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { factsQueryOptions } from '../../../data/queries'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import { filterFigures } from '../lib/filter-figures'
import { isChartWorthy, toMetricSeries } from '../lib/to-metric-series'
import { indexArticles } from '../lib/to-source-history'
import { toTargetsSearchParams } from '../search-params'
import { useTargetsSearch } from '../use-targets-search'
import { SearchNotices } from '../../../components/ui/search-notices'
import { MetricChart } from './metric-chart'

/** Draws the chart of every metric worth charting (a target, or two values), filtered by the URL; for the overview. */
export function TargetChartList() {
  const query = useQuery(factsQueryOptions())
  const [shared] = useSharedSearch()
  const [search, updateSearch] = useTargetsSearch()
  const withShared = useLinkWithSharedSearch()
  const facts = query.data
  const articlesById = useMemo(() => indexArticles(facts?.articles ?? []), [facts])
  const series = useMemo(
    () => toMetricSeries(filterFigures(facts?.figures ?? [], shared)).filter(isChartWorthy),
    [facts, shared],
  )
  const tabQuery = toTargetsSearchParams({ tab: search.tab }).toString()
  return (
    <div className="chart-grid-list">
      <SearchNotices notices={search.notices} />
      {series.map((item) => (
        <MetricChart
          key={item.metric}
          series={item}
          articlesById={articlesById}
          tab={search.tab}
          onTabChange={(tab) => updateSearch({ tab })}
          linkTo={withShared(`/targets/${encodeURIComponent(item.metric)}${tabQuery ? `?${tabQuery}` : ''}`)}
        />
      ))}
    </div>
  )
}
