import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { factsQueryOptions } from '../../../data/queries'
import type { SearchNotice } from '../../../lib/search-notice'
import { useScrollToEntry } from '../../../lib/use-scroll-to-entry'
import { useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { agreementFacets, filterAgreements, findAgreement, toAgreementEntries } from '../lib/agreement-list'
import type { AgreementsSearch } from '../search-params'
import { useAgreementsSearch } from '../use-agreements-search'
import { AgreementCard } from './agreement-card'
import { AgreementsCoverage } from './agreements-coverage'
import './agreements.css'

/** The agreements view: each document or package once with its sector chips, filtered by the URL, with a chart. */
export function AgreementsPage() {
  const { t } = useTranslation()
  const query = useQuery(factsQueryOptions())
  const [search, updateSearch] = useAgreementsSearch()
  const unknownAgreement: SearchNotice[] =
    query.data && search.agreement !== null && findAgreement(query.data.agreements, search.agreement) === null
      ? [{ param: 'agreement', value: search.agreement }]
      : []
  return (
    <div className="page">
      <h1>{t('agreements.title')}</h1>
      <p className="lede">{t('occasions.agreementsIntro')}</p>
      <SearchNotices notices={[...search.notices, ...unknownAgreement]} />
      {query.isPending ? (
        <Skeleton variant="chart" blocks={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <AgreementsBody facts={query.data} search={search} onTabChange={(tab) => updateSearch({ tab })} />
      )}
    </div>
  )
}

interface AgreementsBodyProps {
  facts: FactsFile
  search: AgreementsSearch
  onTabChange: (tab: 'chart' | 'table') => void
}

function AgreementsBody({ facts, search, onTabChange }: AgreementsBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const eventsById = useMemo(() => new Map(facts.events.map((event) => [event.id, event])), [facts])
  const facets = useMemo(() => agreementFacets(facts.agreements), [facts])
  const entries = useMemo(() => toAgreementEntries(filterAgreements(facts.agreements, shared)), [facts, shared])
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
            <h2 id="agreement-list-title">{t('occasions.listTitle', { count: entries.length })}</h2>
            <div className="agreement-grid">
              {entries.map((agreement) => (
                <AgreementCard
                  key={agreement.id}
                  agreement={agreement}
                  articlesById={articlesById}
                  occasion={agreement.occasionId ? (eventsById.get(agreement.occasionId) ?? null) : null}
                  highlighted={agreement.id === search.agreement}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  )
}
