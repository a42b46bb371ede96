import { useTranslation } from 'react-i18next'
import { Outlet, ScrollRestoration } from 'react-router'
import { SearchNotices } from '../../components/ui/search-notices'
import { useSharedSearch } from '../../lib/use-shared-search'
import { LanguageLoadNotice } from './language-load-notice'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { useLanguageSync } from './use-language-sync'
import { useRouteTitle } from './use-route-title'

/** The frame of every view: skip link, header, notices for ignored link parameters, the view, footer. */
export function RootLayout() {
  const { t } = useTranslation()
  const [shared] = useSharedSearch()
  useLanguageSync(shared.lang)
  useRouteTitle()
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <LanguageLoadNotice />
        <SearchNotices notices={shared.notices} />
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  )
}
