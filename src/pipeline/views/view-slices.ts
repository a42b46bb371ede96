import type { Agreement, ArticleMeta, CorridorEvent, Figure } from '../../schema/dataset'
import {
  emptySlice,
  figureFacets,
  newestPublished,
  viewFiles,
  type ViewSlice,
  type ViewSummary,
} from '../../schema/view-files'
import { figureSlices, SOURCES_PER_FIGURE } from './figure-slices'
import { capSources, citedArticles } from './slice-parts'

/** What the view files are cut from: the build's facts in output order (by id). */
export interface SliceInput {
  metas: readonly ArticleMeta[]
  figures: readonly Figure[]
  agreements: readonly Agreement[]
  events: readonly CorridorEvent[]
}

type Sourced = Figure | Agreement | CorridorEvent

/** Caps every record's sources, collecting the full counts of those capped. */
function capAll<T extends Sourced>(records: readonly T[], counts: Record<string, number>, articleId?: string): T[] {
  return records.map((record) => capSources(record, SOURCES_PER_FIGURE, counts, articleId))
}

function withCounts(slice: ViewSlice, counts: Record<string, number>): ViewSlice {
  return Object.keys(counts).length > 0 ? { ...slice, sourceCounts: counts } : slice
}

/** A slice of agreements and occasions, their sources capped, with the articles they cite. */
function occasionSlice(
  agreements: readonly Agreement[],
  events: readonly CorridorEvent[],
  metas: ReadonlyMap<string, ArticleMeta>,
): ViewSlice {
  const counts: Record<string, number> = {}
  const capped = { agreements: capAll(agreements, counts), events: capAll(events, counts) }
  const articles = citedArticles([...capped.agreements, ...capped.events], metas)
  return withCounts({ ...emptySlice(), articles, ...capped }, counts)
}

/** The agreements view: every agreement and the occasions they were signed at. */
function agreementsSlice(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): ViewSlice {
  const occasionIds = new Set(input.agreements.map((agreement) => agreement.occasionId))
  return occasionSlice(
    input.agreements,
    input.events.filter((event) => occasionIds.has(event.id)),
    metas,
  )
}

/** The timeline: every occasion and the agreements signed at them. */
function timelineSlice(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): ViewSlice {
  const agreementIds = new Set(input.events.flatMap((event) => event.agreementIds))
  return occasionSlice(
    input.agreements.filter((agreement) => agreementIds.has(agreement.id)),
    input.events,
    metas,
  )
}

/** The list of articles: every article's metadata and how many facts cite it, no facts. */
function sourcesSlice(input: SliceInput): ViewSlice {
  const factCounts: Record<string, number> = {}
  for (const record of [...input.figures, ...input.agreements, ...input.events]) {
    for (const id of new Set(record.sources.map((source) => source.articleId))) {
      factCounts[id] = (factCounts[id] ?? 0) + 1
    }
  }
  return { ...emptySlice(), articles: [...input.metas], factCounts }
}

/** One reader page per article: its metadata, every fact that cites it, and the other articles those facts cite. */
function* readerSlices(input: SliceInput, metas: ReadonlyMap<string, ArticleMeta>): Generator<[string, ViewSlice]> {
  const byArticle = new Map<string, { figures: Figure[]; agreements: Agreement[]; events: CorridorEvent[] }>()
  const add = <K extends 'figures' | 'agreements' | 'events'>(kind: K, record: SliceInput[K][number]) => {
    for (const id of new Set(record.sources.map((source) => source.articleId))) {
      let facts = byArticle.get(id)
      if (!facts) byArticle.set(id, (facts = { figures: [], agreements: [], events: [] }))
      ;(facts[kind] as (typeof record)[]).push(record)
    }
  }
  for (const figure of input.figures) add('figures', figure)
  for (const agreement of input.agreements) add('agreements', agreement)
  for (const event of input.events) add('events', event)
  for (const meta of input.metas) {
    const own = byArticle.get(meta.id) ?? { figures: [], agreements: [], events: [] }
    const counts: Record<string, number> = {}
    const figures = capAll(own.figures, counts, meta.id)
    const agreements = capAll(own.agreements, counts, meta.id)
    const events = capAll(own.events, counts, meta.id)
    const cited = citedArticles([...figures, ...agreements, ...events], metas)
    const articles = cited.some((article) => article.id === meta.id) ? cited : [meta, ...cited]
    yield [viewFiles.reader(meta.id), withCounts({ ...emptySlice(), articles, figures, agreements, events }, counts)]
  }
}

/** The summary every page reads: how many articles, the newest one's date, the metrics and the figures' filters. */
export function viewSummary(metas: readonly ArticleMeta[], figures: readonly Figure[]): ViewSummary {
  const asOf = newestPublished(metas)
  const articleCount = metas.length
  const metrics = [...new Set(figures.map((figure) => figure.metric))].sort()
  return { schemaVersion: 1, articleCount, asOf, metrics, figureFacets: figureFacets(figures) }
}

/** Every view file of a build, path and contents, in a fixed order. */
export function* viewSlices(input: SliceInput): Generator<[string, unknown]> {
  const metas = new Map(input.metas.map((meta) => [meta.id, meta]))
  yield [viewFiles.summary, viewSummary(input.metas, input.figures)]
  yield* figureSlices(input.figures, metas, {
    all: viewFiles.figures,
    sector: viewFiles.figuresOfSector,
    country: viewFiles.figuresOfCountry,
  })
  yield [viewFiles.agreements, agreementsSlice(input, metas)]
  yield [viewFiles.timeline, timelineSlice(input, metas)]
  yield [viewFiles.sources, sourcesSlice(input)]
  yield* readerSlices(input, metas)
}
