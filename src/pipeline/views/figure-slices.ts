import type { ArticleMeta, Figure, Sector } from '../../schema/dataset'
import { emptySlice, figureFacets, FIGURES_PER_BAR, type Thinned, type ViewSlice } from '../../schema/view-files'

export { FIGURES_PER_BAR }
import { capSources, citedArticles } from './slice-parts'

/** How many sources a kept figure carries; the rest are counted (`sourceCounts`) and found through search. */
export const SOURCES_PER_FIGURE = 5

/** The period a figure's bar stands for: its year, its deadline's year or its open horizon, as one key. */
function periodKey(figure: Figure): string {
  return [figure.year ?? '', figure.deadline?.slice(0, 4) ?? '', figure.horizon ?? ''].join('|')
}

/** The key of the bar a figure belongs to; `bySector` splits bars by sector too (see {@link countryShard}). */
function barKey(figure: Figure, bySector: boolean): string {
  const key = [figure.metric, figure.unit, periodKey(figure), figure.kind, figure.derived ? 'derived' : 'stated']
  return bySector ? [...key, figure.sectors.join('+')].join('\u0000') : key.join('\u0000')
}

/** Orders a bar's figures best first: read with high confidence, with a value, most sources, then by id. */
function compareBest(a: Figure, b: Figure): number {
  return (
    Number(b.confidence === 'high') - Number(a.confidence === 'high') ||
    Number(b.value !== null) - Number(a.value !== null) ||
    b.sources.length - a.sources.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Keeps the best figures of each bar, plus the stated figures a kept derived one is computed from. */
function thin(figures: readonly Figure[], bySector: boolean): Figure[] {
  const bars = new Map<string, Figure[]>()
  for (const figure of figures) {
    const key = barKey(figure, bySector)
    const bar = bars.get(key)
    if (bar) bar.push(figure)
    else bars.set(key, [figure])
  }
  const kept = new Set<Figure>()
  for (const bar of bars.values()) {
    for (const figure of bar.length <= FIGURES_PER_BAR ? bar : bar.sort(compareBest).slice(0, FIGURES_PER_BAR)) {
      kept.add(figure)
    }
  }
  const byId = new Map(figures.map((figure) => [figure.id, figure]))
  for (const figure of [...kept]) {
    for (const id of figure.derived?.from ?? []) {
      const from = byId.get(id)
      if (from) kept.add(from)
    }
  }
  // the input's order (by id), so a file's bytes depend only on what it holds
  return figures.filter((figure) => kept.has(figure))
}

/** Counts, per metric, the figures shown against those in the corpus; only metrics that lost some are listed. */
function thinnedCounts(all: readonly Figure[], shown: readonly Figure[]): Record<string, Thinned> {
  const total = countBy(all, (figure) => figure.metric)
  const kept = countBy(shown, (figure) => figure.metric)
  const thinned: Record<string, Thinned> = {}
  for (const [metric, count] of [...total].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shownCount = kept.get(metric) ?? 0
    if (shownCount < count) thinned[metric] = { shown: shownCount, total: count }
  }
  return thinned
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

/** The figure slice of `figures`: thinned, each figure's sources capped, with the articles they cite. */
function figureSlice(
  figures: readonly Figure[],
  metas: ReadonlyMap<string, ArticleMeta>,
  bySector: boolean,
): ViewSlice {
  const shown = thin(figures, bySector)
  const sourceCounts: Record<string, number> = {}
  const capped = shown.map((figure) => capSources(figure, SOURCES_PER_FIGURE, sourceCounts))
  const slice: ViewSlice = { ...emptySlice(), articles: citedArticles(capped, metas), figures: capped }
  const thinned = thinnedCounts(figures, shown)
  if (Object.keys(thinned).length > 0) slice.thinned = thinned
  if (Object.keys(sourceCounts).length > 0) slice.sourceCounts = sourceCounts
  return slice
}

/**
 * The figure views' files: the whole corpus thinned, and one shard per sector and per country, each thinned over its
 * own figures. Country shards split bars by sector as well, so a country and a sector chosen together are answered
 * exactly from the country's shard (the filters combine with "and" across kinds, "or" within one).
 */
export function* figureSlices(
  figures: readonly Figure[],
  metas: ReadonlyMap<string, ArticleMeta>,
  paths: { all: string; sector: (sector: Sector) => string; country: (country: string) => string },
): Generator<[string, ViewSlice]> {
  const facets = figureFacets(figures)
  yield [paths.all, figureSlice(figures, metas, false)]
  for (const sector of facets.sectors) {
    const own = figures.filter((figure) => figure.sectors.includes(sector))
    yield [paths.sector(sector), figureSlice(own, metas, false)]
  }
  for (const country of facets.countries) {
    const own = figures.filter((figure) => figure.countries.includes(country))
    yield [paths.country(country), figureSlice(own, metas, true)]
  }
}
