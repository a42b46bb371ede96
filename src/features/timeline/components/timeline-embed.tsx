import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { Skeleton } from '../../../components/ui/skeleton'
import { toSearchString } from '../../../lib/search-notice'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { binnedTimeline } from '../lib/binned-timeline'
import { toTimelineSearchParams } from '../search-params'
import { useTimelineData } from '../use-timeline-data'
import { useTimelineSearch } from '../use-timeline-search'
import { BinnedChart } from './binned-chart'
import { OccasionsChart, TIMELINE_CHART_ID, useShownEvents } from './occasions-chart'
import './timeline.css'

function TimelineEmbedBody({ facts }: { facts: FactsFile }) {
  const { t } = useTranslation()
  const [search, updateSearch] = useTimelineSearch()
  const { shown, model } = useShownEvents(facts, search)
  return (
    <OccasionsChart
      facts={facts}
      shown={shown}
      model={model}
      search={search}
      onSearchChange={updateSearch}
      empty={<EmptyState title={t('timeline.filteredTitle')} />}
    />
  )
}

/** The timeline's chart for an embed: each occasion when few, monthly counts when dense (as the page draws it). */
function TimelineEmbedChart() {
  const [search, updateSearch] = useTimelineSearch()
  const [shared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const { indexQuery, facts, index, plan } = useTimelineData()
  const { from, to } = search
  const binned = useMemo(
    () => (index && plan?.mode === 'binned' ? binnedTimeline(index, { countries: shared.countries, from, to }) : null),
    [index, plan, shared.countries, from, to],
  )
  const failed = indexQuery.isError ? indexQuery : facts.isError ? facts : null
  if (failed)
    return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
  if (binned) {
    const query = toSearchString(toTimelineSearchParams({ ...search, event: null }))
    return (
      <BinnedChart
        model={binned}
        tab={search.tab}
        onTabChange={(tab) => updateSearch({ tab })}
        linkTo={withShared(`/timeline${query}`)}
      />
    )
  }
  if (!facts.data) return <Skeleton variant="chart" blocks={1} />
  return <TimelineEmbedBody facts={facts.data} />
}

/** Draws the timeline chart alone, for an embed, with the filters, years and tab of its link. */
export function TimelineChartEmbed({ chartId }: { chartId: string }) {
  const { t } = useTranslation()
  if (chartId !== TIMELINE_CHART_ID)
    return <EmptyState title={t('embed.unknownChart', { id: `timeline/${chartId}` })} />
  return <TimelineEmbedChart />
}
