import { useTranslation } from 'react-i18next'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta } from '../../../schema/dataset'
import type { MetricSeries } from '../lib/to-metric-series'
import type { TargetTrack } from '../lib/to-target-tracks'
import { FigureCard } from './figure-card'
import { MetricChart } from './metric-chart'
import { TargetTrackCard } from './target-track-card'
import type { ChartLinks } from './use-chart-links'

/** Props of {@link MetricSection}. */
export interface MetricSectionProps {
  series: MetricSeries
  tracks: readonly TargetTrack[]
  articlesById: ReadonlyMap<string, ArticleMeta>
  charts: ChartLinks
}

/** Shows one metric: its chart (when it has values), its targets through time, and every figure with its sources. */
export function MetricSection({ series, tracks, articlesById, charts }: MetricSectionProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const headingId = `metric-${series.metric}`
  return (
    <section className="metric-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{format.metricName(series.metric, series.label)}</bdi>
      </h2>
      {series.points.length > 0 ? <MetricChart series={series} articlesById={articlesById} charts={charts} /> : null}
      {tracks.length > 0 ? (
        <section className="target-tracks" aria-labelledby={`${headingId}-tracks`}>
          <h3 id={`${headingId}-tracks`}>{t('tracks.title')}</h3>
          <p className="target-tracks__intro">{t('tracks.intro')}</p>
          {tracks.map((track) => (
            <TargetTrackCard key={track.id} track={track} articlesById={articlesById} charts={charts} />
          ))}
        </section>
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
