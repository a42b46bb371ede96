import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { prePaintScript, ROUTE_CHUNKS_SLOT } from '../../../scripts/pre-paint'
import { dataUrl } from '../../../src/data/fetch-json'
import { articleFile } from '../../../src/data/queries'
import { viewFileList } from '../../../src/data/view-slices'
import { dataPreloadUrls, routeSegments } from '../../../src/lib/early-loads'
import { SEARCH_DIR } from '../../../src/schema/search-index'

const preloadsAt = (address: string, base = '/') => {
  const { pathname, search } = new URL(address, 'http://host.test')
  return dataPreloadUrls(routeSegments(pathname, base), search, base)
}

/** The URL the app fetches an article's reader file from (the tests run with the base `/`). */
const readerFileUrl = (articleId: string) =>
  dataUrl(viewFileList({ reader: articleId }, new URLSearchParams())[0]!.path)

describe('routeSegments(pathname, base)', () => {
  it.each([
    ['/', '/', []],
    ['/sources/a1', '/', ['sources', 'a1']],
    ['/sources/a1/', '/', ['sources', 'a1']],
    ['//sources//a1', '/', ['sources', 'a1']],
    ['/corridor-watch/sources/a1', '/corridor-watch/', ['sources', 'a1']],
    ['/corridor-watch', '/corridor-watch/', []],
    ['/corridor-watch/', '/corridor-watch/', []],
    ['/corridor-watch-2/sources/a1', '/corridor-watch/', null],
    ['/sources/a1', '/corridor-watch/', null],
    ['/sources/a1', './', null],
  ])('%j under %j reads %j', (pathname, base, expected) => {
    expect(routeSegments(pathname, base)).toEqual(expected)
  })
})

describe('dataPreloadUrls: what an address asks for before the app runs', () => {
  it.each(['synthetic-000000', 'a b', 'çay-ölçüsü', "it's (2024)", 'a%b', 'a+b'])(
    'a reader page asks for the very URL the app fetches its file from: %j',
    (articleId) => {
      expect(preloadsAt(`/sources/${encodeURIComponent(articleId)}`)).toEqual([readerFileUrl(articleId)])
    },
  )

  it('under a sub-path, the reader file and the manifest are under it too', () => {
    const base = '/corridor-watch/'
    const reader = viewFileList({ reader: 'x-1' }, new URLSearchParams())[0]!.path
    expect(preloadsAt('/corridor-watch/sources/x-1', base)).toEqual([`${base}data/${reader}`])
    expect(preloadsAt('/corridor-watch/search?q=oil', base)).toEqual([`${base}data/${SEARCH_DIR}/manifest.json`])
    expect(preloadsAt('/sources/x-1', base)).toEqual([])
  })

  it('asks for the reader file only, not the text: an unknown id must not ask for one', () => {
    expect(preloadsAt('/sources/x-1')).not.toContain(dataUrl(articleFile('x-1')))
  })

  it.each([
    ['a malformed escape in the id', '/sources/%E0%A4%A'],
    ['the list of articles', '/sources'],
    ['the list, with a trailing slash', '/sources/'],
    ['a path below an article', '/sources/x-1/more'],
    ['another view', '/agreements?sector=energy'],
    ['the home page', '/'],
    ['a search with no query', '/search'],
    ['a search with no words', '/search?q=%20%2C!'],
    ['a query parameter on a reader page that is not the search', '/sources?q=oil'],
  ])('%s asks for nothing (%s)', (_name, address) => {
    expect(preloadsAt(address)).toEqual([])
  })

  it('a search with words asks for the index manifest, as the search page does', () => {
    expect(preloadsAt('/search?q=Türkmenistan')).toEqual([dataUrl(`${SEARCH_DIR}/manifest.json`)])
    expect(preloadsAt('/search?q=2024&lang=tr')).toEqual([dataUrl(`${SEARCH_DIR}/manifest.json`)])
  })
})

describe('the pre-paint script', () => {
  const chunks = { sources: ['assets/main-1.js', 'assets/sources-1.js'] }

  /**
   * Runs the script's text on its own, as the page does, with just enough of a browser, and with the build's list of
   * each view's code filled in; `bakedFor` is the path the page was baked for, if any. Returns the links added.
   */
  function runScript(base: string, pathname: string, { search = '', bakedFor = '', filled = true } = {}) {
    const links: Record<string, string>[] = []
    const attributes: Record<string, string> = {}
    const browser = {
      window: { localStorage: { getItem: () => null } },
      navigator: { languages: ['en-US'], language: 'en-US' },
      location: { pathname, search },
      URLSearchParams,
      document: {
        documentElement: {
          setAttribute: (name: string, value: string) => (attributes[name] = value),
          getAttribute: (name: string) => attributes[name] ?? null,
        },
        querySelector: () => (bakedFor === '' ? null : { getAttribute: () => bakedFor }),
        createElement: () => ({}),
        head: { appendChild: (link: Record<string, string>) => links.push({ ...link }) },
      },
    }
    const script = prePaintScript(base)
    runInNewContext(filled ? script.replace(ROUTE_CHUNKS_SLOT, JSON.stringify(chunks)) : script, browser)
    return { links, attributes }
  }

  it('stands alone; on a page the app renders, asks for the data and the code, as the app will ask for them', () => {
    const { links, attributes } = runScript('/corridor-watch/', '/corridor-watch/sources/x-1')
    expect(attributes['data-render']).toBe('client')
    expect(links).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/corridor-watch/data/views/reader/x-1.json' },
      { rel: 'modulepreload', crossOrigin: 'anonymous', href: '/corridor-watch/assets/main-1.js' },
      { rel: 'modulepreload', crossOrigin: 'anonymous', href: '/corridor-watch/assets/sources-1.js' },
    ])
  })

  it('on a baked page shown as it is, asks for its data but leaves the code to after the first paint', () => {
    const { links, attributes } = runScript('/', '/sources/x-1', { bakedFor: '/sources/x-1' })
    expect(attributes['data-render']).toBe('baked')
    expect(links).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/data/views/reader/x-1.json' },
    ])
  })

  it('adds nothing where the view needs no data ahead and has no code listed', () => {
    expect(runScript('/', '/timeline').links).toEqual([])
  })

  it('in development, with no list of code, asks for the data alone', () => {
    expect(runScript('/', '/sources/x-1', { filled: false }).links.map((link) => link.rel)).toEqual(['preload'])
  })
})
