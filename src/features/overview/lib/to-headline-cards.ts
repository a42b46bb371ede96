import type { Figure } from '../../../schema/dataset'

/**
 * Picks each metric's headline figure: a stated value of high confidence, targets before achieved, an amount ($1B, 4.5 Mt) before a
 * ratio (×2, 62 %) of the same kind, the latest first.
 */
export function toHeadlineFigures(figures: readonly Figure[]): Figure[] {
  const best = new Map<string, Figure>()
  for (const figure of figures) {
    // a headline is a figure read from its own words: one that needs review stays on the targets page
    if (figure.derived !== null || figure.value === null || figure.confidence === 'review') continue
    const current = best.get(figure.metric)
    if (!current || rank(figure) > rank(current)) best.set(figure.metric, figure)
  }
  // metrics with targets lead, then the best-sourced, so the first cards are the promises most often repeated
  return [...best.values()].sort(
    (a, b) =>
      Number(b.kind === 'target') - Number(a.kind === 'target') ||
      b.sources.length - a.sources.length ||
      a.metric.localeCompare(b.metric),
  )
}

function rank(figure: Figure): number {
  const kindRank = figure.kind === 'target' ? 2 : figure.kind === 'forecast' ? 1 : 0
  const when = figure.year ?? Number(figure.deadline?.slice(0, 4) ?? 0)
  const isAmount = figure.unit !== 'multiplier' && figure.unit !== 'percent'
  return kindRank * 100_000 + Number(isAmount) * 10_000 + when + figure.sources.length / 100
}
