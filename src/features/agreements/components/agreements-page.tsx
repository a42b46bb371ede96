import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { factsQueryOptions } from '../../../data/queries'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { agreementFacets, filterAgreements, groupBySector, withoutSector } from '../lib/group-by-sector'
import { toAgreementsSearchParams } from '../search-params'
import { useAgreementsSearch } from '../use-agreements-search'
import './agreements.css'
import { SectorCoverageChart } from './sector-coverage-chart'
import { SectorGroupSection } from './sector-group-section'

/** The agreements view: documents and packages under every sector they cover, filtered by the URL, with a chart. */
export function AgreementsPage() {
  const { t } = useTranslation()
  const query = useQuery(factsQueryOptions())
  const [search, updateSearch] = useAgreementsSearch()
  return (
    <div className="page">
      <h1>{t('agreements.title')}</h1>
      <p className="lede">{t('agreements.intro')}</p>
      <SearchNotices notices={search.notices} />
      {query.isPending ? (
        <Skeleton variant="chart" blocks={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <AgreementsBody facts={query.data} tab={search.tab} onTabChange={(tab) => updateSearch({ tab })} />
      )}
    </div>
  )
}

interface AgreementsBodyProps {
  facts: FactsFile
  tab: 'chart' | 'table'
  onTabChange: (tab: 'chart' | 'table') => void
}

function AgreementsBody({ facts, tab, onTabChange }: AgreementsBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const format = useFigureFormat()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const facets = useMemo(() => agreementFacets(facts.agreements), [facts])
  const shown = useMemo(() => filterAgreements(facts.agreements, shared), [facts, shared])
  const groups = useMemo(() => groupBySector(shown, shared.sectors), [shown, shared.sectors])
  const unfiled = useMemo(() => (shared.sectors.length === 0 ? withoutSector(shown) : []), [shown, shared.sectors])

  if (facts.agreements.length === 0) return <EmptyState title={t('agreements.emptyTitle')} />
  const tabQuery = toAgreementsSearchParams({ tab }).toString()
  return (
    <>
      <FilterBar
        sectors={facets.sectors}
        countries={facets.countries}
        selectedSectors={shared.sectors}
        selectedCountries={shared.countries}
        onChange={(next) => updateShared(next)}
      />
      {groups.length === 0 && unfiled.length === 0 ? (
        <FilteredEmptyState
          title={t('agreements.filteredTitle')}
          body={t('agreements.filteredBody')}
          onClear={() => updateShared({ sectors: [], countries: [] })}
        />
      ) : (
        <>
          {groups.length > 0 ? (
            <SectorCoverageChart
              groups={groups}
              tab={tab}
              onTabChange={onTabChange}
              sourceLine={format.sourceLine(
                shown.flatMap((agreement) => agreement.sources),
                articlesById,
              )}
              linkTo={withShared(`/agreements${tabQuery ? `?${tabQuery}` : ''}`)}
            />
          ) : null}
          {groups.map((group) => (
            <SectorGroupSection
              key={group.sector}
              id={group.sector}
              heading={t(`sector.${group.sector}`)}
              agreements={group.agreements}
              articlesById={articlesById}
            />
          ))}
          {unfiled.length > 0 ? (
            <SectorGroupSection
              id="none"
              heading={t('agreements.noSector')}
              agreements={unfiled}
              articlesById={articlesById}
            />
          ) : null}
        </>
      )}
    </>
  )
}
