import { cloneElement, type ReactElement, type ReactNode } from 'react'
import { BarChart, CartesianGrid, ResponsiveContainer } from 'recharts'

/** The size a chart drawing is given: fixed while the build draws it, else it fills its island's box. */
export interface ChartSizeProps {
  width?: number
  height?: number
}

/**
 * Gives a Recharts chart its fixed size, or lets it fill the island's box across. The island passes the box's height:
 * measured instead, a height that changed with the data (bars per sector after a filter) reached the chart only
 * from the container's ResizeObserver, redrawing it once more in a later frame.
 */
export function ChartSize({ width, height, children }: ChartSizeProps & { children: ReactElement<ChartSizeProps> }) {
  if (width !== undefined) return cloneElement(children, { width, height })
  return (
    <ResponsiveContainer width="100%" height={height ?? '100%'}>
      {children}
    </ResponsiveContainer>
  )
}

/** Props of {@link SidewaysBarChart}. */
export interface SidewaysBarChartProps<Row> extends ChartSizeProps {
  rows: readonly Row[]
  title: string
  /** Room on the right for the value labels beside the bars. */
  rightMargin: number
  /** The axes, bars and labels. */
  children: ReactNode
}

/** A horizontal bar chart (categories down the side, values across) with the house grid, sized by {@link ChartSize}. */
export function SidewaysBarChart<Row>({
  rows,
  title,
  rightMargin,
  width,
  height,
  children,
}: SidewaysBarChartProps<Row>) {
  return (
    <ChartSize width={width} height={height}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        accessibilityLayer
        title={title}
        margin={{ top: 8, right: rightMargin, bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} className="chart-grid" />
        {children}
      </BarChart>
    </ChartSize>
  )
}
