import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, NavLink, useLocation, useParams } from 'react-router'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { useScrollToEntry } from '../../../lib/use-scroll-to-entry'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import { filterFigures } from '../lib/filter-figures'
import { useFigureFacets } from '../../../data/summary'
import { ThinnedNote } from '../../../components/ui/thinned-note'
import { splitMetricList } from '../lib/metric-groups'
import { toMetricSeries, type MetricSeries } from '../lib/to-metric-series'
import { indexArticles } from '../lib/to-source-history'
import { toTargetTracks } from '../lib/to-target-tracks'
import { MetricSection } from './metric-section'
import { useChartLinks } from './use-chart-links'

/** The targets view: every metric (or the one in the path) as chart, table and sourced figures, filtered by the URL. */
export function TargetsPage() {
  const { t } = useTranslation()
  const { metric } = useParams()
  const query = useViewFacts('figures')
  const [shared, updateShared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const format = useFigureFormat()

  const facts = query.data
  const articlesById = useMemo(() => indexArticles(facts?.articles ?? []), [facts])
  const { facets, metrics, query: summary } = useFigureFacets()
  const filtered = useMemo(() => filterFigures(facts?.figures ?? [], shared), [facts, shared])
  const series = useMemo(() => toMetricSeries(filtered), [filtered])
  const shown = useMemo(
    () => (metric === undefined ? series : series.filter((item) => item.metric === metric)),
    [metric, series],
  )
  const tracks = useMemo(() => toTargetTracks(filtered, articlesById), [filtered, articlesById])
  const shownTracks = useMemo(
    () => tracks.filter((track) => shown.some((item) => item.metric === track.metric)),
    [shown, tracks],
  )
  const charts = useChartLinks(shown, shownTracks)
  const metricList = useMemo(() => splitMetricList(series), [series])
  const metricLink = (item: MetricSeries) => (
    <li key={item.metric}>
      <NavLink to={withShared(`/targets/${encodeURIComponent(item.metric)}`)}>
        <bdi>{format.metricName(item.metric, item.label)}</bdi>
      </NavLink>
    </li>
  )
  // a figure's or a target's permalink (`#figure-<id>`, `#track-<id>`) scrolls to its card once it is drawn
  const { hash } = useLocation()
  useScrollToEntry(hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null, shown.length > 0)

  const body = () => {
    if (query.isPending || summary.isPending) return <Skeleton variant="chart" blocks={2} />
    const error = query.error ?? summary.error
    if (error) {
      const retry = () => void Promise.all([query.isError && query.refetch(), summary.isError && summary.refetch()])
      return <ErrorState error={error} onRetry={retry} retrying={query.isFetching || summary.isFetching} />
    }
    if (metrics.length === 0) return <EmptyState title={t('targets.emptyTitle')} />
    const known = metric === undefined || metrics.includes(metric)
    if (!known) {
      return (
        <EmptyState
          title={t('targets.unknownMetric', { metric })}
          action={<Link to={withShared('/targets')}>{t('targets.allMetrics')}</Link>}
        />
      )
    }
    return (
      <>
        <FilterBar
          sectors={facets.sectors}
          countries={facets.countries}
          selectedSectors={shared.sectors}
          selectedCountries={shared.countries}
          onChange={(next) => updateShared(next)}
        />
        <ThinnedNote thinned={facts?.thinned} metrics={metric === undefined ? undefined : [metric]} />
        <nav className="metric-nav" aria-label={t('targets.metrics')}>
          <ul>
            <li>
              <NavLink to={withShared('/targets')} end>
                {t('targets.allMetrics')}
              </NavLink>
            </li>
            {metricList.known.map(metricLink)}
          </ul>
          {metricList.worded.length > 0 ? (
            <details open={metricList.worded.some((item) => item.metric === metric)}>
              <summary>{t('targets.wordedMetrics', { count: metricList.worded.length })}</summary>
              <ul>{metricList.worded.map(metricLink)}</ul>
            </details>
          ) : null}
        </nav>
        {shown.length === 0 ? (
          <FilteredEmptyState
            title={t('targets.filteredTitle')}
            body={t('targets.filteredBody')}
            onClear={() => updateShared({ sectors: [], countries: [] })}
          />
        ) : (
          shown.map((item) => (
            <MetricSection
              key={item.metric}
              series={item}
              tracks={shownTracks.filter((track) => track.metric === item.metric)}
              articlesById={articlesById}
              charts={charts}
            />
          ))
        )}
      </>
    )
  }

  return (
    <div className="page">
      <h1>{t('targets.title')}</h1>
      <p className="lede">{t('targets.intro')}</p>
      <SearchNotices notices={charts.notices} />
      {body()}
    </div>
  )
}
