import { useMemo } from 'react'
import type { Translate } from '../doc-type-label'
import { useTranslationContext } from './translation-context'

/**
 * The active language's translator, caching the lookups without values, shared by every component (read from the
 * root's {@link useTranslationContext}: react-i18next gives each component a translator of its own).
 */
export function useCachedTranslate(): Translate {
  return useTranslationContext().t
}

/**
 * A translator that caches every lookup, with values or without, once per language: for labels drawn by the hundred
 * from a bounded set of values (a document type and its years, a package's count, a language's name), which an
 * i18next lookup would interpolate anew each time (the monthly grid's tooltip too: the pointer asks for the same
 * cell's title at every move across it). Never for values without bound, such as article titles: the cache keeps
 * every string it made.
 */
export function useLabelTranslate(): Translate {
  const { raw: t, strings } = useTranslationContext()
  return useMemo(
    () => (key, values) => {
      const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`
      const found = strings.get(id)
      if (found !== undefined) return found
      const text = t(key, values)
      strings.set(id, text)
      return text
    },
    [t, strings],
  )
}
