import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { storeLanguage } from '../../lib/i18n/language-preference'
import { useLanguageLoad } from '../../lib/i18n/use-language-load'
import { useLang } from '../../lib/i18n/use-lang'
import { isLang, LANGS, NATIVE_NAMES } from '../../lib/langs'
import { useSharedSearch } from '../../lib/use-shared-search'

/**
 * Lets the reader pick the interface language; the choice goes into the URL and is remembered. While the picked
 * language's strings load, the select shows it and a status says so; the rest of the page stays usable.
 */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const lang = useLang()
  const [load, changer] = useLanguageLoad()
  const [, updateShared] = useSharedSearch()
  const id = useId()
  const loading = load?.status === 'loading' ? load.lang : null
  return (
    <span className="setting">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={loading ?? lang}
        aria-busy={loading !== null}
        onChange={(event) => {
          const next = event.target.value
          if (!isLang(next)) return
          storeLanguage(next)
          updateShared({ lang: next })
          // the URL already names a language that failed to load: picking it again is the retry
          if (load?.status === 'failed' && load.lang === next) void changer.change(next)
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
      <span className="setting__status" role="status">
        {loading ? t('settings.languageLoading', { language: NATIVE_NAMES[loading] }) : ''}
      </span>
    </span>
  )
}
