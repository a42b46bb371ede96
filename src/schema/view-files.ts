import * as z from 'zod/mini'
import { nonEmpty, wholeNonNegative } from './common'
import { countryCodeSchema, factsFileSchema, SECTORS, sectorSchema, type Figure, type Sector } from './dataset'

/**
 * The per-view data files, the contract between the build (`src/pipeline/views/`) and the app (`src/data/`).
 *
 * Each view downloads only what it shows, shaped at build time (as Our World in Data ships one file per chart). A
 * file is a *slice*: the facts file's shape (articles' metadata and facts) holding only the records its view draws,
 * so the views keep one data model whatever file they read. The figure views read a thinned selection: in each group
 * of figures that a chart draws as one bar (metric, unit, period, kind, stated or derived), at most a few of the
 * best-sourced ones; with a sector or country filter in the URL they read that filter's shard, thinned the same way
 * over the filtered figures, so a filtered chart shows the best figures of the filter, not of the whole corpus.
 */

/** The folder under the data folder that holds the view files. */
export const VIEWS_DIR = 'views'

/** Names every view file, relative to the data folder. Article ids are written raw on disk and encoded in URLs. */
export const viewFiles = {
  summary: `${VIEWS_DIR}/summary.json`,
  figures: `${VIEWS_DIR}/figures.json`,
  figuresOfSector: (sector: Sector) => `${VIEWS_DIR}/figures/sector-${sector}.json`,
  figuresOfCountry: (country: string) => `${VIEWS_DIR}/figures/country-${country}.json`,
  agreements: `${VIEWS_DIR}/agreements.json`,
  timeline: `${VIEWS_DIR}/timeline.json`,
  sources: `${VIEWS_DIR}/sources.json`,
  reader: (articleId: string) => `${VIEWS_DIR}/reader/${articleId}.json`,
} as const

/**
 * How many figures of one chart bar a view file keeps. A bar is one metric's figures of one unit, period, kind and
 * origin (stated or derived); a group this small or smaller is kept whole, so disagreeing values stay visible side by
 * side, and a larger one keeps its best-sourced figures: the file's size then grows with the corpus's vocabulary
 * (metrics, periods, sectors), not with its number of articles.
 */
export const FIGURES_PER_BAR = 4

/** What a thinned slice left out of one metric: how many figures it shows and how many the corpus holds. */
export const thinnedSchema = z.object({ shown: wholeNonNegative(), total: wholeNonNegative() })
export type Thinned = z.infer<typeof thinnedSchema>

export const viewSliceSchema = z.extend(factsFileSchema, {
  /** Per metric, when the slice shows fewer figures than the corpus holds. */
  thinned: z.optional(z.record(nonEmpty(), thinnedSchema)),
  /** Per figure, its number of sources when the slice carries only the first few of them. */
  sourceCounts: z.optional(z.record(nonEmpty(), wholeNonNegative())),
  /** Per article, the facts that cite it, for a list of articles that carries no facts. */
  factCounts: z.optional(z.record(nonEmpty(), wholeNonNegative())),
})
export type ViewSlice = z.infer<typeof viewSliceSchema>

/** `views/summary.json`: what every page's frame shows (the footer's counts and dates), a few hundred bytes. */
export const viewSummarySchema = z.object({
  schemaVersion: z.literal(1),
  articleCount: wholeNonNegative(),
  /** The newest article's publication date, or null when no article is dated. */
  asOf: z.nullable(z.string()),
  /** Every metric with figures, and the sectors and countries they cover: the figure views' filter bar and paths. */
  metrics: z.array(nonEmpty()),
  figureFacets: z.object({ sectors: z.array(sectorSchema), countries: z.array(countryCodeSchema) }),
})
export type ViewSummary = z.infer<typeof viewSummarySchema>

/** A slice with nothing in it: what a missing optional file stands for, and what a build spreads a view's parts over. */
export const emptySlice = (): ViewSlice => ({
  schemaVersion: 1,
  articles: [],
  figures: [],
  agreements: [],
  events: [],
  issues: [],
})

/** Lists the sectors and countries the figures cover, for the filter controls (the build writes them in the summary). */
export function figureFacets(figures: readonly Pick<Figure, 'sectors' | 'countries'>[]): {
  sectors: Sector[]
  countries: string[]
} {
  const sectors = new Set(figures.flatMap((figure) => figure.sectors))
  const countries = new Set(figures.flatMap((figure) => figure.countries))
  return { sectors: SECTORS.filter((sector) => sectors.has(sector)), countries: [...countries].sort() }
}

/** The newest publication date among the articles, or null when none is dated: how current the data is. */
export function newestPublished(articles: readonly { published: string | null }[]): string | null {
  let newest: string | null = null
  for (const { published } of articles)
    if (published !== null && (newest === null || published > newest)) newest = published
  return newest
}
