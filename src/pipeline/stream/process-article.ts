import { createHash } from 'node:crypto'
import type { Article } from '../../schema/dataset'
import { boundFacts, type Drafts } from '../stages/bound-facts'
import { readStory, withoutWithdrawn } from '../stages/correction-notes'
import { extractAgreements } from '../stages/extract-agreements'
import { extractEvents } from '../stages/extract-events'
import { extractFigures } from '../stages/extract-figures'
import { readArticle } from '../stages/read-article'
import { segmentText } from '../stages/segment'
import type { PipelineIssue, RawFile } from '../types'

/**
 * What the per-article stage gives for one file: the article (null when it could not be read), a key of its text for
 * finding duplicates, its bounded fact drafts and every issue met. The article's id is still its file stem: ids are
 * made unique later, in input order, by the one thread that sees every article.
 */
export interface ArticleResult {
  file: string
  article: Article | null
  textKey: string | null
  drafts: Drafts
  /** Issues of reading the file, then of bounding its facts (dropped when the article is a duplicate). */
  readIssues: PipelineIssue[]
  boundIssues: PipelineIssue[]
}

const NO_DRAFTS: Drafts = { figures: [], agreements: [], events: [] }

/** Keys an article's text by its SHA-256, so finding duplicates needs no copy of every text. */
const textKeyOf = (text: string) => createHash('sha256').update(text).digest('base64')

/**
 * Runs everything that needs only one file: read → clean → segment → extract → bound. Pure and independent of other
 * files, so it runs in any worker in any order. A reader bug does not escape: it becomes an issue for that file.
 */
export function processArticle(raw: RawFile): ArticleResult {
  let read: ReturnType<typeof readArticle>
  try {
    read = readArticle(raw)
  } catch (error) {
    // A reader bug must not sink the other articles; it is reported like any unreadable file.
    const reason = error instanceof Error ? error.message : String(error)
    const issue: PipelineIssue = {
      file: raw.file,
      severity: 'error',
      stage: 'ingest',
      message: `could not be read: ${reason}`,
    }
    return { file: raw.file, article: null, textKey: null, drafts: NO_DRAFTS, readIssues: [issue], boundIssues: [] }
  }
  const { article } = read
  if (!article) {
    return { file: raw.file, article: null, textKey: null, drafts: NO_DRAFTS, readIssues: read.issues, boundIssues: [] }
  }
  // a correction note's figures are the withdrawn one and its restatement: the withdrawn one is never shown, the
  // right one only from the note when the story does not give it
  const story = readStory(article.text, article.lang, segmentText(article.text, article.lang))
  const input = { article, sentences: story.sentences }
  const extracted = {
    figures: withoutWithdrawn(extractFigures(input), story.withdrawn),
    agreements: extractAgreements(input),
    events: extractEvents(input),
  }
  const bounded = boundFacts(extracted, [article])
  return {
    file: raw.file,
    article,
    textKey: textKeyOf(article.text),
    drafts: bounded.drafts,
    readIssues: read.issues,
    boundIssues: bounded.issues,
  }
}
