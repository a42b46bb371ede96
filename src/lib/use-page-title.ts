import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Joins a page's title parts, most specific first, ending with the site's name: "Trade turnover · Targets · Corridor Watch". */
export function toPageTitle(parts: readonly (string | null | undefined)[], site: string, separator = ' · '): string {
  return [...parts.filter((part): part is string => Boolean(part)), site].join(separator)
}

/** Sets the document title (tabs, history, bookmarks, shared links) from the page's parts, most specific first. */
export function usePageTitle(parts: readonly (string | null | undefined)[]): void {
  const { t } = useTranslation()
  const title = toPageTitle(parts, t('app.title'), t('pageTitle.separator'))
  useEffect(() => {
    document.title = title
  }, [title])
}
