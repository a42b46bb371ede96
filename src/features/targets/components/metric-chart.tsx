import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { ChartFrame } from '../../../components/ui/chart-frame'
import type { ChartLegendItem } from '../../../components/ui/chart-legend'
import { axisFormatter, formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta, FigureKind } from '../../../schema/dataset'
import { INDEX_BASE_FORMULA, type MetricPoint, type MetricSeries, type Period } from '../lib/to-metric-series'
import { pointColumns, type PointRow } from './point-columns'
import type { ChartLinks } from './use-chart-links'
import { horizonLabel } from '../../../lib/horizon-label'

/** Props of {@link MetricChart}. */
export interface MetricChartProps {
  series: MetricSeries
  articlesById: ReadonlyMap<string, ArticleMeta>
  /** The chart's tab, permalink and embed path, by its id (the metric slug). */
  charts: ChartLinks
}

const COLOR_VAR: Record<FigureKind, string> = {
  achieved: '--series-achieved',
  target: '--series-target',
  forecast: '--series-forecast',
}

function barStyle(point: MetricPoint, patternPrefix: string) {
  const color = `var(${COLOR_VAR[point.kind]})`
  return point.formula
    ? { fill: `url(#${patternPrefix}-${point.kind})`, stroke: color, strokeWidth: 2, strokeDasharray: '5 3' }
    : { fill: color, stroke: color, strokeWidth: 1 }
}

/** Draws one metric as bars in time order; derived values are hatched and outlined, and the table lists formulas. */
export function MetricChart({ series, articlesById, charts }: MetricChartProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const { lang } = format
  const title = format.metricName(series.metric, series.label)
  const patternPrefix = `hatch-${series.metric}`

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

  const rows: PointRow[] = series.points.map((point) => ({
    point,
    period: periodLabel(point.period),
    display: format.value(point.value, point.unit, point.qualifier, point.valueMax),
    formula: point.formula === INDEX_BASE_FORMULA ? t('figure.indexFormula') : point.formula,
    source: format.sourceList(series.figures.find((f) => f.id === point.figureId)?.sources ?? [], articlesById),
  }))
  const chartData = rows.map((row) => ({ label: row.period, value: row.point.value, display: row.display }))

  const kinds = [...new Set(series.points.filter((p) => !p.formula).map((p) => p.kind))]
  const legend: ChartLegendItem[] = kinds.map((kind) => ({
    key: kind,
    label: t(`chart.legend${kind === 'achieved' ? 'Achieved' : kind === 'target' ? 'Target' : 'Forecast'}`),
    colorVar: COLOR_VAR[kind],
  }))
  const derived = series.points.find((p) => p.formula)
  if (derived)
    legend.push({ key: 'derived', label: t('chart.legendDerived'), colorVar: COLOR_VAR[derived.kind], hatched: true })

  const columns = useMemo(() => pointColumns(t), [t])
  // many bars, or long period words ("in the coming years"), overlap under each other on a phone: lay them sideways
  const sideways = rows.length > 5 || (rows.length > 2 && rows.some((row) => row.period.length > 12))
  const valueTick = axisFormatter(
    series.points.map((point) => point.value),
    series.unit,
    lang,
  )
  const renderBar = (props: BarShapeProps) => {
    const row = rows[props.index]
    if (!row) return <g />
    return (
      <rect
        x={props.x}
        y={props.y}
        width={props.width}
        height={Math.max(props.height, 1)}
        rx={2}
        style={barStyle(row.point, patternPrefix)}
      />
    )
  }

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
      citeSources={format.sourceList(
        series.figures.flatMap((figure) => figure.sources),
        articlesById,
      )}
      embedTo={charts.embedOf(series.metric)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.point.id}
      height={sideways ? 48 + rows.length * 34 : undefined}
    >
      <BarChart
        data={chartData}
        layout={sideways ? 'vertical' : 'horizontal'}
        accessibilityLayer
        title={title}
        margin={sideways ? { top: 4, right: 96, bottom: 4, left: 8 } : { top: 24, right: 8, bottom: 4, left: 8 }}
      >
        <defs>
          {(['achieved', 'target', 'forecast'] as const).map((kind) => (
            <pattern
              key={kind}
              id={`${patternPrefix}-${kind}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: `var(${COLOR_VAR[kind]})`, strokeWidth: 3 }} />
            </pattern>
          ))}
        </defs>
        <CartesianGrid vertical={sideways} horizontal={!sideways} className="chart-grid" />
        {sideways ? (
          <>
            <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={valueTick} />
            <YAxis type="category" dataKey="label" interval={0} width={120} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis width={64} tick={{ fontSize: 12 }} tickFormatter={valueTick} />
          </>
        )}
        <Tooltip
          cursor={{ className: 'chart-cursor' }}
          formatter={(_value, _name, item) => [String((item.payload as { display?: string }).display ?? ''), title]}
        />
        <Bar dataKey="value" name={title} shape={renderBar} isAnimationActive={false}>
          <LabelList dataKey="display" position={sideways ? 'right' : 'top'} className="chart-label" />
        </Bar>
      </BarChart>
    </ChartFrame>
  )
}
