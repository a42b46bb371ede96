import type { Article, ArticleMeta } from '../../schema/dataset'
import { articleSchema } from '../../schema/dataset'
import type { Curation } from '../stages/curate'
import type { PipelineIssue, RawFile } from '../types'
import { ArticleCollector, type DraftSink } from './collect-articles'
import type { CollectedArticles } from './finish-facts'
import type { ArticleResult } from './process-article'

/** How a streamed build gets its input and hands its articles on. */
export interface StreamInput {
  /** The files to read, in name order. */
  files: readonly string[]
  /** Reads the i-th file, or says why it can't be read. */
  read: (index: number) => Promise<{ raw: RawFile } | { issue: PipelineIssue }>
  /** Runs the per-article stage (in this thread or a worker). */
  process: (raw: RawFile) => Promise<ArticleResult>
  /** Files read and processed ahead of the one being collected: enough to keep every worker busy. */
  window: number
  /** Receives each article with its final id, validated, as soon as it is known; its text is not kept. */
  onArticle: (article: Article) => Promise<void>
  /** Articles whose text the curation needs (quotes it adds), kept until the end. */
  keepText: (id: string) => boolean
  /** Where drafts go instead of memory (the CLI spills them to disk). */
  draftSink?: DraftSink
  /**
   * Receives each article's metadata instead of the list returned (the CLI spills them to disk and reads them back
   * once the workers have closed: at 100,000 articles the list took 60 MB of heap while the workers ran).
   */
  onMeta?: (meta: ArticleMeta) => void
}

type Outcome = ArticleResult | { issue: PipelineIssue }

/**
 * Streams every file through the per-article stage, `window` at a time, and collects the results strictly in file
 * order, so the output is the same whichever worker finishes first. Memory holds the files in flight, not the corpus.
 */
export async function streamArticles(input: StreamInput): Promise<CollectedArticles> {
  const collector = new ArticleCollector(input.files, input.draftSink ?? null)
  const streamed: CollectedArticles = { collector, metas: [], kept: [], readIssues: [] }
  const start = (index: number): Promise<Outcome> => {
    const outcome: Promise<Outcome> = input
      .read(index)
      .then((read): Outcome | Promise<Outcome> => ('issue' in read ? read : input.process(read.raw)))
    outcome.catch(() => undefined) // awaited in order below; this only keeps an early failure from going unhandled
    return outcome
  }
  const inFlight: Promise<Outcome>[] = []
  let next = 0
  while (next < input.files.length && inFlight.length < input.window) inFlight.push(start(next++))
  while (inFlight.length > 0) {
    const outcome = await inFlight.shift()!
    if (next < input.files.length) inFlight.push(start(next++))
    if ('issue' in outcome) {
      streamed.readIssues.push(outcome.issue)
      continue
    }
    const accepted = collector.accept(outcome)
    if (!accepted) continue
    const article = articleSchema.parse(accepted)
    const { text: _text, removed: _removed, ...meta } = article
    if (input.onMeta) input.onMeta(meta)
    else streamed.metas.push(meta)
    if (input.keepText(article.id)) streamed.kept.push(article)
    await input.onArticle(article)
  }
  return streamed
}

/** Ids of the articles a curation quotes from, whose texts must outlive the stream. */
export const quotedArticles = (curation: Curation | null) => new Set(curation?.add.map((entry) => entry.articleId))
