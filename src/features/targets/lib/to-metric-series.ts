import type { Figure, FigureKind, HorizonTerm, Qualifier, Sector } from '../../../schema/dataset'
import { horizonTermOf } from '../../../schema/horizon-term'

/** Says when a chart point applies: a reference year, a deadline, an open horizon, or the index base of a multiplier. */
export type Period =
  | { type: 'year'; year: number }
  | { type: 'deadline'; date: string }
  | { type: 'horizon'; text: string; term: HorizonTerm | null }
  | { type: 'index-base' }
  | { type: 'none' }

/** One bar of a metric chart: a stated or derived value with its period. */
export interface MetricPoint {
  id: string
  /** The figure the point shows; for the index base, the multiplier target it belongs to. */
  figureId: string
  kind: FigureKind
  value: number
  valueMax: number | null
  unit: string
  qualifier: Qualifier
  period: Period
  /** How the value was computed when it is not stated; null for stated values. */
  formula: string | null
  /** The figure's countries as ISO codes, sorted; none for a route-wide figure. */
  countries: readonly string[]
  /**
   * Another bar of the same chart makes the same claim (metric, kind, period, countries) with a different value: the
   * sources disagree, and the two bars would otherwise read as two facts under one label.
   */
  disputed: boolean
}

/** Every figure of one metric, plus the points its chart draws (one unit per chart). */
export interface MetricSeries {
  metric: string
  label: string
  unit: string
  sectors: Sector[]
  countries: string[]
  figures: Figure[]
  points: MetricPoint[]
  hasTarget: boolean
}

/** The text the index-base point shows as its formula; the view translates it by this key. */
export const INDEX_BASE_FORMULA = 'index-base'

function periodOf(figure: Figure): Period {
  if (figure.kind === 'target' || figure.kind === 'forecast') {
    if (figure.deadline) return { type: 'deadline', date: figure.deadline }
    if (figure.horizon) return { type: 'horizon', text: figure.horizon, term: horizonTermOf(figure) }
  }
  if (figure.year !== null) return { type: 'year', year: figure.year }
  if (figure.deadline) return { type: 'deadline', date: figure.deadline }
  if (figure.horizon) return { type: 'horizon', text: figure.horizon, term: horizonTermOf(figure) }
  return { type: 'none' }
}

// Orders bars in time: the index base first, then by year; open horizons and undated values come last.
function sortKey(point: MetricPoint): [number, number] {
  const { period } = point
  const time =
    period.type === 'index-base'
      ? -Infinity
      : period.type === 'year'
        ? period.year
        : period.type === 'deadline'
          ? Number(period.date.slice(0, 4))
          : Infinity
  const rank = (point.formula ? 0 : 1) + (point.kind === 'achieved' ? 0 : 2)
  return [time, rank]
}

function comparePoints(a: MetricPoint, b: MetricPoint): number {
  const [timeA, rankA] = sortKey(a)
  const [timeB, rankB] = sortKey(b)
  if (timeA !== timeB) return timeA < timeB ? -1 : 1
  // within a period, one pair's bars stand together when a metric is reported for several
  return rankA - rankB || a.countries.join().localeCompare(b.countries.join()) || a.id.localeCompare(b.id)
}

function mostCommonUnit(figures: readonly Figure[]): string {
  const counts = new Map<string, number>()
  for (const figure of figures) {
    if (figure.value !== null) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1)
  }
  let best = figures[0]?.unit ?? ''
  let bestCount = 0
  for (const [unit, count] of counts) {
    if (count > bestCount) [best, bestCount] = [unit, count]
  }
  return best
}

function toPoint(figure: Figure & { value: number }): MetricPoint {
  return {
    id: figure.id,
    figureId: figure.id,
    kind: figure.kind,
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    qualifier: figure.qualifier,
    period: periodOf(figure),
    formula: figure.derived?.formula ?? null,
    countries: [...figure.countries].sort(),
    disputed: false,
  }
}

/** Marks the points whose figure's conflict key another drawn point shares (see `Figure.conflict`). */
function markDisputed(points: MetricPoint[], figures: readonly Figure[]): MetricPoint[] {
  const keyOf = new Map(figures.map((figure) => [figure.id, figure.conflict]))
  const drawn = new Map<string, number>()
  for (const point of points) {
    const key = keyOf.get(point.figureId)
    if (key) drawn.set(key, (drawn.get(key) ?? 0) + 1)
  }
  return points.map((point) => {
    const key = keyOf.get(point.figureId)
    return key && (drawn.get(key) ?? 0) > 1 ? { ...point, disputed: true } : point
  })
}

function hasValue(figure: Figure): figure is Figure & { value: number } {
  return figure.value !== null
}

function toSeries(metric: string, figures: Figure[]): MetricSeries {
  const unit = mostCommonUnit(figures)
  // charts draw only what was read from the figures' own words; figures that need review are listed, not drawn
  const points = markDisputed(
    figures
      .filter((figure) => figure.confidence !== 'review')
      .filter(hasValue)
      .filter((figure) => figure.unit === unit)
      .map(toPoint),
    figures,
  )
  // "×3 by 2030" is relative to today; the chart needs today's level (1) beside it to read as growth
  const multiplier = points.find((point) => point.unit === 'multiplier' && point.kind !== 'achieved')
  if (multiplier && !points.some((point) => point.unit === 'multiplier' && point.kind === 'achieved')) {
    points.push({
      ...multiplier,
      id: `${multiplier.figureId}:index-base`,
      kind: 'achieved',
      value: 1,
      valueMax: null,
      qualifier: 'exact',
      period: { type: 'index-base' },
      formula: INDEX_BASE_FORMULA,
      disputed: false,
    })
  }
  points.sort(comparePoints)
  const stated = figures.find((figure) => figure.derived === null) ?? figures[0]
  return {
    metric,
    label: stated?.label ?? metric,
    unit,
    sectors: [...new Set(figures.flatMap((figure) => figure.sectors))],
    countries: [...new Set(figures.flatMap((figure) => figure.countries))].sort(),
    figures,
    points,
    hasTarget: figures.some((figure) => figure.kind === 'target'),
  }
}

/** Groups figures by metric into chart-ready series: bars in time order, derived values beside the stated ones. */
export function toMetricSeries(figures: readonly Figure[]): MetricSeries[] {
  const byMetric = new Map<string, Figure[]>()
  for (const figure of figures) {
    const group = byMetric.get(figure.metric)
    if (group) group.push(figure)
    else byMetric.set(figure.metric, [figure])
  }
  const series = [...byMetric].map(([metric, group]) => toSeries(metric, group))
  // metrics with targets first (they are what the dashboard is about), then by how many sources back them
  const weight = (item: MetricSeries) => item.figures.reduce((sum, figure) => sum + figure.sources.length, 0)
  return series.sort(
    (a, b) => Number(b.hasTarget) - Number(a.hasTarget) || weight(b) - weight(a) || a.metric.localeCompare(b.metric),
  )
}

/** Tells whether a series deserves a chart on the overview: it has a target, or at least two values to compare. */
export function isChartWorthy(series: MetricSeries): boolean {
  return series.points.length > 0 && (series.hasTarget || series.points.length >= 2)
}
