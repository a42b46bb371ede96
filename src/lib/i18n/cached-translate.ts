import { useTranslation } from 'react-i18next'
import type { Translate } from '../doc-type-label'

const cachedBy = new WeakMap<Translate, Translate>()

/**
 * Wraps a translator so that a key asked for without values is looked up once. A page of cards asks for the same
 * labels hundreds of times per render, and each i18next lookup resolves its key path anew. The cache belongs to the
 * translator it wraps: react-i18next hands out a new one when the language changes, so no string goes stale.
 */
export function cachedTranslate(t: Translate): Translate {
  const known = cachedBy.get(t)
  if (known) return known
  const strings = new Map<string, string>()
  const cached: Translate = (key, values) => {
    if (values !== undefined) return t(key, values)
    const found = strings.get(key)
    if (found !== undefined) return found
    const text = t(key)
    strings.set(key, text)
    return text
  }
  cachedBy.set(t, cached)
  return cached
}

/** The active language's translator, caching the lookups without values (see {@link cachedTranslate}). */
export function useCachedTranslate(): Translate {
  return cachedTranslate(useTranslation().t)
}
