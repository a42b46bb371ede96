import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { ChartFrame } from '../../../components/ui/chart-frame'
import type { ChartLegendItem } from '../../../components/ui/chart-legend'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import { formatAxisValue, formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta, FigureKind } from '../../../schema/dataset'
import { INDEX_BASE_FORMULA, type MetricPoint, type MetricSeries, type Period } from '../lib/to-metric-series'
import { pointColumns, type PointRow } from './point-columns'

/** Props of {@link MetricChart}. */
export interface MetricChartProps {
  series: MetricSeries
  articlesById: ReadonlyMap<string, ArticleMeta>
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  /** In-app link to this chart, for Copy link. */
  linkTo: string
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
export function MetricChart({ series, articlesById, tab, onTabChange, linkTo }: MetricChartProps) {
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
        return period.text
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
      tab={tab}
      onTabChange={onTabChange}
      legend={legend}
      sourceLine={format.sourceLine(
        series.figures.flatMap((figure) => figure.sources),
        articlesById,
      )}
      linkTo={linkTo}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.point.id}
    >
      <BarChart data={chartData} accessibilityLayer title={title} margin={{ top: 24, right: 8, bottom: 4, left: 8 }}>
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
        <CartesianGrid vertical={false} className="chart-grid" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis
          width={64}
          tick={{ fontSize: 12 }}
          tickFormatter={(value: number) => formatAxisValue(value, series.unit, lang)}
        />
        <Tooltip
          cursor={{ className: 'chart-cursor' }}
          formatter={(_value, _name, item) => [String((item.payload as { display?: string }).display ?? ''), title]}
        />
        <Bar dataKey="value" name={title} shape={renderBar} isAnimationActive={false}>
          <LabelList dataKey="display" position="top" className="chart-label" />
        </Bar>
      </BarChart>
    </ChartFrame>
  )
}
