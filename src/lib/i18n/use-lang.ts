import { useTranslation } from 'react-i18next'
import { isLang, type Lang } from '../langs'

/** Returns the active interface language as one of the supported codes. */
export function useLang(): Lang {
  const { i18n } = useTranslation()
  const lang = i18n.resolvedLanguage ?? i18n.language
  return isLang(lang) ? lang : 'en'
}
