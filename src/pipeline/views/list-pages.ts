import type { Agreement, ArticleMeta, CorridorEvent } from '../../schema/dataset'
import {
  agreementPageFiles,
  compareAgreements,
  countSectorCoverage,
  ALL_SERIES,
  LIST_PAGE_SIZE,
  seriesOfAgreement,
  WHERE_BUCKETS,
  whereBucket,
  type ListSummary,
  type WhereFile,
} from '../../schema/list-pages'
import { busiestOutlets } from '../../schema/busiest-outlets'
import type { ViewSlice } from '../../schema/view-files'
import { citedArticleIds, NO_TOTALS, occasionSlice, type OccasionTotals } from './slice-parts'

/** Reads a series key back into the filter it answers (`sector-energy.country-KZ`). */
function filterOfSeries(key: string): { sectors: string[]; countries: string[] } {
  const parts = key.split('.')
  return {
    sectors: parts.filter((part) => part.startsWith('sector-')).map((part) => part.slice('sector-'.length)),
    countries: parts.filter((part) => part.startsWith('country-')).map((part) => part.slice('country-'.length)),
  }
}

/** Groups a list's entries (already in list order) by every series they belong to, keeping that order. */
export function groupBySeries<T>(entries: readonly T[], seriesOf: (entry: T) => string[]): Map<string, T[]> {
  const series = new Map<string, T[]>()
  for (const entry of entries) {
    for (const key of seriesOf(entry)) {
      const members = series.get(key)
      if (members) members.push(entry)
      else series.set(key, [entry])
    }
  }
  // an empty list still answers its first page, with nothing on it
  if (!series.has(ALL_SERIES)) series.set(ALL_SERIES, [])
  return new Map([...series].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * The locator's buckets: per entry id, its index in each series that holds it, in bucket order. Each bucket's file
 * is built as it is written: where every entry sits is kept as numbers meanwhile, since the files' objects for every
 * entry at once (68,000 agreements of 100,000 articles, in a dozen series each) raised the build's peak by 90 MB.
 */
export function* locatorBuckets<T extends { id: string }>(
  series: ReadonlyMap<string, readonly T[]>,
  path: (bucket: number) => string,
): Generator<[string, WhereFile]> {
  const keys = [...series.keys()]
  // per id, in the order first met: [series, index, series, index, …], series in key order
  const places = new Map<string, number[]>()
  keys.forEach((key, seriesIndex) => {
    series.get(key)!.forEach((entry, index) => {
      const found = places.get(entry.id)
      if (found) found.push(seriesIndex, index)
      else places.set(entry.id, [seriesIndex, index])
    })
  })
  const idsByBucket = Array.from({ length: WHERE_BUCKETS }, (): string[] => [])
  for (const id of places.keys()) idsByBucket[whereBucket(id)]!.push(id)
  // every bucket is written, empty ones too: a lookup of an unknown id is then an answer, not a 404
  for (let bucket = 0; bucket < WHERE_BUCKETS; bucket++) {
    const file: WhereFile = {}
    for (const id of idsByBucket[bucket]!) {
      const at: Record<string, number> = (file[id] = {})
      const found = places.get(id)!
      for (let pair = 0; pair < found.length; pair += 2) at[keys[found[pair]!]!] = found[pair + 1]!
    }
    yield [path(bucket), file]
  }
}

/** Cuts a series into pages of {@link LIST_PAGE_SIZE} (at least one, so an empty series has its empty page). */
export function* pagesOf<T>(members: readonly T[]): Generator<{ page: number; pageCount: number; onPage: T[] }> {
  const pageCount = Math.max(1, Math.ceil(members.length / LIST_PAGE_SIZE))
  for (let page = 1; page <= pageCount; page++) {
    yield { page, pageCount, onPage: members.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE) }
  }
}

/** One page of a series: its agreements (sources capped), the occasions they were signed at, the articles cited. */
function agreementPage(
  members: readonly Agreement[],
  summary: ListSummary,
  events: ReadonlyMap<string, CorridorEvent>,
  metas: ReadonlyMap<string, ArticleMeta>,
  totals: OccasionTotals,
): ViewSlice {
  const occasionIds = new Set(members.flatMap((agreement) => agreement.occasionId ?? []))
  const occasions = [...occasionIds].sort().flatMap((id) => events.get(id) ?? [])
  return { ...occasionSlice(members, occasions, metas, totals), list: summary }
}

/**
 * The agreements list as pages: one series per filter a click can ask for (see `src/schema/list-pages.ts`), each
 * cut into pages in list order, and the locator buckets saying where each agreement sits in each series. `totals`
 * holds what the records capped when read cited in full.
 */
export function* agreementPages(
  agreements: readonly Agreement[],
  events: readonly CorridorEvent[],
  metas: ReadonlyMap<string, ArticleMeta>,
  totals: OccasionTotals = NO_TOTALS,
): Generator<[string, unknown]> {
  const entries = [...new Map(agreements.map((agreement) => [agreement.id, agreement])).values()]
  entries.sort(compareAgreements)
  const eventsById = new Map(events.map((event) => [event.id, event]))
  const series = groupBySeries(entries, seriesOfAgreement)
  for (const [key, members] of series) {
    const filter = filterOfSeries(key)
    const cited = new Set(members.flatMap((agreement) => citedArticleIds(agreement, totals.agreements)))
    // the same for every page of the series: counted once (per page, the whole list's pages took time squared)
    const counts = {
      coverage: countSectorCoverage(members, filter.sectors as Agreement['sectors']),
      sourceArticles: cited.size,
      outlets: busiestOutlets(cited, (id) => metas.get(id)?.outlet ?? null),
    }
    for (const { page, pageCount, onPage } of pagesOf(members)) {
      const summary: ListSummary = { total: members.length, page, pageCount, ...counts }
      yield [agreementPageFiles.page(key, page), agreementPage(onPage, summary, eventsById, metas, totals)]
    }
  }
  yield* locatorBuckets(series, agreementPageFiles.where)
}
