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

/** Names the sentence a source cites: two sources with one key cite the same sentence, whatever words they mark. */
export const sentenceKeyOf = (source: Pick<SourceRef, 'articleId' | 'start' | 'end'>) =>
  `${source.articleId}|${source.start}|${source.end}`

/** Keeps the first source of each sentence, in order: a fact cites a sentence once however often it is stated there. */
export function distinctSentences(sources: Iterable<SourceRef>): SourceRef[] {
  const seen = new Set<string>()
  const kept: SourceRef[] = []
  for (const source of sources) {
    const key = sentenceKeyOf(source)
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(source)
  }
  return kept
}
