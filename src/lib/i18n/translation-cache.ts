import type { i18n } from 'i18next'
import type { Translate } from '../doc-type-label'

/** Interface strings already looked up, by i18next instance (its resource store) and language. */
const lookedUp = new WeakMap<object, Map<string, Map<string, string>>>()

/**
 * The strings looked up so far in one instance's language (resources are added before a language is switched to).
 * Keyed by the instance's store: react-i18next hands each component a wrapper of the instance of its own.
 */
export function stringsOf(instance: i18n, lang: string): Map<string, string> {
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
