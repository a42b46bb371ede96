import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** The reader's own URL state: which fact to scroll to. */
export interface SourcesSearch {
  fact: string | null
}

/** Names the URL parameters the sources view owns. */
export const SOURCES_KEYS = ['fact'] as const

/** Reads the reader's state from the URL (a repeated `fact` keeps its first value, the rest reported); whether the fact exists is for the view to check against the article. */
export function parseSourcesSearch(params: URLSearchParams): SourcesSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const raw = readSingleParam(params, 'fact', notices)?.trim()
  return { fact: raw ? raw : null, notices }
}

/** Writes the reader's state, leaving the default (no fact) out. */
export function toSourcesSearchParams({ fact }: SourcesSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (fact !== null) params.set('fact', fact)
  return params
}
