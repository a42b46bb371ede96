import i18next, { type i18n, type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../langs'
import { I18N_OPTIONS, withNumberFormat } from './i18n-options'
import { languageChangerFor } from './language-changer'
import { loadLocale, type LocaleLoader } from './locale-loader'
import { en } from './locales/en'

/** Creates an i18next instance bound to React, in `lang`, with the given resources (English at least). */
export function initI18n(lang: Lang, resources: Resource): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({ ...I18N_OPTIONS, lng: lang, resources })
  return withNumberFormat(instance)
}

/**
 * Creates the app's i18next instance with English bundled and, for a Turkish or Azerbaijani reader, that language's
 * strings loaded before it resolves, so the first render is already in the reader's language. When they fail to
 * load, the instance stays in English and its language changer holds the failure, which the layout shows.
 */
export async function createLazyI18n(lang: Lang, load: LocaleLoader = loadLocale): Promise<i18n> {
  const instance = initI18n('en', { en: { translation: en } })
  const changer = languageChangerFor(instance, load)
  if (lang !== 'en') await changer.change(lang)
  return instance
}
