import type { SearchDoc, SearchDocType } from '../../../schema/search-index'

/** The order the result groups are shown in. */
export const RESULT_GROUPS: readonly SearchDocType[] = ['article', 'figure', 'agreement', 'occasion']

/**
 * The in-app path a result opens, with the deep-link parameters its view already reads: a sentence marked in the
 * reader, a metric's figures, one agreement scrolled to, one occasion opened on the timeline.
 */
export function resultHref(doc: SearchDoc): string {
  switch (doc.type) {
    case 'article': {
      const path = `/sources/${encodeURIComponent(doc.articleId)}`
      return doc.span === null ? path : `${path}?sentence=${doc.span[0]}-${doc.span[1]}`
    }
    case 'figure':
      return `/targets/${encodeURIComponent(doc.metric)}`
    case 'agreement':
      return `/agreements?agreement=${encodeURIComponent(doc.id)}#${doc.id}`
    case 'occasion':
      return `/timeline?event=${encodeURIComponent(doc.id)}`
  }
}

/** Splits a result's text into runs, marking each word whose folded form is one of the matched index terms. */
export function markTerms(
  words: readonly { term: string; start: number; end: number }[],
  text: string,
  terms: readonly string[],
): { text: string; marked: boolean }[] {
  const matched = new Set(terms)
  const runs: { text: string; marked: boolean }[] = []
  let at = 0
  for (const word of words) {
    if (!matched.has(word.term)) continue
    if (word.start > at) runs.push({ text: text.slice(at, word.start), marked: false })
    runs.push({ text: text.slice(word.start, word.end), marked: true })
    at = word.end
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false })
  return runs
}
