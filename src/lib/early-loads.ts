// What a page can start loading before the app's code has arrived. The pre-paint script (scripts/pre-paint.ts) runs
// these functions inline, from their source text, before anything else on the page: they must stand alone (no
// imports, no helpers outside their own body, nothing a compiler would add a helper for).

/**
 * The address's path below the build's base, in segments as the router reads them (runs of slashes collapsed, a
 * trailing slash ignored), still percent-encoded; `[]` at the home page. Null when the path is not under an absolute
 * base (a relative base, `./`, cannot be told from the address).
 */
export function routeSegments(pathname: string, base: string): string[] | null {
  if (base.charAt(0) !== '/') return null
  const path = pathname.replace(/\/{2,}/g, '/')
  const prefix = base.charAt(base.length - 1) === '/' ? base : base + '/'
  if (path + '/' === prefix) return []
  if (path.indexOf(prefix) !== 0) return null
  const segments = path.slice(prefix.length).split('/')
  if (segments[segments.length - 1] === '') segments.pop()
  return segments
}

/**
 * The data files a view at this address fetches first and can be asked for before the app runs, as the app's fetch
 * asks for them (`dataUrl` in src/data/fetch-json.ts): a reader page's file (`views/reader/<id>.json`, whose first
 * entry is the heading) and, for a search with words in it, the search index's manifest (the shards it needs are
 * only known from it). Not the article's text: the reader file first tells whether the id exists (an unknown id
 * asks for no text). A malformed id asks for nothing.
 */
export function dataPreloadUrls(segments: readonly string[] | null, search: string, base: string): string[] {
  if (segments === null) return []
  const data = (base.charAt(base.length - 1) === '/' ? base : base + '/') + 'data/'
  if (segments.length === 2 && segments[0] === 'sources' && segments[1] !== '') {
    let id: string
    try {
      id = decodeURIComponent(segments[1] as string)
    } catch {
      return []
    }
    return [data + 'views/reader/' + encodeURIComponent(id) + '.json']
  }
  if (segments.length === 1 && segments[0] === 'search') {
    const q = new URLSearchParams(search).get('q')
    // a query without a letter or a digit has no words: the page asks for no index
    if (q !== null && /[\p{L}\p{N}]/u.test(q)) return [data + 'search/manifest.json']
  }
  return []
}
