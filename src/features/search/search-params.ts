import { readSingleParam, type SearchNotice } from '../../lib/search-notice'

/** The search view's own URL state: the query as typed. */
export interface SearchSearch {
  q: string
}

/** Names the URL parameters the search view owns. */
export const SEARCH_KEYS = ['q'] as const

/** Longer queries are cut: the index matches words, and a few words find what a paragraph would. */
export const MAX_QUERY_LENGTH = 200

/** Reads the query from the URL (a repeated `q` keeps its first value, the rest reported). */
export function parseSearchSearch(params: URLSearchParams): SearchSearch & { notices: SearchNotice[] } {
  const notices: SearchNotice[] = []
  const q = (readSingleParam(params, 'q', notices) ?? '').slice(0, MAX_QUERY_LENGTH)
  return { q, notices }
}

/** Writes the query, leaving an empty one out. */
export function toSearchSearchParams({ q }: SearchSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (q.trim() !== '') params.set('q', q)
  return params
}

/** The link to the search page for a query. */
export function searchHref(q: string): string {
  const query = toSearchSearchParams({ q }).toString()
  return query === '' ? '/search' : `/search?${query}`
}
