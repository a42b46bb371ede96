import { Bar, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { SidewaysBarChart, type ChartSizeProps } from '../../../components/ui/chart-size'
import type { CoverageRow } from './sector-coverage-chart'

/** Props of {@link CoverageBars}. */
export interface CoverageBarsProps extends ChartSizeProps {
  rows: readonly CoverageRow[]
  title: string
  /** The bars' series name, in the interface language. */
  barName: string
}

/** Draws documents per sector as horizontal bars with Recharts (loaded with this module, when the chart goes live). */
export default function CoverageBars({ rows, title, barName, width, height }: CoverageBarsProps) {
  return (
    <SidewaysBarChart rows={rows} title={title} rightMargin={32} width={width} height={height}>
      <XAxis type="number" allowDecimals={false} domain={[0, 'dataMax']} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip cursor={{ className: 'chart-cursor' }} />
      <Bar
        dataKey="documents"
        name={barName}
        fill="var(--series-achieved)"
        className="coverage-bar"
        isAnimationActive={false}
        barSize={20}
      >
        <LabelList dataKey="documents" position="right" className="chart-label" />
      </Bar>
    </SidewaysBarChart>
  )
}
