import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { storeLanguage } from '../../lib/i18n/language-preference'
import { useLang } from '../../lib/i18n/use-lang'
import { isLang, LANGS, type Lang } from '../../lib/langs'
import { useSharedSearch } from '../../lib/use-shared-search'

// Each language names itself, so a reader who can't read the current interface still finds theirs.
const NATIVE_NAMES: Record<Lang, string> = { en: 'English', tr: 'Türkçe', az: 'Azərbaycanca' }

/** Lets the reader pick the interface language; the choice goes into the URL and is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const lang = useLang()
  const [, updateShared] = useSharedSearch()
  const id = useId()
  return (
    <span className="setting">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={lang}
        onChange={(event) => {
          const next = event.target.value
          if (!isLang(next)) return
          storeLanguage(next)
          updateShared({ lang: next })
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  )
}
