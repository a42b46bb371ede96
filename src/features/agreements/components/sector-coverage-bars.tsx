import { Bar, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { SidewaysBarChart, type ChartSizeProps } from '../../../components/ui/chart-size'
import { formatNumber } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
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
  const lang = useLang()
  // counts grouped as the interface language writes them ("24,869", "24.869"), ticks, labels and tooltip alike
  const count = (value: unknown) => (typeof value === 'number' ? formatNumber(value, lang) : String(value ?? ''))
  // room right of the longest bar for its label: about 7 pixels a character at 12 px
  const widest = Math.max(0, ...rows.map((row) => count(row.documents).length))
  return (
    <SidewaysBarChart
      rows={rows}
      title={title}
      rightMargin={Math.max(32, 12 + 7 * widest)}
      width={width}
      height={height}
    >
      <XAxis
        type="number"
        allowDecimals={false}
        domain={[0, 'dataMax']}
        tick={{ fontSize: 12 }}
        tickFormatter={count}
      />
      <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip cursor={{ className: 'chart-cursor' }} formatter={count} />
      <Bar
        dataKey="documents"
        name={barName}
        fill="var(--series-achieved)"
        className="coverage-bar"
        isAnimationActive={false}
        barSize={20}
      >
        <LabelList dataKey="documents" position="right" className="chart-label" formatter={count} />
      </Bar>
    </SidewaysBarChart>
  )
}
