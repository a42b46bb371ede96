import { useTranslation } from 'react-i18next'
import { useHref, useLocation, useParams } from 'react-router'
import { SearchNotices } from '../../components/ui/search-notices'
import { AgreementsChartEmbed } from '../../features/agreements/components/agreements-embed'
import { TargetsChartEmbed } from '../../features/targets/components/target-embeds'
import { TimelineChartEmbed } from '../../features/timeline/components/timeline-embed'
import { useLinkWithSharedSearch, useSharedSearch } from '../../lib/use-shared-search'
import { DataAsOf } from '../layout/data-as-of'
import { LanguageLoadNotice } from '../layout/language-load-notice'
import { useLanguageSync } from '../layout/use-language-sync'
import { usePageTitle } from '../../lib/use-page-title'

// The full view each embed links back to, keeping the embed's parameters (filters, language, tab).
function fullPath(kind: string, chartId: string): string {
  if (kind === 'agreements' || kind === 'timeline') return `/${kind}`
  if (kind === 'targets') return `/targets/${encodeURIComponent(chartId)}`
  const metric = chartId.split('.')[0] ?? chartId
  return `/targets/${encodeURIComponent(metric)}`
}

// The chart an embed path names: a metric or a target's progress, the agreements' coverage, the timeline.
function EmbeddedChart({ kind, chartId }: { kind: string; chartId: string }) {
  const { t } = useTranslation()
  switch (kind) {
    case 'targets':
    case 'progress':
      return <TargetsChartEmbed kind={kind === 'targets' ? 'metric' : 'progress'} chartId={chartId} />
    case 'agreements':
      return <AgreementsChartEmbed chartId={chartId} />
    case 'timeline':
      return <TimelineChartEmbed chartId={chartId} />
    default:
      return <p>{t('embed.unknownChart', { id: `${kind}/${chartId}` })}</p>
  }
}

/** Route `/embed/:kind/:chartId`: one chart with its source line and a link back, framed by another site. */
export function EmbedRoute() {
  const { t } = useTranslation()
  const { kind = '', chartId = '' } = useParams()
  const { search, hash } = useLocation()
  const [shared] = useSharedSearch()
  useLanguageSync(shared.lang)
  usePageTitle([t('pageTitle.embed')])
  const withShared = useLinkWithSharedSearch()
  const back = useHref(
    `${withShared(`${fullPath(kind, chartId)}${search}`)}${kind === 'progress' ? `#track-${chartId}` : hash}`,
  )
  return (
    <main id="main" className="embed">
      <h1 className="visually-hidden">{t('pageTitle.embed')}</h1>
      <LanguageLoadNotice />
      <SearchNotices notices={shared.notices} />
      <EmbeddedChart kind={kind} chartId={chartId} />
      <p className="embed__back">
        <a href={new URL(back, window.location.origin).toString()} target="_blank" rel="noopener">
          {t('embed.viewFull')}
        </a>
        {' · '}
        <DataAsOf />
      </p>
    </main>
  )
}
