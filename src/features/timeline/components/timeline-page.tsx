import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import { PAGE_KEY } from '../../../lib/paging'
import type { SearchNotice } from '../../../lib/search-notice'
import { usePage } from '../../../lib/use-page'
import { useSharedSearch } from '../../../lib/use-shared-search'
import { useUpdateSearch } from '../../../lib/use-update-search'
import type { FactsFile } from '../../../schema/dataset'
import { eventCountries, yearRange } from '../lib/to-timeline'
import type { TimelineSearch } from '../search-params'
import { useEventHref, useTimelineSearch } from '../use-timeline-search'
import { EventDetails } from './event-details'
import { OccasionsChart, useShownEvents } from './occasions-chart'
import './timeline.css'
import { UndatedEvents } from './undated-events'
import { YearFilter } from './year-filter'

/** The timeline view: events on a time axis by country pair, filtered by country and years, `?event=` selecting one. */
export function TimelinePage() {
  const { t } = useTranslation()
  const query = useViewFacts('timeline')
  const [search, updateSearch] = useTimelineSearch()
  const unknownEvent: SearchNotice[] =
    query.data && search.event !== null && !query.data.events.some((event) => event.id === search.event)
      ? [{ param: 'event', value: search.event }]
      : []
  return (
    <div className="page">
      <h1>{t('timeline.title')}</h1>
      <p className="lede">{t('timeline.intro')}</p>
      <SearchNotices notices={[...search.notices, ...unknownEvent]} />
      {query.isPending ? (
        <Skeleton variant="chart" blocks={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <TimelineBody facts={query.data} search={search} onSearchChange={updateSearch} />
      )}
    </div>
  )
}

interface TimelineBodyProps {
  facts: FactsFile
  search: TimelineSearch
  onSearchChange: (patch: Partial<TimelineSearch>) => void
}

function TimelineBody({ facts, search, onSearchChange }: TimelineBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const eventHref = useEventHref()
  const updateSearch = useUpdateSearch()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const countries = useMemo(() => eventCountries(facts.events), [facts])
  const range = useMemo(() => yearRange(facts.events), [facts])
  const { from, to } = search
  const { shown, model } = useShownEvents(facts, search)
  const undatedPaging = usePage(model.undated.length)
  const selected = facts.events.find((event) => event.id === search.event)

  if (facts.events.length === 0) return <EmptyState title={t('timeline.emptyTitle')} />
  const years = range ? Array.from({ length: range.max - range.min + 1 }, (_, index) => range.min + index) : []
  // one navigation for both, so one Back undoes it
  const clearFilters = () =>
    updateSearch((current) => {
      const next = new URLSearchParams(current)
      for (const key of ['country', 'from', 'to', PAGE_KEY]) next.delete(key)
      return next
    })
  return (
    <>
      <SearchNotices notices={undatedPaging.notices} />
      <div className="timeline-filters">
        <FilterBar
          sectors={[]}
          countries={countries}
          selectedSectors={[]}
          selectedCountries={shared.countries}
          onChange={(next) => updateShared({ countries: next.countries })}
        />
        <YearFilter years={years} from={from} to={to} onChange={(next) => onSearchChange(next)} />
      </div>
      {selected ? (
        <EventDetails
          event={selected}
          agreements={facts.agreements.filter((a) => selected.agreementIds.includes(a.id))}
          articlesById={articlesById}
          closeHref={eventHref(null)}
        />
      ) : null}
      {shown.length === 0 ? (
        <FilteredEmptyState
          title={t('timeline.filteredTitle')}
          body={t('timeline.filteredBody')}
          onClear={clearFilters}
        />
      ) : (
        <>
          <OccasionsChart facts={facts} shown={shown} model={model} search={search} onSearchChange={onSearchChange} />
          <UndatedEvents events={model.undated} paging={undatedPaging} eventHref={eventHref} />
        </>
      )}
    </>
  )
}
