import { useTranslation } from 'react-i18next'
import { Link, useRouteError } from 'react-router'
import { ErrorState } from '../../components/ui/error-state'

/** Catches an error a view throws (including a failed lazy load) and offers a reload and a way home. */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  return (
    <div className="page">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <p>
        <Link to="/">{t('actions.backHome')}</Link>
      </p>
    </div>
  )
}
