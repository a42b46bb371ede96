import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { withIsolatedValue } from '../../components/ui/isolated-value'
import { useLinkWithSharedSearch } from '../../lib/use-shared-search'

/** Route `*`: says nothing lives at this path and links back to the overview. */
export function NotFoundRoute() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const withShared = useLinkWithSharedSearch()
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{withIsolatedValue((slot) => t('notFound.body', { path: slot }), pathname)}</p>
      <p>
        <Link to={withShared('/')}>{t('actions.backHome')}</Link>
      </p>
    </div>
  )
}
