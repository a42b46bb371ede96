import { useTranslation } from 'react-i18next'
import { useLanguageLoad } from '../../lib/i18n/use-language-load'
import { NATIVE_NAMES } from '../../lib/langs'

/** Says that the picked interface language failed to load, that the interface stays as it is, and offers a retry. */
export function LanguageLoadNotice() {
  const { t } = useTranslation()
  const [load, changer] = useLanguageLoad()
  if (load?.status !== 'failed') return null
  return (
    <aside className="notice" role="alert">
      <p className="notice__title">{t('settings.languageFailed', { language: NATIVE_NAMES[load.lang] })}</p>
      <button type="button" className="button" onClick={() => void changer.change(load.lang)}>
        {t('actions.retry')}
      </button>
    </aside>
  )
}
