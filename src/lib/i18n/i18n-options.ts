import type { InitOptions } from 'i18next'
import { LANGS } from '../langs'

/** The options every i18next instance here shares: English fallback, synchronous init, no escaping (React escapes). */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  initAsync: false, // the resources are given at init, so the first render already has its strings
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false, // no advertisement in the console (or in the build's log)
} satisfies InitOptions
