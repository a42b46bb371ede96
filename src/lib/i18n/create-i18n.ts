import type { i18n } from 'i18next'
import type { Lang } from '../langs'
import { initI18n } from './create-lazy-i18n'
import { az } from './locales/az'
import { en } from './locales/en'
import { tr } from './locales/tr'

/**
 * Creates an i18next instance with every language bundled, ready synchronously in the given language. For tests and
 * the build (baking) only: the app's entry uses `createLazyI18n`, which bundles English alone.
 */
export function createI18n(lang: Lang): i18n {
  return initI18n(lang, { en: { translation: en }, tr: { translation: tr }, az: { translation: az } })
}
