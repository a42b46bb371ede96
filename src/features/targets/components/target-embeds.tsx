import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import { useSharedSearch } from '../../../lib/use-shared-search'
import { filterFigures } from '../lib/filter-figures'
import { toMetricSeries } from '../lib/to-metric-series'
import { indexArticles } from '../lib/to-source-history'
import { toTargetTracks } from '../lib/to-target-tracks'
import { MetricChart } from './metric-chart'
import { TargetProgressChart } from './target-progress-chart'
import { useChartLinks } from './use-chart-links'

/** Props of {@link TargetsChartEmbed}. */
export interface TargetsChartEmbedProps {
  /** 'metric' for a metric's chart, 'progress' for one target's progress chart. */
  kind: 'metric' | 'progress'
  /** The metric slug or the target track id. */
  chartId: string
}

/** Draws one targets chart alone, for an embed: the same chart, source line and actions as on the targets page. */
export function TargetsChartEmbed({ kind, chartId }: TargetsChartEmbedProps) {
  const { t } = useTranslation()
  const query = useViewFacts('figures')
  const [shared] = useSharedSearch()
  const facts = query.data
  const articlesById = useMemo(() => indexArticles(facts?.articles ?? []), [facts])
  const figures = useMemo(() => filterFigures(facts?.figures ?? [], shared), [facts, shared])
  const series = useMemo(
    () => (kind === 'metric' ? toMetricSeries(figures).filter((item) => item.metric === chartId) : []),
    [chartId, figures, kind],
  )
  const tracks = useMemo(
    () => (kind === 'progress' ? toTargetTracks(figures, articlesById).filter((track) => track.id === chartId) : []),
    [articlesById, chartId, figures, kind],
  )
  const charts = useChartLinks(series, tracks)

  if (query.isPending) return <Skeleton variant="chart" blocks={1} />
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  const metric = series[0]
  const track = tracks[0]
  if (metric && metric.points.length > 0) {
    return <MetricChart series={metric} articlesById={articlesById} charts={charts} />
  }
  if (track?.progress) {
    return <TargetProgressChart track={track} articlesById={articlesById} charts={charts} />
  }
  return <EmptyState title={t('embed.unknownChart', { id: chartId })} />
}
