import type { Agreement, ArticleMeta, CorridorEvent, Figure, Sector } from '../../schema/dataset'
import {
  emptySlice,
  figureFacets,
  newestPublished,
  viewFiles,
  type ViewSlice,
  type ViewSummary,
} from '../../schema/view-files'
import { memoryPartitions, type PartitionedLines } from '../spill/partitioned-lines'
import { compareNewestFirst, sourcePageFiles } from '../../schema/list-pages'
import { figureSlices } from './figure-slices'
import { agreementPages, pagesOf } from './list-pages'
import { readerSlices } from './reader-slices'
import { timelinePages } from './timeline-pages'
import { capWhenRead, occasionSlice } from './slice-parts'

/**
 * What the view files are cut from: the build's facts in output order (by id), each list read as often as needed
 * (`FactStreams`), never all held at once.
 */
export interface SliceInput {
  metas: readonly ArticleMeta[]
  figures: () => Iterable<Figure>
  agreements: () => Iterable<Agreement>
  events: () => Iterable<CorridorEvent>
}

/**
 * The agreements view and its pages: every agreement, and of the occasions only those they were signed at, so the
 * whole list of occasions is not held beside them. Both are held with their sources capped as the views write them
 * (`capWhenRead`).
 */
function* agreementViews(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): Generator<[string, unknown]> {
  const agreements = capWhenRead(input.agreements())
  const occasionIds = new Set(agreements.records.map((agreement) => agreement.occasionId))
  const events = capWhenRead(input.events(), (event) => occasionIds.has(event.id))
  const totals = { agreements: agreements.totals, events: events.totals }
  yield [viewFiles.agreements, occasionSlice(agreements.records, events.records, metas, totals)]
  yield* agreementPages(agreements.records, events.records, metas, totals)
}

/** The timeline and its pages: every occasion, and of the agreements only those signed at one, sources capped. */
function* timelineViews(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): Generator<[string, unknown]> {
  const events = capWhenRead(input.events())
  const agreementIds = new Set(events.records.flatMap((event) => event.agreementIds))
  const agreements = capWhenRead(input.agreements(), (agreement) => agreementIds.has(agreement.id))
  const totals = { agreements: agreements.totals, events: events.totals }
  yield [viewFiles.timeline, occasionSlice(agreements.records, events.records, metas, totals)]
  yield* timelinePages(events.records, agreements.records, metas, totals)
}

/** The list of articles: every article's metadata and how many facts cite it, no facts. */
function sourcesSlice(input: SliceInput): ViewSlice {
  const factCounts: Record<string, number> = {}
  for (const records of [input.figures(), input.agreements(), input.events()]) {
    for (const record of records) {
      for (const id of new Set(record.sources.map((source) => source.articleId))) {
        factCounts[id] = (factCounts[id] ?? 0) + 1
      }
    }
  }
  return { ...emptySlice(), articles: [...input.metas], factCounts }
}

/** The list of articles as pages of 50, newest first, each with its articles' fact counts and the list's size. */
function* sourcePages(all: ViewSlice): Generator<[string, ViewSlice]> {
  const ordered = [...all.articles].sort(compareNewestFirst)
  for (const { page, pageCount, onPage } of pagesOf(ordered)) {
    const factCounts = Object.fromEntries(onPage.map((meta) => [meta.id, all.factCounts?.[meta.id] ?? 0]))
    const list = { total: ordered.length, page, pageCount }
    yield [sourcePageFiles.page(page), { ...emptySlice(), articles: onPage, factCounts, list }]
  }
}

/** The summary every page reads: how many articles, the newest one's date, the metrics and the figures' filters. */
export function viewSummary(
  metas: readonly ArticleMeta[],
  figures: Iterable<Figure>,
  agreements: Iterable<Agreement>,
): ViewSummary {
  const asOf = newestPublished(metas)
  const articleCount = metas.length
  // one pass over the figures, which may be streamed from disk: only their vocabulary is kept
  const metrics = new Set<string>()
  const facets = { sectors: new Set<Sector>(), countries: new Set<string>() }
  for (const figure of figures) {
    metrics.add(figure.metric)
    for (const sector of figure.sectors) facets.sectors.add(sector)
    for (const country of figure.countries) facets.countries.add(country)
  }
  const figureFacetsOf = figureFacets([{ sectors: [...facets.sectors], countries: [...facets.countries] }])
  // and of the agreements their ids and vocabulary
  const agreementIds = new Set<string>()
  const agreementTerms = { sectors: new Set<Sector>(), countries: new Set<string>() }
  for (const { id, sectors, parties } of agreements) {
    agreementIds.add(id)
    for (const sector of sectors) agreementTerms.sectors.add(sector)
    for (const country of parties) agreementTerms.countries.add(country)
  }
  const agreementCount = agreementIds.size
  const agreementFacets = figureFacets([
    { sectors: [...agreementTerms.sectors], countries: [...agreementTerms.countries] },
  ])
  return {
    schemaVersion: 1,
    articleCount,
    asOf,
    metrics: [...metrics].sort(),
    figureFacets: figureFacetsOf,
    agreementCount,
    agreementFacets,
  }
}

/**
 * Every view file of a build, path and contents, in a fixed order. The reader files' facts wait in
 * `readerPartitions` (on disk in the CLI, see reader-slices.ts), in memory by default.
 */
export function* viewSlices(
  input: SliceInput,
  readerPartitions: (count: number) => PartitionedLines = memoryPartitions,
): Generator<[string, unknown]> {
  const metas = new Map(input.metas.map((meta) => [meta.id, meta]))
  yield [viewFiles.summary, viewSummary(input.metas, input.figures(), input.agreements())]
  yield* figureSlices(input.figures, metas, {
    all: viewFiles.figures,
    sector: viewFiles.figuresOfSector,
    country: viewFiles.figuresOfCountry,
  })
  yield* agreementViews(input, metas)
  yield* timelineViews(input, metas)
  const sources = sourcesSlice(input)
  yield [viewFiles.sources, sources]
  yield* sourcePages(sources)
  yield* readerSlices(input, metas, readerPartitions)
}
