import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { SearchNotices } from '../../../components/ui/search-notices'
import type { TimelinePlan } from '../../../data/timeline-plan'
import { toSearchString } from '../../../lib/search-notice'
import { usePage } from '../../../lib/use-page'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { sortOccasions, type TimelineIndex } from '../../../schema/timeline-pages'
import { binnedTimeline } from '../lib/binned-timeline'
import { toTimelineSearchParams, type TimelineSearch } from '../search-params'
import { useEventHref } from '../use-timeline-search'
import { BinnedChart } from './binned-chart'
import { TIMELINE_CHART_ID } from './occasions-chart'
import { OccasionList } from './undated-events'

/** Props of {@link BinnedTimelineView}. */
export interface BinnedTimelineViewProps {
  /** The page files holding this page of the list. */
  facts: FactsFile
  index: TimelineIndex
  plan: TimelinePlan
  search: TimelineSearch
  onSearchChange: (patch: Partial<TimelineSearch>) => void
}

/** A dense timeline: monthly counts per pair of countries, and the filter's occasions in time order, a page at a time. */
export function BinnedTimelineView({ facts, index, plan, search, onSearchChange }: BinnedTimelineViewProps) {
  const { t } = useTranslation()
  const [shared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const eventHref = useEventHref()
  const { from, to } = search
  const model = useMemo(
    () => binnedTimeline(index, { countries: shared.countries, from, to }),
    [index, shared.countries, from, to],
  )
  const total = plan.end - plan.start
  const paging = usePage(total)
  // the files hold whole pages of the series; the list's page is a stretch of them
  const ordered = useMemo(() => sortOccasions(facts.events), [facts])
  const first = plan.start + paging.start - plan.loadedFrom
  const shown = ordered.slice(first, first + (paging.end - paging.start))
  const query = toSearchString(toTimelineSearchParams({ ...search, event: null }))
  return (
    <>
      <SearchNotices notices={paging.notices} />
      <BinnedChart
        model={model}
        tab={search.tab}
        onTabChange={(tab) => onSearchChange({ tab })}
        linkTo={withShared(`/timeline${query}`)}
        embedTo={withShared(`/embed/timeline/${TIMELINE_CHART_ID}${query}`)}
      />
      <OccasionList
        shown={shown}
        paging={paging}
        eventHref={eventHref}
        id="occasion-list-title"
        title={t('timeline.occasionListTitle', { count: total })}
        pagesLabel={t('timeline.occasionPagesLabel')}
      />
    </>
  )
}
