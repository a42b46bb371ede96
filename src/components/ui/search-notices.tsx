import { useTranslation } from 'react-i18next'
import type { SearchNotice } from '../../lib/search-notice'
import { withIsolatedValue } from './isolated-value'

/** Props of {@link SearchNotices}. */
export interface SearchNoticesProps {
  notices: readonly SearchNotice[]
}

/** Tells the reader which link parameters were ignored because their values were unknown or malformed. */
export function SearchNotices({ notices }: SearchNoticesProps) {
  const { t } = useTranslation()
  if (notices.length === 0) return null
  return (
    <aside className="notice" role="status" aria-label={t('notices.title')}>
      <p className="notice__title">{t('notices.title')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.param}=${notice.value}`}>
            {withIsolatedValue((slot) => t('notices.item', { param: notice.param, value: slot }), notice.value)}
          </li>
        ))}
      </ul>
    </aside>
  )
}
