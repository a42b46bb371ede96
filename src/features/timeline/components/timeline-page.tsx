import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilteredEmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { FilterBar } from '../../../components/ui/filter-bar'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { useSelectedOccasion } from '../../../data/selected-occasion'
import type { TimelinePlan } from '../../../data/timeline-plan'
import { PAGE_KEY } from '../../../lib/paging'
import type { SearchNotice } from '../../../lib/search-notice'
import { usePage } from '../../../lib/use-page'
import { useSharedSearch } from '../../../lib/use-shared-search'
import { useUpdateSearch } from '../../../lib/use-update-search'
import type { CorridorEvent, FactsFile } from '../../../schema/dataset'
import type { TimelineIndex } from '../../../schema/timeline-pages'
import type { TimelineSearch } from '../search-params'
import { useTimelineData, useTimelinePreview } from '../use-timeline-data'
import { useEventHref, useTimelineSearch } from '../use-timeline-search'
import { BinnedTimelineView } from './binned-timeline-view'
import { EventDetails } from './event-details'
import { OccasionsChart, useShownEvents } from './occasions-chart'
import './timeline.css'
import { UndatedEvents } from './undated-events'
import { YearFilter } from './year-filter'
import { FirstScreenEnd } from '../../../components/ui/first-screen-end'

/** The timeline view: events on a time axis by country pair, filtered by country and years, `?event=` selecting one. */
export function TimelinePage() {
  const { t } = useTranslation()
  const [search, updateSearch] = useTimelineSearch()
  const { indexQuery, facts: query, index, plan } = useTimelineData()
  const selected = useSelectedOccasion(search.event, query.data)
  const unknownEvent: SearchNotice[] =
    search.event !== null && selected.known === false ? [{ param: 'event', value: search.event }] : []
  return (
    <div className="page">
      <h1>{t('timeline.title')}</h1>
      <p className="lede">{t('timeline.intro')}</p>
      <SearchNotices notices={[...search.notices, ...unknownEvent]} />
      {indexQuery.isError ? (
        <ErrorState
          error={indexQuery.error}
          onRetry={() => void indexQuery.refetch()}
          retrying={indexQuery.isFetching}
        />
      ) : !index || query.isPending ? (
        <Skeleton variant="chart" blocks={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <TimelineBody
          facts={query.data}
          index={index}
          plan={plan}
          selected={selected.event ? { event: selected.event, facts: selected.facts ?? query.data } : null}
          search={search}
          onSearchChange={updateSearch}
        />
      )}
    </div>
  )
}

interface TimelineBodyProps {
  facts: FactsFile
  index: TimelineIndex
  plan: TimelinePlan | null
  /** The occasion `?event=` names, with the facts that hold its agreements and sources. */
  selected: { event: CorridorEvent; facts: FactsFile } | null
  search: TimelineSearch
  onSearchChange: (patch: Partial<TimelineSearch>) => void
}

/** The years the timeline's index covers, first to last, for the year filter. */
function indexYears(index: TimelineIndex): number[] {
  const years = Object.keys(index.series.all?.yearStart ?? {}).map(Number)
  if (years.length === 0) return []
  const [min, max] = [Math.min(...years), Math.max(...years)]
  return Array.from({ length: max - min + 1 }, (_, offset) => min + offset)
}

function TimelineBody({ facts, index, plan, selected, search, onSearchChange }: TimelineBodyProps) {
  const { t } = useTranslation()
  const [shared, updateShared] = useSharedSearch()
  const eventHref = useEventHref()
  const updateSearch = useUpdateSearch()
  const preview = useTimelinePreview()
  const years = useMemo(() => indexYears(index), [index])
  const { from, to } = search
  const { shown, model } = useShownEvents(facts, search)
  const undatedPaging = usePage(model.undated.length)
  const binned = plan?.mode === 'binned'

  if ((index.series.all?.total ?? 0) === 0) return <EmptyState title={t('timeline.emptyTitle')} />
  // one navigation for both, so one Back undoes it
  const clearFilters = () =>
    updateSearch((current) => {
      const next = new URLSearchParams(current)
      for (const key of ['country', 'from', 'to', PAGE_KEY]) next.delete(key)
      return next
    })
  const details = selected ? (
    <EventDetails
      event={selected.event}
      agreements={selected.facts.agreements.filter((a) => selected.event.agreementIds.includes(a.id))}
      articlesById={new Map(selected.facts.articles.map((article) => [article.id, article]))}
      closeHref={eventHref(null)}
    />
  ) : null
  const empty = binned ? false : shown.length === 0
  return (
    <>
      {binned ? null : <SearchNotices notices={undatedPaging.notices} />}
      <div className="timeline-filters">
        <FilterBar
          sectors={[]}
          countries={index.countries}
          selectedSectors={[]}
          selectedCountries={shared.countries}
          onChange={(next) => updateShared({ countries: next.countries })}
          onPreview={(next) => preview({ countries: next.countries })}
        />
        <YearFilter years={years} from={from} to={to} onChange={(next) => onSearchChange(next)} />
      </div>
      {details}
      {empty ? (
        <FilteredEmptyState
          title={t('timeline.filteredTitle')}
          body={t('timeline.filteredBody')}
          onClear={clearFilters}
        />
      ) : binned ? (
        <BinnedTimelineView facts={facts} index={index} plan={plan} search={search} onSearchChange={onSearchChange} />
      ) : (
        <>
          <OccasionsChart facts={facts} shown={shown} model={model} search={search} onSearchChange={onSearchChange} />
          <FirstScreenEnd />
          <UndatedEvents events={model.undated} paging={undatedPaging} eventHref={eventHref} />
        </>
      )}
    </>
  )
}
