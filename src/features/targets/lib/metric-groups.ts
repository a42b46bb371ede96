import type { Figure } from '../../../schema/dataset'
import { readMetricLabel } from '../../../schema/metric-label'

/** What the metric list needs of a series: its metric, its label and its figures. */
interface NamedSeries {
  metric: string
  label: string
  figures: readonly Pick<Figure, 'reviewReasons'>[]
}

/**
 * Tells whether a series is named only by its article's own words ("bekleme süresini", "поездов"): no rule of the
 * pipeline knew its measure (every figure says `metric-unknown`) and its name is not a unit's ("Unnamed figure in
 * tonnes"), for itself or for the metric its growth, share or price is of.
 */
export function isArticleWorded(series: NamedSeries): boolean {
  if (series.figures.length === 0 || !series.figures.every((f) => f.reviewReasons.includes('metric-unknown'))) {
    return false
  }
  let parts = readMetricLabel(series.metric, series.label)
  while (parts.form !== 'named' && parts.form !== 'unnamed') parts = readMetricLabel(parts.metric, parts.label)
  return parts.form === 'named'
}

/**
 * Splits the metric list in two: the metrics the pipeline knows or files by their unit, shown first, and those named
 * by their articles' words, which on a corpus of unseen articles number in the dozens and read as clutter
 * ("hemen yanına", "Bunun") beside the known ones; each keeps its order.
 */
export function splitMetricList<T extends NamedSeries>(series: readonly T[]): { known: T[]; worded: T[] } {
  const known: T[] = []
  const worded: T[] = []
  for (const item of series) (isArticleWorded(item) ? worded : known).push(item)
  return { known, worded }
}
