import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { Pager } from '../../../components/ui/pager'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import type { SearchNotice } from '../../../lib/search-notice'
import { usePage, type Paging } from '../../../lib/use-page'
import { useScrollToEntry } from '../../../lib/use-scroll-to-entry'
import { useSharedSearch } from '../../../lib/use-shared-search'
import type { Agreement, FactsFile } from '../../../schema/dataset'
import { agreementFacets, filterAgreements, findAgreement, toAgreementEntries } from '../lib/agreement-list'
import type { AgreementsSearch } from '../search-params'
import { useAgreementsSearch } from '../use-agreements-search'
import { AgreementCard } from './agreement-card'
import { AgreementsCoverage } from './agreements-coverage'
import './agreements.css'

/** A move to another page leaves the highlighted document behind on its own page. */
const LEFT_ON_ITS_PAGE = ['agreement'] as const

/**
 * The agreements view: each document or package once with its sector chips, filtered by the URL, a page at a time,
 * with a chart.
 */
export function AgreementsPage() {
  const { t } = useTranslation()
  const query = useViewFacts('agreements')
  const [search, updateSearch] = useAgreementsSearch()
  const [shared] = useSharedSearch()
  const entries = useMemo(
    () => (query.data ? toAgreementEntries(filterAgreements(query.data.agreements, shared)) : null),
    [query.data, shared],
  )
  // a link to one document (`?agreement=<id>`) without a page opens the page that holds it
  const paging = usePage(entries?.length ?? null, {
    fallbackIndex: entries?.findIndex((agreement) => agreement.id === search.agreement) ?? null,
    drop: LEFT_ON_ITS_PAGE,
  })
  const unknownAgreement: SearchNotice[] =
    query.data && search.agreement !== null && findAgreement(query.data.agreements, search.agreement) === null
      ? [{ param: 'agreement', value: search.agreement }]
      : []
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
          entries={entries ?? []}
          paging={paging}
          search={search}
          onTabChange={(tab) => updateSearch({ tab })}
        />
      )}
    </div>
  )
}

interface AgreementsBodyProps {
  facts: FactsFile
  /** The documents the filters let through, in list order. */
  entries: readonly Agreement[]
  paging: Paging
  search: AgreementsSearch
  onTabChange: (tab: 'chart' | 'table') => void
}

function AgreementsBody({ facts, entries, paging, search, onTabChange }: AgreementsBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const eventsById = useMemo(() => new Map(facts.events.map((event) => [event.id, event])), [facts])
  const facets = useMemo(() => agreementFacets(facts.agreements), [facts])
  const heading = useRef<HTMLHeadingElement>(null)
  useScrollToEntry(search.agreement, entries.length > 0)

  if (facts.agreements.length === 0) return <EmptyState title={t('agreements.emptyTitle')} />
  return (
    <>
      <FilterBar
        sectors={facets.sectors}
        countries={facets.countries}
        selectedSectors={shared.sectors}
        selectedCountries={shared.countries}
        onChange={(next) => updateShared(next)}
      />
      {entries.length === 0 ? (
        <FilteredEmptyState
          title={t('agreements.filteredTitle')}
          body={t('agreements.filteredBody')}
          onClear={() => updateShared({ sectors: [], countries: [] })}
        />
      ) : (
        <>
          <AgreementsCoverage facts={facts} tab={search.tab} onTabChange={onTabChange} />
          <section className="agreement-list" aria-labelledby="agreement-list-title">
            <h2 id="agreement-list-title" ref={heading} tabIndex={-1}>
              {t('occasions.listTitle', { count: entries.length })}
            </h2>
            <div className="agreement-grid">
              {entries.slice(paging.start, paging.end).map((agreement) => (
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
