import { useContext, useSyncExternalStore } from 'react'
import { I18nContext } from 'react-i18next'
import { languageChangerFor, type LanguageChanger, type LanguageLoadState } from './language-changer'

/**
 * The interface's language changer. It belongs to the provided i18next instance itself: `useTranslation().i18n` is
 * a per-component wrapper around it (a new one on each language change), so it can't key the changer.
 */
export function useLanguageChanger(): LanguageChanger {
  return languageChangerFor(useContext(I18nContext).i18n)
}

/** The interface's language changer and how its latest switch stands (loading, failed, or settled). */
export function useLanguageLoad(): [state: LanguageLoadState, changer: LanguageChanger] {
  const changer = useLanguageChanger()
  const state = useSyncExternalStore(changer.subscribe, changer.getState, () => null)
  return [state, changer]
}
