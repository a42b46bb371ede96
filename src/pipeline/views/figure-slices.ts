import type { ArticleMeta, Figure, Sector } from '../../schema/dataset'
import { emptySlice, figureFacets, FIGURES_PER_BAR, type Thinned, type ViewSlice } from '../../schema/view-files'
import { BarTopK, type Placed } from './bar-top-k'
import { capSources, citedArticles, SOURCES_PER_RECORD } from './slice-parts'

export { FIGURES_PER_BAR }

/** How many sources a kept figure carries; the rest are counted (`sourceCounts`) and found through search. */
export const SOURCES_PER_FIGURE = SOURCES_PER_RECORD

/** One figure file being thinned: its best figures per bar so far, and which figures belong to it. */
interface Shard {
  path: string
  top: BarTopK
  holds: (figure: Figure) => boolean
  /** Filled by the second pass: the stated figures its kept derived ones are computed from. */
  from: Placed[]
}

/** Counts, per metric, the figures shown against those in the shard; only metrics that lost some are listed. */
function thinnedCounts(totals: ReadonlyMap<string, number>, shown: readonly Figure[]): Record<string, Thinned> {
  const kept = new Map<string, number>()
  for (const { metric } of shown) kept.set(metric, (kept.get(metric) ?? 0) + 1)
  const thinned: Record<string, Thinned> = {}
  for (const [metric, count] of [...totals].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shownCount = kept.get(metric) ?? 0
    if (shownCount < count) thinned[metric] = { shown: shownCount, total: count }
  }
  return thinned
}

/** The figures a shard shows, in the stream's order (by id), so a file's bytes depend only on what it holds. */
function shownOf(shard: Shard): Figure[] {
  const byIndex = new Map<number, Figure>()
  for (const { figure, index } of [...shard.top.kept(), ...shard.from]) byIndex.set(index, figure)
  return [...byIndex].sort(([a], [b]) => a - b).map(([, figure]) => figure)
}

/** A shard's slice: its shown figures, each figure's sources capped, with the articles they cite. */
function figureSlice(shard: Shard, metas: ReadonlyMap<string, ArticleMeta>): ViewSlice {
  const shown = shownOf(shard)
  const sourceCounts: Record<string, number> = {}
  const capped = shown.map((figure) => capSources(figure, SOURCES_PER_FIGURE, sourceCounts))
  const slice: ViewSlice = { ...emptySlice(), articles: citedArticles(capped, metas), figures: capped }
  const thinned = thinnedCounts(shard.top.totals, shown)
  if (Object.keys(thinned).length > 0) slice.thinned = thinned
  if (Object.keys(sourceCounts).length > 0) slice.sourceCounts = sourceCounts
  return slice
}

/** The shard a filter value keys, made when its first figure comes. */
function shardOf<K>(shards: Map<K, Shard>, key: K, make: (key: K) => Shard): Shard {
  let shard = shards.get(key)
  if (!shard) shards.set(key, (shard = make(key)))
  return shard
}

/**
 * Second pass: finds the stated figures that kept derived figures are computed from, in each shard that holds them
 * (a derived figure whose base was thinned from its own bar still shows its base). Only the ids asked for are held.
 */
function addDerivedFrom(shards: readonly Shard[], figures: () => Iterable<Figure>): void {
  const wanted = new Map<string, Shard[]>()
  for (const shard of shards) {
    const kept = new Set(shard.top.kept().map(({ figure }) => figure.id))
    for (const { figure } of shard.top.kept()) {
      for (const id of figure.derived?.from ?? []) {
        if (kept.has(id)) continue
        const askers = wanted.get(id) ?? []
        if (!askers.includes(shard)) wanted.set(id, [...askers, shard])
      }
    }
  }
  if (wanted.size === 0) return
  let index = 0
  for (const figure of figures()) {
    for (const shard of wanted.get(figure.id) ?? []) if (shard.holds(figure)) shard.from.push({ figure, index })
    index++
  }
}

/**
 * The figure views' files: the whole corpus thinned, and one shard per sector and per country, each thinned over its
 * own figures. Country shards split bars by sector as well, so a country and a sector chosen together are answered
 * exactly from the country's shard (the filters combine with "and" across kinds, "or" within one).
 *
 * Streamed: `figures` (in output order) is read once to keep each shard's best figures per bar, and once more only
 * when a kept derived figure's base was thinned away, so memory holds the kept figures, not the corpus's.
 */
export function* figureSlices(
  figures: () => Iterable<Figure>,
  metas: ReadonlyMap<string, ArticleMeta>,
  paths: { all: string; sector: (sector: Sector) => string; country: (country: string) => string },
): Generator<[string, ViewSlice]> {
  const shard = (path: string, bySector: boolean, holds: (figure: Figure) => boolean): Shard => {
    return { path, top: new BarTopK(FIGURES_PER_BAR, bySector), holds, from: [] }
  }
  const all = shard(paths.all, false, () => true)
  const sectors = new Map<Sector, Shard>()
  const countries = new Map<string, Shard>()
  let index = 0
  for (const figure of figures()) {
    const placed = { figure, index: index++ }
    all.top.add(placed)
    for (const sector of new Set(figure.sectors)) {
      shardOf(sectors, sector, () => shard(paths.sector(sector), false, (f) => f.sectors.includes(sector))).top.add(
        placed,
      )
    }
    for (const country of new Set(figure.countries)) {
      const holds = (f: Figure) => f.countries.includes(country)
      shardOf(countries, country, () => shard(paths.country(country), true, holds)).top.add(placed)
    }
  }
  // the order figureFacets gives the summary: sectors in their fixed order, countries sorted
  const facets = figureFacets([{ sectors: [...sectors.keys()], countries: [...countries.keys()] }])
  const ordered = [
    all,
    ...facets.sectors.map((sector) => sectors.get(sector)!),
    ...facets.countries.map((country) => countries.get(country)!),
  ]
  addDerivedFrom(ordered, figures)
  for (const each of ordered) yield [each.path, figureSlice(each, metas)]
}
