import { useTranslation } from 'react-i18next'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta } from '../../../schema/dataset'
import type { MetricSeries } from '../lib/to-metric-series'
import { FigureCard } from './figure-card'
import { MetricChart } from './metric-chart'

/** Props of {@link MetricSection}. */
export interface MetricSectionProps {
  series: MetricSeries
  articlesById: ReadonlyMap<string, ArticleMeta>
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  chartLink: string
}

/** Shows one metric: its chart (when it has values) and every figure with its sources. */
export function MetricSection({ series, articlesById, tab, onTabChange, chartLink }: MetricSectionProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const headingId = `metric-${series.metric}`
  return (
    <section className="metric-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{format.metricName(series.metric, series.label)}</bdi>
      </h2>
      {series.points.length > 0 ? (
        <MetricChart
          series={series}
          articlesById={articlesById}
          tab={tab}
          onTabChange={onTabChange}
          linkTo={chartLink}
        />
      ) : null}
      <h3 className="visually-hidden">{t('targets.figures')}</h3>
      <div className="figure-grid">
        {series.figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} articlesById={articlesById} />
        ))}
      </div>
    </section>
  )
}
