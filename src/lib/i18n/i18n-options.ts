import type { i18n, InitOptions } from 'i18next'
import { formatNumber } from '../format'
import { isLang, LANGS } from '../langs'

/** The options every i18next instance here shares: English fallback, synchronous init, no escaping (React escapes). */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  initAsync: false, // the resources are given at init, so the first render already has its strings
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false, // no advertisement in the console (or in the build's log)
} satisfies InitOptions

/**
 * Makes `{{count, number}}` in the strings group digits as the interface language does ("24,869" in English, "24.869"
 * in Turkish and Azerbaijani), through the app's own number format: Chromium has no Azerbaijani number data, which
 * i18next's built-in `number` format would need. Call after `init`.
 */
export function withNumberFormat(instance: i18n): i18n {
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng !== undefined && isLang(lng) ? lng : 'en') : String(value),
  )
  return instance
}
