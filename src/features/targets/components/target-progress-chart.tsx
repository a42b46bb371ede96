import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '../../../components/ui/chart-frame'
import { lazyChart } from '../../../components/ui/lazy-chart'
import type { ChartLegendItem } from '../../../components/ui/chart-legend'
import type { DataColumn } from '../../../components/ui/data-table'
import { axisFormatter } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta, SourceRef } from '../../../schema/dataset'
import type { TargetTrack } from '../lib/to-target-tracks'
import type { ChartLinks } from './use-chart-links'
import { useTrackText } from './use-track-text'

/** Props of {@link TargetProgressChart}. */
export interface TargetProgressChartProps {
  track: TargetTrack
  articlesById: ReadonlyMap<string, ArticleMeta>
  charts: ChartLinks
}

/** One bar of the progress chart: the latest reported figure, or the target. */
export interface ProgressRow {
  key: 'achieved' | 'target'
  label: string
  value: number
  display: string
  source: string
}

/** The colour of each bar, as a CSS custom property. */
export const PROGRESS_COLOR = { achieved: '--series-achieved', target: '--series-target' } as const

// the bars, with Recharts, load when the chart goes live (a baked page shows the build's drawing first)
const ProgressBars = lazyChart(() => import('./target-progress-bars'))

/** Draws the latest reported figure as a bar against the target, with the target also as a line, and both sources. */
export function TargetProgressChart({ track, articlesById, charts }: TargetProgressChartProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const text = useTrackText()
  const progress = track.progress
  const columns = useMemo<DataColumn<ProgressRow>[]>(
    () => [
      { key: 'row', header: t('tracks.row'), cell: (row) => row.label, csv: (row) => row.label },
      { key: 'value', header: t('chart.value'), numeric: true, cell: (row) => row.display, csv: (row) => row.value },
      { key: 'unit', header: t('chart.unit'), cell: () => track.unit, csv: () => track.unit },
      { key: 'source', header: t('chart.source'), cell: (row) => row.source, csv: (row) => row.source },
    ],
    [t, track.unit],
  )
  if (!progress) return null

  const targetSources: SourceRef[] = [track.current.source]
  const title = t('tracks.chartTitle', {
    name: format.metricName(track.metric, track.label),
    countries: text.countries(track.countries),
    target: format.value(progress.target, track.unit),
  })
  const rows: ProgressRow[] = [
    {
      key: 'achieved',
      label: progress.asOf === null ? t('tracks.reportedUndated') : t('tracks.reported', { year: progress.asOf }),
      value: progress.achieved.value,
      display: `${format.figureValue(progress.achieved)} (${text.share(progress.share)})`,
      source: format.sourceList(progress.achieved.sources, articlesById),
    },
    {
      key: 'target',
      label: `${t('tracks.goal')}, ${text.timing(track.current.timing)}`,
      value: progress.target,
      display: format.figureValue(track.current.figure),
      source: format.sourceList(targetSources, articlesById),
    },
  ]
  const legend: ChartLegendItem[] = [
    { key: 'achieved', label: t('chart.legendAchieved'), colorVar: PROGRESS_COLOR.achieved },
    { key: 'target', label: t('chart.legendTarget'), colorVar: PROGRESS_COLOR.target },
  ]
  const tick = axisFormatter([progress.target, progress.achieved.value], track.unit, format.lang)
  return (
    <ChartFrame
      title={title}
      tab={charts.tabOf(track.id)}
      onTabChange={charts.onTabChange(track.id)}
      legend={legend}
      sourceLine={format.sourceLine([...progress.achieved.sources, ...targetSources], articlesById)}
      citeSources={format.chartSources([...progress.achieved.sources, ...targetSources], articlesById)}
      linkTo={charts.linkOf(track.id)}
      embedTo={charts.embedOf(track.id)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      height={180}
    >
      <ProgressBars rows={rows} title={title} target={progress.target} tick={tick} />
    </ChartFrame>
  )
}
