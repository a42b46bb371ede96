import { Interner } from '../spill/interner'
import type { Agreement, ArticleMeta, CorridorEvent, SourceRef } from '../../schema/dataset'
import { emptySlice, type ViewSlice } from '../../schema/view-files'

/** The metadata of every article the records' sources cite, in the corpus's order (by id). */
export function citedArticles(
  records: readonly { sources: readonly SourceRef[] }[],
  metas: ReadonlyMap<string, ArticleMeta>,
): ArticleMeta[] {
  const ids = new Set(records.flatMap((record) => record.sources.map((source) => source.articleId)))
  // looked up by id rather than filtered from all metas: a corpus writes one reader file per article
  return [...ids].sort().flatMap((id) => metas.get(id) ?? [])
}

/**
 * Caps a record's sources at `keep`, always keeping those from `articleId` (the reader highlights them), and notes
 * the full count in `counts` when some were left out. `total` is that count for a record already capped when read
 * (see {@link capWhenRead}).
 */
export function capSources<T extends { id: string; sources: SourceRef[] }>(
  record: T,
  keep: number,
  counts: Record<string, number>,
  articleId?: string,
  total = record.sources.length,
): T {
  if (total > keep) counts[record.id] = total
  if (record.sources.length <= keep) return record
  const own = record.sources.filter((source) => source.articleId === articleId)
  const others = record.sources
    .filter((source) => source.articleId !== articleId)
    .slice(0, Math.max(0, keep - own.length))
  const kept = new Set([...own, ...others])
  return { ...record, sources: record.sources.filter((source) => kept.has(source)) }
}

/** How many sources a record in a view file carries; the rest are counted (`sourceCounts`) and found through search. */
export const SOURCES_PER_RECORD = 5

/** Caps every record's sources, collecting the full counts of those capped (from `totals` for those capped when read). */
export function capAll<T extends { id: string; sources: SourceRef[] }>(
  records: readonly T[],
  counts: Record<string, number>,
  articleId?: string,
  totals: SourceTotals = NONE_CAPPED,
): T[] {
  return records.map((record) =>
    capSources(record, SOURCES_PER_RECORD, counts, articleId, totals.get(record.id)?.count),
  )
}

/** What a record capped when read cited before: how many sources, and the articles they came from (each once). */
export interface SourceTotal {
  count: number
  articleIds: readonly string[]
}

/** The totals of the records of a list that were capped when read, by id; a record not in it kept all its sources. */
export type SourceTotals = ReadonlyMap<string, SourceTotal>

const NONE_CAPPED: SourceTotals = new Map()

/** A list of records capped as it was read, with what the capped ones cited in full. */
export interface CappedList<T> {
  records: T[]
  totals: SourceTotals
}

/**
 * Reads a list keeping each record's first {@link SOURCES_PER_RECORD} sources, as every list view writes them, and
 * of the rest only their count and articles. At 100,000 articles the agreements and occasions held whole while their
 * pages were cut were the build's peak: a record merged from many articles cites each of them (up to 1,245 sources).
 * The records' strings and lists of strings are shared through `values` (one copy of each quote, article id and date
 * however many records repeat it: 388 → 345 MB for the view files of 100,000 articles), so they are read-only.
 */
export function capWhenRead<T extends { id: string; sources: SourceRef[] }>(
  records: Iterable<T>,
  keep: (record: T) => boolean = () => true,
  values: Interner = new Interner(),
): CappedList<T> {
  const kept: T[] = []
  const totals = new Map<string, SourceTotal>()
  for (const record of records) {
    if (!keep(record)) continue
    if (record.sources.length > SOURCES_PER_RECORD) {
      const articleIds = [...new Set(record.sources.map((source) => values.of(source.articleId)))]
      totals.set(record.id, { count: record.sources.length, articleIds })
    } else totals.delete(record.id) // a later record of the same id replaces an earlier one, as the lists' maps do
    kept.push(values.shared(capSources(record, SOURCES_PER_RECORD, {})))
  }
  return { records: kept, totals }
}

/** The articles a record's sources came from, each once, in the order first cited, capped when read or not. */
export function citedArticleIds(record: { id: string; sources: readonly SourceRef[] }, totals: SourceTotals) {
  return totals.get(record.id)?.articleIds ?? [...new Set(record.sources.map((source) => source.articleId))]
}

/** Adds the full source counts of the records a slice capped, when it capped any. */
export function withCounts(slice: ViewSlice, counts: Record<string, number>): ViewSlice {
  return Object.keys(counts).length > 0 ? { ...slice, sourceCounts: counts } : slice
}

/** Totals of agreements and occasions capped when read (see {@link capWhenRead}). */
export interface OccasionTotals {
  agreements: SourceTotals
  events: SourceTotals
}

/** The totals of lists read whole: nothing was capped when read. */
export const NO_TOTALS: OccasionTotals = { agreements: NONE_CAPPED, events: NONE_CAPPED }

/** A slice of agreements and occasions, their sources capped, with the articles they cite. */
export function occasionSlice(
  agreements: readonly Agreement[],
  events: readonly CorridorEvent[],
  metas: ReadonlyMap<string, ArticleMeta>,
  totals: OccasionTotals = NO_TOTALS,
): ViewSlice {
  const counts: Record<string, number> = {}
  const capped = {
    agreements: capAll(agreements, counts, undefined, totals.agreements),
    events: capAll(events, counts, undefined, totals.events),
  }
  const articles = citedArticles([...capped.agreements, ...capped.events], metas)
  return withCounts({ ...emptySlice(), articles, ...capped }, counts)
}
