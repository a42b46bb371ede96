import { useMemo } from 'react'
import { ChartColumns } from '../../../components/ui/chart-island'
import { SearchNotices } from '../../../components/ui/search-notices'
import { useViewFacts } from '../../../data/queries'
import { useSharedSearch } from '../../../lib/use-shared-search'
import { filterFigures } from '../lib/filter-figures'
import { isChartWorthy, toMetricSeries } from '../lib/to-metric-series'
import { indexArticles } from '../lib/to-source-history'
import { MetricChart } from './metric-chart'
import { useChartLinks } from './use-chart-links'

/** Draws the chart of every metric worth charting (a target, or two values), filtered by the URL; for the overview. */
export function TargetChartList() {
  const query = useViewFacts('figures')
  const [shared] = useSharedSearch()
  const facts = query.data
  const articlesById = useMemo(() => indexArticles(facts?.articles ?? []), [facts])
  const series = useMemo(
    () => toMetricSeries(filterFigures(facts?.figures ?? [], shared)).filter(isChartWorthy),
    [facts, shared],
  )
  const charts = useChartLinks(series, [])
  return (
    <div className="chart-grid-list">
      <SearchNotices notices={charts.notices} />
      {/* two columns on a wide window (.chart-grid-list), which the build needs to know to draw them at size */}
      <ChartColumns count={2}>
        {series.map((item) => (
          <MetricChart key={item.metric} series={item} articlesById={articlesById} charts={charts} />
        ))}
      </ChartColumns>
    </div>
  )
}
