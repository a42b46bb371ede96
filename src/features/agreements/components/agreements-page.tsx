import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { Pager } from '../../../components/ui/pager'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { useAgreementFacets } from '../../../data/summary'
import type { SearchNotice } from '../../../lib/search-notice'
import { entriesOnPage } from '../../../lib/paging'
import { usePage, type Paging } from '../../../lib/use-page'
import { useScrollToEntry } from '../../../lib/use-scroll-to-entry'
import { useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { findAgreement } from '../lib/agreement-list'
import { agreementListView, type AgreementListView } from '../lib/agreement-view'
import type { AgreementsSearch } from '../search-params'
import { useAgreementList, useAgreementsPreview } from '../use-agreement-list'
import { useAgreementsSearch } from '../use-agreements-search'
import { AgreementCard } from './agreement-card'
import { AgreementsCoverage } from './agreements-coverage'
import './agreements.css'
import { FirstScreenEnd } from '../../../components/ui/first-screen-end'

/** A move to another page leaves the highlighted document behind on its own page. */
const LEFT_ON_ITS_PAGE = ['agreement'] as const

/**
 * The agreements view: each document or package once with its sector chips, filtered by the URL, a page at a time,
 * with a chart.
 */
export function AgreementsPage() {
  const { t } = useTranslation()
  const [search, updateSearch] = useAgreementsSearch()
  const { query, located } = useAgreementList(search.agreement)
  const [shared] = useSharedSearch()
  const view = useMemo(() => (query.data ? agreementListView(query.data, shared) : null), [query.data, shared])
  // a link to one document (`?agreement=<id>`) without a page opens the page that holds it
  const wholeIndex = view && search.agreement !== null && !located ? findIndex(view, search.agreement) : null
  const paging = usePage(view?.total ?? null, {
    fallbackIndex: located ? located.index : wholeIndex,
    drop: LEFT_ON_ITS_PAGE,
  })
  // a page of a series can't say an agreement is unknown (it may sit on another page): only the locator can
  const known = located
    ? located.known
    : query.data && !query.data.list
      ? findAgreement(query.data.agreements, search.agreement) !== null
      : null
  const unknownAgreement: SearchNotice[] =
    search.agreement !== null && known === false ? [{ param: 'agreement', value: search.agreement }] : []
  return (
    <div className="page">
      <h1>{t('agreements.title')}</h1>
      <p className="lede">{t('occasions.agreementsIntro')}</p>
      <SearchNotices notices={[...search.notices, ...unknownAgreement, ...paging.notices]} />
      {query.isPending ? (
        <Skeleton variant="chart" blocks={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <AgreementsBody
          facts={query.data}
          view={view!}
          updating={query.isPlaceholderData}
          paging={paging}
          search={search}
          onTabChange={(tab) => updateSearch({ tab })}
        />
      )}
    </div>
  )
}

/** The linked entry's index in a list wholly at hand, or -1 (a list only partly at hand answers null). */
function findIndex(view: AgreementListView, id: string): number | null {
  if (!view.complete) return null
  const index = view.entries.findIndex((agreement) => agreement.id === id)
  return index < 0 ? -1 : view.offset + index
}

interface AgreementsBodyProps {
  facts: FactsFile
  /** The documents the filters let through that this file holds, with the counts over all of them. */
  view: AgreementListView
  /** Another filter's or page's file is loading: what shows is the previous one's. */
  updating: boolean
  paging: Paging
  search: AgreementsSearch
  onTabChange: (tab: 'chart' | 'table') => void
}

function AgreementsBody({ facts, view, updating, paging, search, onTabChange }: AgreementsBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const eventsById = useMemo(() => new Map(facts.events.map((event) => [event.id, event])), [facts])
  const { facets, count } = useAgreementFacets()
  const preview = useAgreementsPreview()
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = entriesOnPage(view.entries, view.offset, paging)
  useScrollToEntry(search.agreement, shown.length > 0)

  if (count === 0 || (count === null && view.total === 0 && facts.agreements.length === 0))
    return <EmptyState title={t('agreements.emptyTitle')} />
  return (
    <>
      <FilterBar
        sectors={facets.sectors}
        countries={facets.countries}
        selectedSectors={shared.sectors}
        selectedCountries={shared.countries}
        onChange={(next) => updateShared(next)}
        onPreview={preview}
      />
      {view.total === 0 ? (
        <FilteredEmptyState
          title={t('agreements.filteredTitle')}
          body={t('agreements.filteredBody')}
          onClear={() => updateShared({ sectors: [], countries: [] })}
        />
      ) : (
        <>
          <AgreementsCoverage facts={facts} view={view} tab={search.tab} onTabChange={onTabChange} />
          <FirstScreenEnd />
          <section className="agreement-list" aria-labelledby="agreement-list-title" aria-busy={updating}>
            <h2 id="agreement-list-title" ref={heading} tabIndex={-1}>
              {t('occasions.listTitle', { count: view.total })}
            </h2>
            <div className={updating ? 'agreement-grid is-updating' : 'agreement-grid'}>
              {shown.map((agreement) => (
                <AgreementCard
                  key={agreement.id}
                  agreement={agreement}
                  articlesById={articlesById}
                  occasion={agreement.occasionId ? (eventsById.get(agreement.occasionId) ?? null) : null}
                  highlighted={agreement.id === search.agreement}
                />
              ))}
            </div>
            <Pager paging={paging} label={t('agreements.pagesLabel')} focusTarget={heading} />
          </section>
        </>
      )}
    </>
  )
}
