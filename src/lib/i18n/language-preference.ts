import { isLang, type Lang } from '../langs'

const STORAGE_KEY = 'corridor-watch:lang'

/** Picks the interface language: the URL's, else the remembered one, else the browser's, else English. */
export function pickLanguage(urlLang: Lang | null, stored: string | null, browserLanguages: readonly string[]): Lang {
  if (urlLang) return urlLang
  if (stored && isLang(stored)) return stored
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? ''
    if (isLang(base)) return base
  }
  return 'en'
}

/** Reads the remembered interface language, tolerating storage that is blocked. */
export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** Remembers the interface language for the next visit, tolerating storage that is blocked. */
export function storeLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private modes may refuse storage; the URL still carries the language
  }
}

/** Lists the browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}
