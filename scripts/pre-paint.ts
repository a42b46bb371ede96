// The one inline script of every page (vite.config.ts puts it into index.html's head; the CSP allows it by hash).
// It runs before first paint, so it must stand alone: no imports, nothing from the app's modules but the functions of
// src/lib/early-loads.ts, which are written to run from their source text.
import { dataPreloadUrls, routeSegments } from '../src/lib/early-loads.ts'

/**
 * Before first paint: applies the remembered theme (so dark mode never flashes) and decides whether the baked page
 * may be shown as it is. It may only when it was baked for this very address, the address carries no query (filters,
 * language, tabs: view state a page baked without them would contradict) and the interface language will be English
 * (pages are baked in English; the app picks the language as src/lib/i18n/language-preference.ts does). Otherwise
 * `data-render="client"` hides the baked markup behind a placeholder and the app renders the view itself.
 */
export function prePaint(): void {
  const root = document.documentElement
  const stored = function (key: string): string | null {
    try {
      return window.localStorage.getItem(key)
    } catch {
      return null
    }
  }
  const theme = stored('corridor-watch:theme')
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme)
  const langs = ['en', 'tr', 'az']
  let lang = stored('corridor-watch:lang')
  if (lang === null || langs.indexOf(lang) < 0) {
    lang = 'en'
    const preferred = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language]
    for (let i = 0; i < preferred.length; i++) {
      const base = String(preferred[i]).toLowerCase().split('-')[0] ?? ''
      if (langs.indexOf(base) >= 0) {
        lang = base
        break
      }
    }
  }
  const baked = document.querySelector('meta[name="cw-baked-path"]')
  const path = location.pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  const asBaked =
    baked !== null && baked.getAttribute('content') === path && location.search.length <= 1 && lang === 'en'
  root.setAttribute('data-render', asBaked ? 'baked' : 'client')
}

/** Where the build writes each view's code files into the script (scripts/route-chunks.ts); none in development. */
export const ROUTE_CHUNKS_SLOT = '{}/*route-chunks*/'

/**
 * Asks for what the view at this address needs first while the page is still being parsed, instead of once the app
 * has booted and found out. Its data files (src/lib/early-loads.ts): a reader page the host has no baked copy of
 * boots the app, which only then asked for the article's file. And, when the app renders the view itself
 * (`data-render="client"`), the app's code and the view's (`chunks`, by the path's first segment): the page's entry
 * would load the app's code after the first frame, and the app the view's after that. Not on a baked page shown as
 * it is: compiling code as it arrives held its first frame back (src/boot.ts). Each is a `<link>` the app's own
 * request of the same URL, same mode and credentials, is answered from: `rel="preload" as="fetch" crossorigin` for
 * `fetch`, `rel="modulepreload" crossorigin` for `import`, so nothing is fetched twice.
 */
export function preloadEarly(
  segmentsOf: typeof routeSegments,
  urlsOf: typeof dataPreloadUrls,
  base: string,
  chunks: Readonly<Record<string, readonly string[]>>,
): void {
  const segments = segmentsOf(location.pathname, base)
  const links: [string, string][] = []
  const data = urlsOf(segments, location.search, base)
  for (let i = 0; i < data.length; i++) links.push(['preload', data[i] ?? ''])
  if (segments !== null && document.documentElement.getAttribute('data-render') === 'client') {
    const key = segments.length > 0 ? (segments[0] ?? '') : ''
    const code = Object.prototype.hasOwnProperty.call(chunks, key) ? (chunks[key] ?? []) : []
    for (let i = 0; i < code.length; i++) links.push(['modulepreload', base + (code[i] ?? '')])
  }
  for (let i = 0; i < links.length; i++) {
    const link = document.createElement('link')
    link.rel = links[i]?.[0] ?? ''
    if (link.rel === 'preload') link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = links[i]?.[1] ?? ''
    document.head.appendChild(link)
  }
}

/**
 * The script element's text: the functions above, called at once; `base` is the build's base path. The build fills
 * {@link ROUTE_CHUNKS_SLOT}.
 */
export function prePaintScript(base: string): string {
  const helpers = `${routeSegments.toString()}, ${dataPreloadUrls.toString()}`
  const early = `(${preloadEarly.toString()})(${helpers}, ${JSON.stringify(base)}, ${ROUTE_CHUNKS_SLOT})`
  return `(${prePaint.toString()})();\n${early}`
}
