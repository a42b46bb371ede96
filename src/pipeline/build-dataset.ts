import type { Article, Dataset } from '../schema/dataset'
import { datasetSchema } from '../schema/dataset'
import { boundFacts } from './stages/bound-facts'
import { applyCuration, type Curation } from './stages/curate'
import { deriveFigures } from './stages/derive'
import { extractAgreements } from './stages/extract-agreements'
import { extractEvents } from './stages/extract-events'
import { extractFigures } from './stages/extract-figures'
import { mergeAgreements, mergeEvents, mergeFigures } from './stages/merge'
import { readArticle } from './stages/read-article'
import { segmentText } from './stages/segment'
import { withUniqueIds } from './stages/unique-ids'
import type { AgreementDraft, EventDraft, FigureDraft, PipelineIssue, RawFile } from './types'

/** What a build gives back: the dataset (always schema-valid) and every problem met on the way. */
export interface BuildResult {
  dataset: Dataset
  issues: PipelineIssue[]
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Reads every file, keeping the articles that could be read and an issue for each one that couldn't. A file with the
 * text of an earlier one is merged into it; ids are made unique after that, so a dropped file never takes an id.
 */
function readArticles(files: readonly RawFile[]): { articles: Article[]; issues: PipelineIssue[] } {
  const articles: Article[] = []
  const issues: PipelineIssue[] = []
  const firstFileByText = new Map<string, string>()
  for (const raw of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    let result: ReturnType<typeof readArticle>
    try {
      result = readArticle(raw)
    } catch (error) {
      // A reader bug must not sink the other articles; it is reported like any unreadable file.
      const reason = error instanceof Error ? error.message : String(error)
      issues.push({ file: raw.file, severity: 'error', stage: 'ingest', message: `could not be read: ${reason}` })
      continue
    }
    issues.push(...result.issues)
    const article = result.article
    if (!article) continue
    const original = firstFileByText.get(article.text)
    if (original) {
      issues.push({
        file: raw.file,
        severity: 'warning',
        stage: 'ingest',
        message: `duplicate of ${original}; merged into it`,
      })
      continue
    }
    firstFileByText.set(article.text, raw.file)
    articles.push(article)
  }
  const unique = withUniqueIds(articles)
  return { articles: unique.articles, issues: [...issues, ...unique.issues] }
}

/** Runs every extractor over every article. */
function extractDrafts(articles: readonly Article[]) {
  const figures: FigureDraft[] = []
  const agreements: AgreementDraft[] = []
  const events: EventDraft[] = []
  for (const article of articles) {
    const input = { article, sentences: segmentText(article.text, article.lang) }
    figures.push(...extractFigures(input))
    agreements.push(...extractAgreements(input))
    events.push(...extractEvents(input))
  }
  return { figures, agreements, events }
}

/** Orders issues by file (stably, so one file's issues keep the order the stages met them in). */
const byFile = (issues: readonly PipelineIssue[]) =>
  [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))

/**
 * Turns raw input files (and an optional curation) into the dataset: read → clean → segment → extract → bound →
 * merge → derive → curate → validate. `inputIssues` are what reading the folder met (skipped and unreadable files);
 * they join the dataset's issues. Pure: the same input gives the same output, byte for byte once serialised.
 * Throws only when the curation file is wrong (the analyst must fix it) or when the result breaks the schema (a bug).
 */
export function buildDataset(
  files: readonly RawFile[],
  curation: Curation | null = null,
  inputIssues: readonly PipelineIssue[] = [],
): BuildResult {
  const { articles, issues: readIssues } = readArticles(files)
  const { drafts, issues: boundIssues } = boundFacts(extractDrafts(articles), articles)
  const issues = byFile([...inputIssues, ...readIssues, ...boundIssues])
  const stated = mergeFigures(drafts.figures)
  const merged = {
    articles,
    figures: [...stated, ...deriveFigures(stated)],
    agreements: mergeAgreements(drafts.agreements),
    events: mergeEvents(drafts.events),
  }
  const curated = curation ? applyCuration(merged, curation) : merged
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: [...curated.articles].sort(byId),
    figures: [...curated.figures].sort(byId),
    agreements: [...curated.agreements].sort(byId),
    events: [...curated.events].sort(byId),
    issues: issues.map(({ file, severity, message }) => ({ file, severity, message })),
  }
  return { dataset: datasetSchema.parse(dataset), issues }
}
