import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../langs'
import { az } from './locales/az'
import { en } from './locales/en'
import { tr } from './locales/tr'

/** Creates an i18next instance with every language bundled, ready synchronously in the given language. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'tr', 'az'],
    resources: { en: { translation: en }, tr: { translation: tr }, az: { translation: az } },
    initAsync: false, // resources are bundled, so the first render already has its strings
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    showSupportNotice: false, // no advertisement in the console (or in the build's log)
  })
  return instance
}
