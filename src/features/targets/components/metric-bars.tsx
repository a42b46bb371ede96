import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { ChartSize, type ChartSizeProps } from '../../../components/ui/chart-size'
import type { MetricPoint } from '../lib/to-metric-series'
import { barStyle, COLOR_VAR } from './metric-colors'

/** Props of {@link MetricBars}. */
export interface MetricBarsProps extends ChartSizeProps {
  data: readonly { label: string; value: number; display: string }[]
  /** The points in the same order as `data`, for each bar's colour and hatching. */
  points: readonly MetricPoint[]
  sideways: boolean
  title: string
  valueTick: (value: number) => string
  /** Starts the ids of the hatching patterns, unique on the page. */
  patternPrefix: string
}

/** Draws a metric's values as bars with Recharts (loaded with this module, only when a chart goes live). */
export default function MetricBars({
  data,
  points,
  sideways,
  title,
  valueTick,
  patternPrefix,
  width,
  height,
}: MetricBarsProps) {
  const renderBar = (props: BarShapeProps) => {
    const point = points[props.index]
    if (!point) return <g />
    return (
      <rect
        x={props.x}
        y={props.y}
        width={props.width}
        height={Math.max(props.height, 1)}
        rx={2}
        style={barStyle(point, patternPrefix)}
      />
    )
  }
  return (
    <ChartSize width={width} height={height}>
      <BarChart
        data={[...data]}
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
    </ChartSize>
  )
}
