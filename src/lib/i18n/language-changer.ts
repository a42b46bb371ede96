import type { i18n } from 'i18next'
import type { Lang } from '../langs'
import { ensureLanguage, loadLocale, type LocaleLoader } from './locale-loader'

/** A language switch under way (its strings loading) or one that failed; `null` when the interface is settled. */
export type LanguageLoadState = { readonly lang: Lang; readonly status: 'loading' | 'failed' } | null

/** Changes an instance's language only once the strings are there, and tells subscribers how that goes. */
export interface LanguageChanger {
  /** Loads `lang`'s strings, then switches; resolves `true` once switched, `false` if it failed or was overtaken. */
  change: (lang: Lang) => Promise<boolean>
  getState: () => LanguageLoadState
  subscribe: (listener: () => void) => () => void
}

function createLanguageChanger(instance: i18n, load: LocaleLoader): LanguageChanger {
  let state: LanguageLoadState = null
  let requested: { lang: Lang; done: Promise<boolean> } | null = null
  const listeners = new Set<() => void>()
  const setState = (next: LanguageLoadState) => {
    if (next?.lang === state?.lang && next?.status === state?.status) return
    state = next
    for (const listener of listeners) listener()
  }

  const switchTo = async (lang: Lang): Promise<boolean> => {
    if (!instance.hasResourceBundle(lang, 'translation')) setState({ lang, status: 'loading' })
    try {
      await ensureLanguage(instance, lang, load)
    } catch {
      if (requested?.lang === lang) setState({ lang, status: 'failed' }) // the interface stays as it is
      return false
    }
    if (requested?.lang !== lang) return false // the reader picked another language meanwhile
    await instance.changeLanguage(lang)
    setState(null)
    return true
  }

  return {
    change: (lang) => {
      if (requested?.lang === lang && state?.status === 'loading') return requested.done
      if (instance.language === lang) {
        requested = null
        setState(null)
        return Promise.resolve(true)
      }
      const done = switchTo(lang)
      requested = { lang, done }
      return done
    },
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const changers = new WeakMap<i18n, LanguageChanger>()

/** The one language changer of an i18next instance (created on first use, loading with `load`). */
export function languageChangerFor(instance: i18n, load: LocaleLoader = loadLocale): LanguageChanger {
  let changer = changers.get(instance)
  if (!changer) {
    changer = createLanguageChanger(instance, load)
    changers.set(instance, changer)
  }
  return changer
}
