import { useEffect } from 'react'
import { browserLanguages, pickLanguage, readStoredLanguage, storeLanguage } from '../../lib/i18n/language-preference'
import { useLanguageChanger } from '../../lib/i18n/use-language-load'
import type { SharedSearch } from '../../lib/shared-search'

/**
 * Keeps the interface language in step with the URL's `lang` (remembering it), else the stored or browser language.
 * A language whose strings are not loaded yet is loaded first and only then switched to, so no view shows raw keys;
 * until then, or when loading fails, the interface stays in its current language.
 */
export function useLanguageSync(urlLang: SharedSearch['lang']): void {
  const changer = useLanguageChanger()
  useEffect(() => {
    if (urlLang) storeLanguage(urlLang)
    const lang = pickLanguage(urlLang, readStoredLanguage(), browserLanguages())
    void changer.change(lang).then((changed) => {
      if (changed) document.documentElement.lang = lang
    })
  }, [urlLang, changer])
}
