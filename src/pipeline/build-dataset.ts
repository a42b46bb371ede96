import type { Article, Dataset } from '../schema/dataset'
import { datasetSchema } from '../schema/dataset'
import { applyCuration, type Curation } from './stages/curate'
import { withHorizonTerms } from './stages/normalise-horizon'
import { ArticleCollector } from './stream/collect-articles'
import { processArticle, type ArticleResult } from './stream/process-article'
import type { PipelineIssue, RawFile } from './types'

/** What a build gives back: the dataset (always schema-valid) and every problem met on the way. */
export interface BuildResult {
  dataset: Dataset
  issues: PipelineIssue[]
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Orders issues by file (stably, so one file's issues keep the order the stages met them in). */
export const byFile = (issues: readonly PipelineIssue[]) =>
  [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))

/** Orders raw files by name, the order every build reads them in. */
const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)

/**
 * Builds the dataset from per-article results already computed (in any thread), given in file name order: ids made
 * unique, duplicates merged, facts merged and derived, the curation applied, everything validated and sorted by id.
 */
export function buildFromResults(
  files: readonly string[],
  results: Iterable<ArticleResult>,
  curation: Curation | null = null,
  inputIssues: readonly PipelineIssue[] = [],
): BuildResult {
  const collector = new ArticleCollector(files)
  const articles: Article[] = []
  for (const result of results) {
    const article = collector.accept(result)
    if (article) articles.push(article)
  }
  const { facts, issues: buildIssues } = collector.finish()
  const issues = byFile([...inputIssues, ...buildIssues])
  const merged = { articles, ...facts }
  const curated = curation ? applyCuration(merged, curation) : merged
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: [...curated.articles].sort(byId),
    figures: withHorizonTerms(curated.figures).sort(byId),
    agreements: [...curated.agreements].sort(byId),
    events: [...curated.events].sort(byId),
    issues: issues.map(({ file, severity, message }) => ({ file, severity, message })),
  }
  return { dataset: datasetSchema.parse(dataset), issues }
}

/** Runs the per-article stage over files lazily, in name order. */
function* processInOrder(files: readonly RawFile[]): Generator<ArticleResult> {
  for (const raw of files) yield processArticle(raw)
}

/**
 * Turns raw input files (and an optional curation) into the dataset: read → clean → segment → extract → bound →
 * merge → derive → curate → validate. `inputIssues` are what reading the folder met (skipped and unreadable files);
 * they join the dataset's issues. Pure: the same input gives the same output, byte for byte once serialised.
 * Throws only when the curation file is wrong (the analyst must fix it) or when the result breaks the schema (a bug).
 * This is the in-process path (tests, small inputs); run.ts streams large folders through worker threads instead.
 */
export function buildDataset(
  files: readonly RawFile[],
  curation: Curation | null = null,
  inputIssues: readonly PipelineIssue[] = [],
): BuildResult {
  const sorted = [...files].sort(byName)
  const names = sorted.map((raw) => raw.file)
  return buildFromResults(names, processInOrder(sorted), curation, inputIssues)
}
