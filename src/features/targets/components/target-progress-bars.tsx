import { Bar, LabelList, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { SidewaysBarChart, type ChartSizeProps } from '../../../components/ui/chart-size'
import { PROGRESS_COLOR as COLOR, type ProgressRow } from './target-progress-chart'

/** Props of {@link ProgressBars}. */
export interface ProgressBarsProps extends ChartSizeProps {
  rows: readonly ProgressRow[]
  title: string
  target: number
  tick: (value: number) => string
}

/** Draws the reported figure against the target with Recharts (loaded with this module, when the chart goes live). */
export default function ProgressBars({ rows, title, target, tick, width, height }: ProgressBarsProps) {
  const progress = { target }
  const renderBar = (props: BarShapeProps) => {
    const row = rows[props.index]
    if (!row) return <g />
    const color = `var(${COLOR[row.key]})`
    return (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(props.width, 1)}
        height={props.height}
        rx={2}
        style={{ fill: color }}
      />
    )
  }

  return (
    <SidewaysBarChart rows={rows} title={title} rightMargin={24} width={width} height={height}>
      <XAxis
        type="number"
        domain={[0, (max: number) => Math.max(max, progress.target) * 1.1]}
        tick={{ fontSize: 12 }}
        tickFormatter={tick}
      />
      <YAxis type="category" dataKey="label" width={128} tick={{ fontSize: 12 }} />
      <ReferenceLine x={progress.target} className="chart-goal-line" strokeDasharray="6 3" ifOverflow="extendDomain" />
      <Bar dataKey="value" name={title} shape={renderBar} isAnimationActive={false}>
        <LabelList dataKey="display" position="insideLeft" className="chart-label chart-label--inside" />
      </Bar>
    </SidewaysBarChart>
  )
}
