import type { i18n } from 'i18next'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from '../doc-type-label'
import { isLang, type Lang } from '../langs'
import { cachedTranslate, stringsOf } from './translation-cache'

/** The interface language and its translators, read once at the root for every component below it. */
export interface Translation {
  /** The active interface language as one of the supported codes. */
  lang: Lang
  /** Looks keys up, caching those asked for without values (see {@link cachedTranslate}). */
  t: Translate
  /** i18next's own translator and the strings cache of the language it is fixed to. */
  raw: Translate
  strings: Map<string, string>
}

const TranslationContext = createContext<Translation | null>(null)

/** The language a react-i18next translator is fixed to (i18next sets `lng` on it), else the instance's. */
const langOf = (t: Translate, instance: i18n) => (t as { lng?: unknown }).lng ?? instance.language

/**
 * Reads react-i18next once for the whole tree. Each `useTranslation` call builds a wrapper of the instance and
 * subscribes to its events in an effect of its own: a page of 50 cards with their quotes made 300 such calls on
 * every filter click, about a tenth of the click. Below this provider the language and translators are a context
 * read, and they change (re-rendering the readers) when react-i18next re-renders this on a language change.
 */
export function TranslationProvider({ children }: { children: ReactNode }) {
  const { t, i18n: instance } = useTranslation()
  const resolved = instance.resolvedLanguage ?? instance.language
  const fixedTo = String(langOf(t, instance))
  const value = useMemo<Translation>(() => {
    const strings = stringsOf(instance, fixedTo)
    return { lang: isLang(resolved) ? resolved : 'en', t: cachedTranslate(t, strings), raw: t, strings }
  }, [t, instance, resolved, fixedTo])
  return <TranslationContext value={value}>{children}</TranslationContext>
}

/** The root's {@link Translation}; it must be rendered inside a {@link TranslationProvider} (the app's provider). */
export function useTranslationContext(): Translation {
  const translation = useContext(TranslationContext)
  if (translation === null)
    throw new Error('useTranslationContext needs a <TranslationProvider> (AppProvider) above it')
  return translation
}
