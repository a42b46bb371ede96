import type { FigureKind } from '../../../schema/dataset'
import type { MetricPoint } from '../lib/to-metric-series'

/** The colour of each kind of figure, as a CSS custom property (the theme sets them). */
export const COLOR_VAR: Record<FigureKind, string> = {
  achieved: '--series-achieved',
  target: '--series-target',
  forecast: '--series-forecast',
}

/** How a bar is painted: solid for a stated value, hatched and outlined for a derived one. */
export function barStyle(point: MetricPoint, patternPrefix: string) {
  const color = `var(${COLOR_VAR[point.kind]})`
  return point.formula
    ? { fill: `url(#${patternPrefix}-${point.kind})`, stroke: color, strokeWidth: 2, strokeDasharray: '5 3' }
    : { fill: color, stroke: color, strokeWidth: 1 }
}
