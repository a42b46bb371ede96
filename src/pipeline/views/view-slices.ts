import type { Agreement, ArticleMeta, CorridorEvent, Figure } from '../../schema/dataset'
import {
  emptySlice,
  figureFacets,
  newestPublished,
  viewFiles,
  type ViewSlice,
  type ViewSummary,
} from '../../schema/view-files'
import { figureSlices } from './figure-slices'
import { agreementPages, pagesOf } from './list-pages'
import { compareNewestFirst, sourcePageFiles } from '../../schema/list-pages'
import { timelinePages } from './timeline-pages'
import { capAll, citedArticles, occasionSlice, withCounts } from './slice-parts'

/** What the view files are cut from: the build's facts in output order (by id). */
export interface SliceInput {
  metas: readonly ArticleMeta[]
  figures: readonly Figure[]
  agreements: readonly Agreement[]
  events: readonly CorridorEvent[]
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

/** The list of articles as pages of 50, newest first, each with its articles' fact counts and the list's size. */
function* sourcePages(all: ViewSlice): Generator<[string, ViewSlice]> {
  const ordered = [...all.articles].sort(compareNewestFirst)
  for (const { page, pageCount, onPage } of pagesOf(ordered)) {
    const factCounts = Object.fromEntries(onPage.map((meta) => [meta.id, all.factCounts?.[meta.id] ?? 0]))
    const list = { total: ordered.length, page, pageCount }
    yield [sourcePageFiles.page(page), { ...emptySlice(), articles: onPage, factCounts, list }]
  }
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
export function viewSummary(
  metas: readonly ArticleMeta[],
  figures: readonly Figure[],
  agreements: readonly Agreement[],
): ViewSummary {
  const asOf = newestPublished(metas)
  const articleCount = metas.length
  const metrics = [...new Set(figures.map((figure) => figure.metric))].sort()
  const agreementCount = new Set(agreements.map((agreement) => agreement.id)).size
  const agreementFacets = figureFacets(agreements.map(({ sectors, parties }) => ({ sectors, countries: parties })))
  return {
    schemaVersion: 1,
    articleCount,
    asOf,
    metrics,
    figureFacets: figureFacets(figures),
    agreementCount,
    agreementFacets,
  }
}

/** Every view file of a build, path and contents, in a fixed order. */
export function* viewSlices(input: SliceInput): Generator<[string, unknown]> {
  const metas = new Map(input.metas.map((meta) => [meta.id, meta]))
  yield [viewFiles.summary, viewSummary(input.metas, input.figures, input.agreements)]
  yield* figureSlices(input.figures, metas, {
    all: viewFiles.figures,
    sector: viewFiles.figuresOfSector,
    country: viewFiles.figuresOfCountry,
  })
  yield [viewFiles.agreements, agreementsSlice(input, metas)]
  yield* agreementPages(input.agreements, input.events, metas)
  yield [viewFiles.timeline, timelineSlice(input, metas)]
  yield* timelinePages(input.events, input.agreements, metas)
  const sources = sourcesSlice(input)
  yield [viewFiles.sources, sources]
  yield* sourcePages(sources)
  yield* readerSlices(input, metas)
}
