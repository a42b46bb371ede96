import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { browserLanguages, pickLanguage, readStoredLanguage, storeLanguage } from '../../lib/i18n/language-preference'
import type { SharedSearch } from '../../lib/shared-search'

/** Keeps the interface language in step with the URL's `lang` (remembering it), else the stored or browser language. */
export function useLanguageSync(urlLang: SharedSearch['lang']): void {
  const { i18n } = useTranslation()
  useEffect(() => {
    if (urlLang) storeLanguage(urlLang)
    const lang = pickLanguage(urlLang, readStoredLanguage(), browserLanguages())
    if (i18n.language !== lang) void i18n.changeLanguage(lang)
    document.documentElement.lang = lang
  }, [urlLang, i18n])
}
