import type { Article, SourceRef } from '../schema/dataset'
import type { Sentence, Span } from './types'

/**
 * Points at a sentence of an article, and optionally at the words inside it that carry the fact.
 * `mention` is given relative to the sentence (as extractors find it) and stored relative to the article.
 */
export function makeSourceRef(article: Pick<Article, 'id'>, sentence: Sentence, mention?: Span): SourceRef {
  return {
    articleId: article.id,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
    mention: mention ? { start: sentence.start + mention.start, end: sentence.start + mention.end } : null,
    curated: false,
  }
}
