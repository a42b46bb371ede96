import type { i18n } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from '../doc-type-label'

/** Interface strings already looked up, by i18next instance (its resource store) and language. */
const lookedUp = new WeakMap<object, Map<string, Map<string, string>>>()

/**
 * The strings looked up so far in one instance's language (resources are added before a language is switched to).
 * Keyed by the instance's store: react-i18next hands each component a wrapper of the instance of its own.
 */
function stringsOf(instance: i18n, lang: string): Map<string, string> {
  const byLang = lookedUp.get(instance.store) ?? new Map<string, Map<string, string>>()
  lookedUp.set(instance.store, byLang)
  const strings = byLang.get(lang) ?? new Map<string, string>()
  byLang.set(lang, strings)
  return strings
}

/**
 * Wraps a translator so that a key asked for without values is looked up once per language: a page of cards asks
 * for the same labels hundreds of times per render, and each i18next lookup resolves its key path anew.
 */
export function cachedTranslate(t: Translate, strings: Map<string, string>): Translate {
  return (key, values) => {
    if (values !== undefined) return t(key, values)
    const found = strings.get(key)
    if (found !== undefined) return found
    const text = t(key)
    strings.set(key, text)
    return text
  }
}

/** The language a react-i18next translator is fixed to (i18next sets `lng` on it), else the instance's. */
const langOf = (t: Translate, instance: i18n) => (t as { lng?: unknown }).lng ?? instance.language

/**
 * The active language's translator, caching the lookups without values (see {@link cachedTranslate}), shared by every
 * component: react-i18next gives each component a translator of its own, so a cache per translator would not be.
 */
export function useCachedTranslate(): Translate {
  const { t, i18n: instance } = useTranslation()
  const lang = langOf(t, instance)
  return useMemo(() => cachedTranslate(t, stringsOf(instance, String(lang))), [t, instance, lang])
}

/**
 * Returns a function that looks each key and set of values up once per language, for strings drawn by the hundred whose
 * values come back from one render to the next (the titles of a grid's circles). Keep it to bounded sets of values:
 * the cache keeps every string it made.
 */
export function useTranslateOnce(): (key: string, values: Record<string, string | number>) => string {
  const { t, i18n: instance } = useTranslation()
  const lang = langOf(t, instance)
  return useMemo(() => {
    const strings = stringsOf(instance, String(lang))
    return (key, values) => {
      const id = `${key}\u0000${JSON.stringify(values)}`
      const found = strings.get(id)
      if (found !== undefined) return found
      const text = t(key, values)
      strings.set(id, text)
      return text
    }
  }, [t, instance, lang])
}
