import type { i18n } from 'i18next'
import type { Lang } from '../langs'
import type { Messages } from './messages'

/** The languages whose strings are not bundled: each is its own chunk, fetched when a reader needs it. */
export type LazyLang = Exclude<Lang, 'en'>

/** Loads one language's strings. */
export type LocaleLoader = (lang: LazyLang) => Promise<Messages>

/**
 * Wraps per-language imports so each language is fetched once: callers share the pending promise and then the
 * result. A failed load is forgotten, so the next call tries again (a dropped connection is not final).
 */
export function createLocaleLoader(importers: Record<LazyLang, () => Promise<Messages>>): LocaleLoader {
  const cache = new Map<LazyLang, Promise<Messages>>()
  return (lang) => {
    const cached = cache.get(lang)
    if (cached) return cached
    const loading = importers[lang]().catch((error: unknown) => {
      cache.delete(lang)
      throw error
    })
    cache.set(lang, loading)
    return loading
  }
}

/** Loads Turkish and Azerbaijani from their own chunks (English is bundled with the entry). */
export const loadLocale: LocaleLoader = createLocaleLoader({
  tr: () => import('./locales/tr').then((module) => module.tr),
  az: () => import('./locales/az').then((module) => module.az),
})

/** Makes sure `lang`'s strings are in the instance, loading them first when they are not; English always is. */
export async function ensureLanguage(instance: i18n, lang: Lang, load: LocaleLoader = loadLocale): Promise<void> {
  if (lang === 'en' || instance.hasResourceBundle(lang, 'translation')) return
  const messages = await load(lang)
  instance.addResourceBundle(lang, 'translation', messages)
}
