// Which pages a build bakes: `BAKE_PAGES` narrows the list for large corpora, where baking every page takes too long.

/** The `BAKE_PAGES` setting: every page, none but 404.html, or the views with the first `articles` reader pages. */
export type BakePages = { kind: 'all' } | { kind: 'none' } | { kind: 'views'; articles: number }

/** Reads `BAKE_PAGES`: unset or `all`, `none`, or a whole number of reader pages; anything else throws. */
export function parseBakePages(value: string | undefined): BakePages {
  const text = (value ?? '').trim()
  if (text === '' || text === 'all') return { kind: 'all' }
  if (text === 'none') return { kind: 'none' }
  if (/^\d+$/.test(text)) return { kind: 'views', articles: Number(text) }
  throw new Error(`BAKE_PAGES must be all, none or a whole number of reader pages, not "${text}"`)
}

/** The reader pages' paths, `/sources/<id>`; the list of articles at `/sources` is a view. */
const isReaderPage = (path: string) => path.startsWith('/sources/')

/**
 * Keeps the paths a setting bakes, in their order: all of them, none, or every view and metric page with the first
 * `articles` reader pages. A path left out is served by 404.html, which boots the app and renders it in the browser.
 */
export function selectBakedPaths(paths: readonly string[], setting: BakePages): string[] {
  if (setting.kind === 'all') return [...paths]
  if (setting.kind === 'none') return []
  let readers = 0
  return paths.filter((path) => !isReaderPage(path) || (readers += 1) <= setting.articles)
}
