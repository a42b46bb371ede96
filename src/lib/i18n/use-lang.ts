import type { Lang } from '../langs'
import { useTranslationContext } from './translation-context'

/** Returns the active interface language as one of the supported codes. */
export function useLang(): Lang {
  return useTranslationContext().lang
}
