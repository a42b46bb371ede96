import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import { matchesSharedFilter, type SharedSearch } from '../../../lib/shared-search'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import { useFigureFacets } from '../../../data/summary'
import { ThinnedNote } from '../../../components/ui/thinned-note'
import type { ArticleMeta, Figure } from '../../../schema/dataset'
import { toHeadlineFigures } from '../lib/to-headline-cards'
import { HeadlineCard } from './headline-card'
import { FirstScreenEnd } from '../../../components/ui/first-screen-end'

/** Props of {@link OverviewPage}. */
export interface OverviewPageProps {
  /** The target charts, composed in by the app (features do not import each other). */
  charts: ReactNode
}

function filtered(figures: readonly Figure[], shared: SharedSearch): Figure[] {
  return figures.filter((figure) => matchesSharedFilter(figure, shared))
}

/** The overview: one card per key figure with its source, then the target charts; filtered by the URL. */
export function OverviewPage({ charts }: OverviewPageProps) {
  const { t } = useTranslation()
  const query = useViewFacts('figures')
  const [shared, updateShared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const facts = query.data
  const articlesById = useMemo(
    () => new Map<string, ArticleMeta>((facts?.articles ?? []).map((article) => [article.id, article])),
    [facts],
  )
  const cards = useMemo(() => toHeadlineFigures(filtered(facts?.figures ?? [], shared)), [facts, shared])
  const { facets, metrics, query: summary } = useFigureFacets()

  const body = () => {
    if (query.isPending || summary.isPending) return <Skeleton variant="cards" blocks={4} />
    const error = query.error ?? summary.error
    if (error) {
      const retry = () => void Promise.all([query.isError && query.refetch(), summary.isError && summary.refetch()])
      return <ErrorState error={error} onRetry={retry} retrying={query.isFetching || summary.isFetching} />
    }
    if (metrics.length === 0) {
      return (
        <EmptyState title={t('overview.emptyTitle')}>
          <p>{t('overview.emptyBody')}</p>
        </EmptyState>
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
        {cards.length === 0 ? (
          <FilteredEmptyState
            title={t('targets.filteredTitle')}
            body={t('targets.filteredBody')}
            onClear={() => updateShared({ sectors: [], countries: [] })}
          />
        ) : (
          <>
            <section aria-labelledby="overview-cards">
              <h2 id="overview-cards">{t('overview.cards')}</h2>
              <div className="card-grid">
                {cards.map((figure) => (
                  <HeadlineCard key={figure.id} figure={figure} articlesById={articlesById} />
                ))}
              </div>
            </section>
            <FirstScreenEnd />
            <section aria-labelledby="overview-charts">
              <h2 id="overview-charts">{t('overview.charts')}</h2>
              <ThinnedNote thinned={facts?.thinned} />
              {charts}
              <p>
                <Link to={withShared('/targets')}>{t('overview.allTargets')}</Link>
              </p>
            </section>
          </>
        )}
      </>
    )
  }

  return (
    <div className="page">
      <h1>{t('overview.title')}</h1>
      <p className="lede">{t('overview.intro')}</p>
      {body()}
    </div>
  )
}
