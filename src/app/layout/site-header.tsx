import { useTranslation } from 'react-i18next'
import { Link, NavLink } from 'react-router'
import { CopyLinkButton } from '../../components/ui/copy-link-button'
import { dataUrl } from '../../data/fetch-json'
import { DATASET_FILE } from '../../data/queries'
import { useLinkWithSharedSearch } from '../../lib/use-shared-search'
import { HeaderSearch } from './header-search'
import { LanguageSwitch } from './language-switch'
import { ThemeSwitch } from './theme-switch'

const NAV = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/targets', key: 'nav.targets', end: false },
  { to: '/agreements', key: 'nav.agreements', end: false },
  { to: '/timeline', key: 'nav.timeline', end: false },
  { to: '/sources', key: 'nav.sources', end: false },
] as const

/** The page header: brand, main navigation (keeping filters and language), search, settings, Copy link, dataset download. */
export function SiteHeader() {
  const { t } = useTranslation()
  const withShared = useLinkWithSharedSearch()
  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link to={withShared('/')} className="brand">
          {t('app.title')}
        </Link>
        <div className="site-header__tools">
          <HeaderSearch />
          <LanguageSwitch />
          <ThemeSwitch />
          <CopyLinkButton />
          <a
            className="button button--quiet"
            href={dataUrl(DATASET_FILE)}
            download
            title={t('actions.downloadDatasetLong')}
          >
            {t('actions.downloadDataset')}
          </a>
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={withShared(item.to)} end={item.end}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
