import type { Agreement, ArticleMeta, CorridorEvent } from '../../schema/dataset'
import {
  agreementPageFiles,
  compareAgreements,
  countSectorCoverage,
  LIST_PAGE_SIZE,
  listSeriesKey,
  seriesOfAgreement,
  whereBucket,
  type ListSummary,
  type WhereFile,
} from '../../schema/list-pages'
import { emptySlice, type ViewSlice } from '../../schema/view-files'
import { capSources, citedArticles } from './slice-parts'
import { SOURCES_PER_FIGURE } from './figure-slices'

/** How many outlets a long series' source line names; the rest are counted. */
const OUTLETS_NAMED = 3

/** Reads a series key back into the filter it answers (`sector-energy.country-KZ`). */
function filterOfSeries(key: string): { sectors: string[]; countries: string[] } {
  const parts = key.split('.')
  return {
    sectors: parts.filter((part) => part.startsWith('sector-')).map((part) => part.slice('sector-'.length)),
    countries: parts.filter((part) => part.startsWith('country-')).map((part) => part.slice('country-'.length)),
  }
}

/** The outlets citing most of a series' articles, most first (ties by name; an unnamed outlet is null). */
function topOutlets(articleIds: ReadonlySet<string>, metas: ReadonlyMap<string, ArticleMeta>) {
  const counts = new Map<string | null, number>()
  for (const id of articleIds) {
    const outlet = metas.get(id)?.outlet ?? null
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1)
  }
  return [...counts]
    .map(([outlet, articles]) => ({ outlet, articles }))
    .sort((a, b) => b.articles - a.articles || String(a.outlet).localeCompare(String(b.outlet)))
    .slice(0, OUTLETS_NAMED)
}

/** Groups the list's entries (already in list order) by every series they belong to, keeping that order. */
function groupBySeries(entries: readonly Agreement[]): Map<string, Agreement[]> {
  const series = new Map<string, Agreement[]>()
  for (const entry of entries) {
    for (const key of seriesOfAgreement(entry)) {
      const members = series.get(key)
      if (members) members.push(entry)
      else series.set(key, [entry])
    }
  }
  // an empty list still answers its first page, with nothing on it
  if (!series.has(listSeriesKey({ sectors: [], countries: [] })!)) series.set('all', [])
  return series
}

/** One page of a series: its agreements (sources capped), the occasions they were signed at, the articles cited. */
function agreementPage(
  members: readonly Agreement[],
  summary: ListSummary,
  events: ReadonlyMap<string, CorridorEvent>,
  metas: ReadonlyMap<string, ArticleMeta>,
): ViewSlice {
  const counts: Record<string, number> = {}
  const cap = <T extends Agreement | CorridorEvent>(record: T) => capSources(record, SOURCES_PER_FIGURE, counts)
  const agreements = members.map(cap)
  const occasionIds = new Set(members.flatMap((agreement) => agreement.occasionId ?? []))
  const occasions = [...occasionIds]
    .sort()
    .flatMap((id) => events.get(id) ?? [])
    .map(cap)
  const articles = citedArticles([...agreements, ...occasions], metas)
  const slice: ViewSlice = { ...emptySlice(), articles, agreements, events: occasions, list: summary }
  return Object.keys(counts).length > 0 ? { ...slice, sourceCounts: counts } : slice
}

/**
 * The agreements list as pages: one series per filter a click can ask for (see `src/schema/list-pages.ts`), each
 * cut into pages in list order, and the locator buckets saying where each agreement sits in each series.
 */
export function* agreementPages(
  agreements: readonly Agreement[],
  events: readonly CorridorEvent[],
  metas: ReadonlyMap<string, ArticleMeta>,
): Generator<[string, unknown]> {
  const entries = [...new Map(agreements.map((agreement) => [agreement.id, agreement])).values()]
  entries.sort(compareAgreements)
  const eventsById = new Map(events.map((event) => [event.id, event]))
  const where = new Map<number, WhereFile>()
  for (const [key, members] of [...groupBySeries(entries)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const filter = filterOfSeries(key)
    const cited = new Set(members.flatMap((agreement) => agreement.sources.map((source) => source.articleId)))
    const pageCount = Math.max(1, Math.ceil(members.length / LIST_PAGE_SIZE))
    for (let page = 1; page <= pageCount; page++) {
      const onPage = members.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE)
      const summary: ListSummary = {
        total: members.length,
        page,
        pageCount,
        coverage: countSectorCoverage(members, filter.sectors as Agreement['sectors']),
        sourceArticles: cited.size,
        outlets: topOutlets(cited, metas),
      }
      yield [agreementPageFiles.page(key, page), agreementPage(onPage, summary, eventsById, metas)]
    }
    members.forEach((agreement, index) => {
      const bucket = where.get(whereBucket(agreement.id)) ?? {}
      where.set(whereBucket(agreement.id), bucket)
      ;(bucket[agreement.id] ??= {})[key] = index
    })
  }
  for (const bucket of [...where.keys()].sort((a, b) => a - b)) {
    yield [agreementPageFiles.where(bucket), where.get(bucket)]
  }
}
