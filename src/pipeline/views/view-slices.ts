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
import { Interner } from '../spill/interner'
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
 * The agreements view and the timeline, each with its pages: every agreement and every occasion, read once with
 * their sources capped as the views write them (`capWhenRead`) and shared by both. The agreements view takes of the
 * occasions those its agreements were signed at, the timeline of the agreements those signed at its occasions. Read
 * once for both, since nearly every agreement is signed at an occasion: each view reading its own lists held the
 * agreements twice where one view's copy had not yet been collected (at 100,000 articles, 40 MB on the build's peak).
 */
function* occasionViews(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): Generator<[string, unknown]> {
  const values = new Interner()
  const agreements = capWhenRead(input.agreements(), undefined, values)
  const events = capWhenRead(input.events(), undefined, values)
  const totals = { agreements: agreements.totals, events: events.totals }
  const occasionIds = new Set(agreements.records.map((agreement) => agreement.occasionId))
  const signedAt = events.records.filter((event) => occasionIds.has(event.id))
  yield [viewFiles.agreements, occasionSlice(agreements.records, signedAt, metas, totals)]
  yield* agreementPages(agreements.records, signedAt, metas, totals)
  const agreementIds = new Set(events.records.flatMap((event) => event.agreementIds))
  const signed = agreements.records.filter((agreement) => agreementIds.has(agreement.id))
  yield [viewFiles.timeline, occasionSlice(signed, events.records, metas, totals)]
  yield* timelinePages(events.records, signed, metas, totals)
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
  // the list of articles first, while nothing else is held: its count reads every fact once more
  const sources = sourcesSlice(input)
  yield [viewFiles.sources, sources]
  yield* sourcePages(sources)
  yield* figureSlices(input.figures, metas, {
    all: viewFiles.figures,
    sector: viewFiles.figuresOfSector,
    country: viewFiles.figuresOfCountry,
  })
  yield* readerSlices(input, metas, readerPartitions)
  // last: they hold the most, and what a step holds when it ends raises the memory the next one may fill
  yield* occasionViews(input, metas)
}
