import type { Agreement, Article, ArticleMeta, CorridorEvent, Figure } from '../../schema/dataset'
import { agreementSchema, eventSchema, figureSchema } from '../../schema/dataset'
import { applyCuration, type Curation } from '../stages/curate'
import { withHorizonTerms } from '../stages/normalise-horizon'
import type { PipelineIssue } from '../types'
import { FactChecker } from './check-facts'
import type { ArticleCollector } from './collect-articles'
import type { MergedFacts } from './merge-facts'

/** Orders issues by file (stably, so one file's issues keep the order the stages met them in). */
export const byFile = (issues: readonly PipelineIssue[]) =>
  [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** What the corpus-wide steps start from, however the articles were read (in memory or streamed). */
export interface CollectedArticles {
  collector: ArticleCollector
  metas: ArticleMeta[]
  /** Articles with their texts: all of them in memory, or only those a curation quotes when streaming. */
  kept: Article[]
  readIssues: PipelineIssue[]
}

/** The facts and issues of a build, validated and in output order. */
export interface FinishedFacts {
  metas: ArticleMeta[]
  figures: Figure[]
  agreements: Agreement[]
  events: CorridorEvent[]
  issues: PipelineIssue[]
}

/**
 * Facts in output order for the writers, each list read as often as a writer needs it: from memory, or from a file
 * of the build's staging folder, one fact at a time, when the build spilled them to disk. A writer (dataset.json,
 * facts.json, the CSV downloads, the search index, per-view files) loops over `figures()`, `agreements()` and
 * `events()` and keeps only what it needs of each fact.
 */
export interface FactStreams {
  metas: ArticleMeta[]
  figures: () => Iterable<Figure>
  agreements: () => Iterable<Agreement>
  events: () => Iterable<CorridorEvent>
  issues: PipelineIssue[]
  counts: { figures: number; agreements: number; events: number }
  /** The files of JSON lines the lists are read from, when the build spilled them: another thread can read them too. */
  files?: FactFiles
}

/** Paths of the files of JSON lines holding each list, in output order. */
export interface FactFiles {
  figures: string
  agreements: string
  events: string
}

/** Hands finished facts held in memory to the writers. */
export const streamsOf = (facts: FinishedFacts): FactStreams => ({
  metas: facts.metas,
  figures: () => facts.figures,
  agreements: () => facts.agreements,
  events: () => facts.events,
  issues: facts.issues,
  counts: { figures: facts.figures.length, agreements: facts.agreements.length, events: facts.events.length },
})

/**
 * Curates, normalises, validates and sorts merged facts by id; orders the articles by id and the issues by file.
 * Throws a CurationError when the curation can't be applied; a fact that breaks the schema (a bug) is left out and
 * reported against its article's file (see `FactChecker`).
 */
export function finishMerged(
  facts: MergedFacts,
  collected: Pick<CollectedArticles, 'metas' | 'kept'>,
  curation: Curation | null,
  issues: readonly PipelineIssue[],
): FinishedFacts {
  const curated = curation ? applyCuration({ articles: collected.kept, ...facts }, curation) : facts
  const check = new FactChecker(collected.metas)
  const figures = [...check.valid(withHorizonTerms(curated.figures).sort(byId), figureSchema, 'figure')]
  const agreements = [...check.valid([...curated.agreements].sort(byId), agreementSchema, 'agreement')]
  const events = [...check.valid([...curated.events].sort(byId), eventSchema, 'event')]
  return {
    metas: [...collected.metas].sort(byId),
    figures,
    agreements,
    events,
    issues: byFile([...issues, ...check.issues]),
  }
}

/**
 * The one place for everything after the per-article stage when the facts are in memory: merge, derive, curate,
 * normalise, validate each fact and sort by id. The streamed build merges its figures from disk (spill/) and ends in
 * the same `finishMerged`, so their output can't drift apart.
 */
export function finishFacts(
  collected: CollectedArticles,
  curation: Curation | null,
  inputIssues: readonly PipelineIssue[],
): FinishedFacts {
  const { facts, issues } = collected.collector.finish()
  return finishMerged(facts, collected, curation, [...inputIssues, ...collected.readIssues, ...issues])
}
