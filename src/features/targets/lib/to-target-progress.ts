import type { ArticleMeta, Figure } from '../../../schema/dataset'

/** The latest achieved figure of a target's metric and countries, measured against the target value. */
export interface TargetProgress {
  achieved: Figure & { value: number }
  /** The target value it is measured against, in the same unit. */
  target: number
  /** achieved ÷ target: 0.53 is 53 %. */
  share: number
  /** The year the achieved figure refers to, or its newest source's publication year when the text gives none. */
  asOf: number | null
}

// Progress is a part of a whole: a ratio or a bare status has no "how far along".
const NOT_MEASURABLE = new Set(['multiplier', 'percent', 'status'])

const sameCountries = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

function referenceYear(figure: Figure, articlesById: ReadonlyMap<string, ArticleMeta>): number | null {
  if (figure.year !== null) return figure.year
  const dates = figure.sources.map((source) => articlesById.get(source.articleId)?.published ?? null)
  const newest = dates
    .filter((date) => date !== null)
    .sort()
    .at(-1)
  return newest === undefined ? null : Number(newest.slice(0, 4))
}

/**
 * Tells whether an achieved figure can count toward a target: the same metric, the same countries, the same unit, a
 * stated value (not derived), and read from its own words (a figure that needs review never measures progress).
 */
export function isProgressFor(target: Figure, figure: Figure): figure is Figure & { value: number } {
  return (
    figure.kind === 'achieved' &&
    figure.metric === target.metric &&
    figure.unit === target.unit &&
    sameCountries(figure.countries, target.countries) &&
    figure.value !== null &&
    figure.derived === null &&
    figure.confidence !== 'review'
  )
}

/**
 * Finds the progress toward a target: the achieved figure with the latest reference year (ties go to the one more
 * sources state), against the target's value. Null when the target has no value, its unit is a ratio, or nothing fits.
 */
export function toTargetProgress(
  target: Figure,
  figures: readonly Figure[],
  articlesById: ReadonlyMap<string, ArticleMeta>,
): TargetProgress | null {
  if (target.value === null || target.value <= 0 || NOT_MEASURABLE.has(target.unit)) return null
  const candidates = figures
    .filter((figure) => isProgressFor(target, figure))
    .map((achieved) => ({ achieved, asOf: referenceYear(achieved, articlesById) }))
    .sort(
      (a, b) =>
        (b.asOf ?? -Infinity) - (a.asOf ?? -Infinity) ||
        b.achieved.sources.length - a.achieved.sources.length ||
        a.achieved.id.localeCompare(b.achieved.id),
    )
  const best = candidates[0]
  if (!best) return null
  return { achieved: best.achieved, target: target.value, share: best.achieved.value / target.value, asOf: best.asOf }
}
