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
 * the full count in `counts` when some were left out.
 */
export function capSources<T extends { id: string; sources: SourceRef[] }>(
  record: T,
  keep: number,
  counts: Record<string, number>,
  articleId?: string,
): T {
  if (record.sources.length <= keep) return record
  counts[record.id] = record.sources.length
  const own = record.sources.filter((source) => source.articleId === articleId)
  const others = record.sources
    .filter((source) => source.articleId !== articleId)
    .slice(0, Math.max(0, keep - own.length))
  const kept = new Set([...own, ...others])
  return { ...record, sources: record.sources.filter((source) => kept.has(source)) }
}

/** How many sources a record in a view file carries; the rest are counted (`sourceCounts`) and found through search. */
export const SOURCES_PER_RECORD = 5

/** Caps every record's sources, collecting the full counts of those capped. */
export function capAll<T extends { id: string; sources: SourceRef[] }>(
  records: readonly T[],
  counts: Record<string, number>,
  articleId?: string,
): T[] {
  return records.map((record) => capSources(record, SOURCES_PER_RECORD, counts, articleId))
}

/** Adds the full source counts of the records a slice capped, when it capped any. */
export function withCounts(slice: ViewSlice, counts: Record<string, number>): ViewSlice {
  return Object.keys(counts).length > 0 ? { ...slice, sourceCounts: counts } : slice
}

/** A slice of agreements and occasions, their sources capped, with the articles they cite. */
export function occasionSlice(
  agreements: readonly Agreement[],
  events: readonly CorridorEvent[],
  metas: ReadonlyMap<string, ArticleMeta>,
): ViewSlice {
  const counts: Record<string, number> = {}
  const capped = { agreements: capAll(agreements, counts), events: capAll(events, counts) }
  const articles = citedArticles([...capped.agreements, ...capped.events], metas)
  return withCounts({ ...emptySlice(), articles, ...capped }, counts)
}
