import * as z from 'zod/mini'
import { nonEmpty, wholeNonNegative } from './common'
import { SECTORS, sectorSchema, type Agreement, type Sector } from './dataset'

/**
 * Long lists written as pages, the contract between the build (`src/pipeline/views/list-pages.ts`) and the app.
 *
 * A list grows with the corpus, so its first screen can only stay bounded if the build cuts it into pages. A filter
 * changes which entries a page holds, so the build writes one *series* of pages per filter the list can be asked
 * for in one step: everything, one sector, one country, and one sector with one country. Each page is a view slice
 * (the facts file's shape) with a summary of its series: how many entries, the chart's counts, the filter choices.
 * A rarer combination (two sectors at once) reads the whole list, as before: correct, but not bounded.
 */

/**
 * How many entries one page of a long list shows, in the app and in the build's page files. 25, not 50: a filter click
 * draws a whole page of cards with their quotes and links, and at 50 that alone took about half the click's 100 ms
 * budget at 100,000 articles (README "Filter updates, fifth pass").
 */
export const LIST_PAGE_SIZE = 25

/** Buckets of the file that says on which page each entry sits: fixed, so the app can name a bucket unaided. */
export const WHERE_BUCKETS = 256

/** The series every list has: all its entries, unfiltered. */
export const ALL_SERIES = 'all'

/** Names the series a filter reads, or null when no series answers it (more than one sector or country). */
export function listSeriesKey({ sectors, countries }: { sectors: readonly Sector[]; countries: readonly string[] }) {
  if (sectors.length > 1 || countries.length > 1) return null
  const parts = [...sectors.map((sector) => `sector-${sector}`), ...countries.map((country) => `country-${country}`)]
  return parts.length === 0 ? ALL_SERIES : parts.join('.')
}

/** Every series an agreement belongs to: all, each of its sectors, each party, and each sector with each party. */
export function seriesOfAgreement({ sectors, parties }: Pick<Agreement, 'sectors' | 'parties'>): string[] {
  const keys = [ALL_SERIES]
  for (const sector of sectors) keys.push(listSeriesKey({ sectors: [sector], countries: [] })!)
  for (const country of parties) keys.push(listSeriesKey({ sectors: [], countries: [country] })!)
  for (const sector of sectors) {
    for (const country of parties) keys.push(listSeriesKey({ sectors: [sector], countries: [country] })!)
  }
  return keys
}

/** FNV-1a over the id's UTF-16 units: the bucket of the file that locates it, the same in the build and the app. */
export function whereBucket(id: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % WHERE_BUCKETS
}

/** Names the page files of the agreements list, relative to the data folder (pages count from 1). */
export const agreementPageFiles = {
  page: (series: string, page: number) => `views/agreements/${series}/${page}.json`,
  where: (bucket: number) => `views/agreements/where/${bucket}.json`,
} as const

/** Names the page files of the list of articles (newest first, pages count from 1). */
export const sourcePageFiles = {
  page: (page: number) => `views/sources/${page}.json`,
} as const

/** Orders articles newest first (undated last), then by id: the list of articles' one order. */
export function compareNewestFirst(a: { published: string | null; id: string }, b: typeof a): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id)
}

/** Orders agreements by date (undated last), then by id, so the list and the chart read the same way every time. */
export function compareAgreements(a: Agreement, b: Agreement): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date.localeCompare(b.date)
  }
  return a.id.localeCompare(b.id)
}

/**
 * Counts distinct documents per sector, in the canonical sector order; `only` limits the rows to the selected
 * sectors, so a sector filter does not chart the other sectors a multi-sector package also covers.
 */
export function countSectorCoverage(
  entries: readonly Pick<Agreement, 'sectors'>[],
  only: readonly Sector[] = [],
): { sector: Sector; documents: number }[] {
  return SECTORS.filter((sector) => only.length === 0 || only.includes(sector))
    .map((sector) => ({ sector, documents: entries.filter((entry) => entry.sectors.includes(sector)).length }))
    .filter((row) => row.documents > 0)
}

/** What a page file says about its whole series, so the view can page, chart and filter without the other pages. */
export const listSummarySchema = z.object({
  /** Entries in the series, and this page's number and the last page's. */
  total: wholeNonNegative(),
  page: wholeNonNegative(),
  pageCount: wholeNonNegative(),
  /** The agreements' chart bars over the whole series. */
  coverage: z.optional(z.array(z.object({ sector: sectorSchema, documents: wholeNonNegative() }))),
  /** The series' sources: how many articles, and the outlets citing most of them (the chart's source line). */
  sourceArticles: z.optional(wholeNonNegative()),
  outlets: z.optional(z.array(z.object({ outlet: z.nullable(z.string()), articles: wholeNonNegative() }))),
})
export type ListSummary = z.infer<typeof listSummarySchema>

/** A bucket of the locator: per entry id, its index in each series that holds it. */
export const whereFileSchema = z.record(nonEmpty(), z.record(nonEmpty(), wholeNonNegative()))
export type WhereFile = z.infer<typeof whereFileSchema>
