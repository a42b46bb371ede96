// The one inline script of every page (vite.config.ts puts it into index.html's head; the CSP allows it by hash).
// It runs before first paint, so it must stand alone: no imports, nothing from the app's modules.

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

/** The script element's text: the function above, called at once. */
export function prePaintScript(): string {
  return `(${prePaint.toString()})()`
}
