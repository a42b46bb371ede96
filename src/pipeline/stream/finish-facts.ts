import type { Agreement, Article, ArticleMeta, CorridorEvent, Figure } from '../../schema/dataset'
import { agreementSchema, eventSchema, figureSchema } from '../../schema/dataset'
import { applyCuration, type Curation } from '../stages/curate'
import { withHorizonTerms } from '../stages/normalise-horizon'
import type { PipelineIssue } from '../types'
import type { ArticleCollector } from './collect-articles'

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
 * The one place for everything after the per-article stage: merge, derive, curate, normalise, validate each fact
 * and sort by id. Both the in-memory build and the streamed one end here, so their output can't drift apart.
 * Throws a CurationError when the curation can't be applied, and a ZodError when a fact breaks the schema (a bug).
 */
export function finishFacts(
  collected: CollectedArticles,
  curation: Curation | null,
  inputIssues: readonly PipelineIssue[],
): FinishedFacts {
  const { facts, issues } = collected.collector.finish()
  const curated = curation ? applyCuration({ articles: collected.kept, ...facts }, curation) : facts
  return {
    metas: [...collected.metas].sort(byId),
    figures: withHorizonTerms(curated.figures)
      .sort(byId)
      .map((figure) => figureSchema.parse(figure)),
    agreements: [...curated.agreements].sort(byId).map((agreement) => agreementSchema.parse(agreement)),
    events: [...curated.events].sort(byId).map((event) => eventSchema.parse(event)),
    issues: byFile([...inputIssues, ...collected.readIssues, ...issues]),
  }
}
