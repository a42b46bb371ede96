import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '../../../components/ui/chart-frame'
import { lazyChart } from '../../../components/ui/lazy-chart'
import type { ChartLegendItem } from '../../../components/ui/chart-legend'
import { axisFormatter, formatCountryList, formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta } from '../../../schema/dataset'
import { INDEX_BASE_FORMULA, type MetricSeries, type Period } from '../lib/to-metric-series'
import { COLOR_VAR } from './metric-colors'
import { barsOf, countriesDiffer, DISPUTED_MARK, pointColumns, shortCountries, type PointRow } from './point-columns'
import type { ChartLinks } from './use-chart-links'
import { horizonLabel } from '../../../lib/horizon-label'

/** Props of {@link MetricChart}. */
export interface MetricChartProps {
  series: MetricSeries
  articlesById: ReadonlyMap<string, ArticleMeta>
  /** The chart's tab, permalink and embed path, by its id (the metric slug). */
  charts: ChartLinks
}

// the bars themselves, with Recharts, load when the chart goes live (a baked page shows the build's drawing first)
const MetricBars = lazyChart(() => import('./metric-bars'))

/** Draws one metric as bars in time order; derived values are hatched and outlined, and the table lists formulas. */
export function MetricChart({ series, articlesById, charts }: MetricChartProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const { lang } = format
  const title = format.metricName(series.metric, series.label)
  // unique per chart on the page, the same on the server and in the browser (baked pages hydrate)
  const patternPrefix = `hatch${useId()}`

  const periodLabel = (period: Period) => {
    switch (period.type) {
      case 'year':
        return String(period.year)
      case 'deadline':
        return formatPartialDate(period.date, lang)
      case 'horizon':
        return period.term ? horizonLabel(period.term, t) : period.text
      case 'index-base':
        return t('figure.indexBase')
      case 'none':
        return t('figure.noDeadline')
    }
  }

  const countryNames = (codes: readonly string[]) =>
    codes.length > 0 ? formatCountryList(codes, lang) : t('tracks.allCountries')

  const rows: PointRow[] = series.points.map((point) => ({
    point,
    period: periodLabel(point.period),
    countries: countryNames(point.countries),
    display: format.value(point.value, point.unit, point.qualifier, point.valueMax),
    formula: point.formula === INDEX_BASE_FORMULA ? t('figure.indexFormula') : point.formula,
    source: format.sourceList(series.figures.find((f) => f.id === point.figureId)?.sources ?? [], articlesById),
  }))
  const chartData = barsOf(rows, (codes) => shortCountries(codes, t))

  const kinds = [...new Set(series.points.filter((p) => !p.formula).map((p) => p.kind))]
  const legend: ChartLegendItem[] = kinds.map((kind) => ({
    key: kind,
    label: t(`chart.legend${kind === 'achieved' ? 'Achieved' : kind === 'target' ? 'Target' : 'Forecast'}`),
    colorVar: COLOR_VAR[kind],
  }))
  const derived = series.points.find((p) => p.formula)
  if (derived)
    legend.push({ key: 'derived', label: t('chart.legendDerived'), colorVar: COLOR_VAR[derived.kind], hatched: true })
  if (series.points.some((p) => p.disputed))
    legend.push({ key: 'disputed', label: t('figure.conflicts'), colorVar: '--fg', mark: DISPUTED_MARK })

  const columns = useMemo(() => pointColumns(t), [t])
  // many bars, or long labels (period words such as "in the coming years", or a period with its countries), overlap
  // under each other on a phone: lay them sideways
  const longLabels = countriesDiffer(rows) || chartData.some((bar) => bar.label.length > 12)
  const sideways = rows.length > 5 || (rows.length > 2 && longLabels)
  const valueTick = axisFormatter(
    series.points.map((point) => point.value),
    series.unit,
    lang,
  )
  return (
    <ChartFrame
      title={title}
      tab={charts.tabOf(series.metric)}
      onTabChange={charts.onTabChange(series.metric)}
      legend={legend}
      sourceLine={format.sourceLine(
        series.figures.flatMap((figure) => figure.sources),
        articlesById,
      )}
      linkTo={charts.linkOf(series.metric)}
      citeSources={format.chartSources(
        series.figures.flatMap((figure) => figure.sources),
        articlesById,
      )}
      embedTo={charts.embedOf(series.metric)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.point.id}
      height={sideways ? 48 + rows.length * 34 : undefined}
    >
      <MetricBars
        data={chartData}
        points={series.points}
        sideways={sideways}
        title={title}
        valueTick={valueTick}
        patternPrefix={patternPrefix}
      />
    </ChartFrame>
  )
}
