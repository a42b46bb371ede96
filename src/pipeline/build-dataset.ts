import type { Article, Dataset } from '../schema/dataset'
import { datasetSchema } from '../schema/dataset'
import type { Curation } from './stages/curate'
import { ArticleCollector } from './stream/collect-articles'
import { finishFacts } from './stream/finish-facts'
import { processArticle } from './stream/process-article'
import type { PipelineIssue, RawFile } from './types'

/** What a build gives back: the dataset (always schema-valid) and every problem met on the way. */
export interface BuildResult {
  dataset: Dataset
  issues: PipelineIssue[]
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Turns raw input files (and an optional curation) into the dataset: read → clean → segment → extract → bound →
 * merge → derive → curate → validate. `inputIssues` are what reading the folder met (skipped and unreadable files);
 * they join the dataset's issues. Pure: the same input gives the same output, byte for byte once serialised.
 * Throws only when the curation file is wrong (the analyst must fix it) or when the result breaks the schema (a bug).
 * This is the in-memory path (tests, small inputs); run.ts streams the same stages, in worker threads for large
 * folders, and ends in the same `finishFacts`.
 */
export function buildDataset(
  files: readonly RawFile[],
  curation: Curation | null = null,
  inputIssues: readonly PipelineIssue[] = [],
): BuildResult {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const collector = new ArticleCollector(sorted.map((raw) => raw.file))
  const articles: Article[] = []
  for (const raw of sorted) {
    const article = collector.accept(processArticle(raw))
    if (article) articles.push(article)
  }
  const metas = articles.map(({ text: _text, removed: _removed, ...meta }) => meta)
  const facts = finishFacts({ collector, metas, kept: articles, readIssues: [] }, curation, inputIssues)
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: [...articles].sort(byId),
    figures: facts.figures,
    agreements: facts.agreements,
    events: facts.events,
    issues: facts.issues.map(({ file, severity, message }) => ({ file, severity, message })),
  }
  return { dataset: datasetSchema.parse(dataset), issues: facts.issues }
}
