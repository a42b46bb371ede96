import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** A stretch of the article text, as offsets into it. */
export interface TextSpan {
  start: number
  end: number
}

/** The reader's own URL state: which fact to scroll to, or which sentence (a search result's) to mark and scroll to. */
export interface SourcesSearch {
  fact: string | null
  /** `sentence=<start>-<end>`: offsets in the article text; whether they fit the text is for the view to check. */
  sentence: TextSpan | null
}

/** Names the URL parameters the sources view owns. */
export const SOURCES_KEYS = ['fact', 'sentence'] as const

const SPAN = /^(\d{1,9})-(\d{1,9})$/

/** Reads the reader's state from the URL (a repeated key keeps its first value, the rest reported); whether the fact exists is for the view to check against the article. */
export function parseSourcesSearch(params: URLSearchParams): SourcesSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const raw = readSingleParam(params, 'fact', notices)?.trim()
  const rawSentence = readSingleParam(params, 'sentence', notices)
  let sentence: TextSpan | null = null
  if (rawSentence !== null) {
    const match = SPAN.exec(rawSentence.trim())
    const start = Number(match?.[1])
    const end = Number(match?.[2])
    if (match && start < end) sentence = { start, end }
    else notices.push({ param: 'sentence', value: rawSentence })
  }
  return { fact: raw ? raw : null, sentence, notices }
}

/** Writes the reader's state, leaving the defaults (no fact, no sentence) out. */
export function toSourcesSearchParams({ fact, sentence }: SourcesSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (fact !== null) params.set('fact', fact)
  if (sentence !== null) params.set('sentence', `${sentence.start}-${sentence.end}`)
  return params
}
