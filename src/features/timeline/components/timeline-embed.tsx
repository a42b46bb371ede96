import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { FactsGate } from '../../../components/ui/facts-gate'
import type { FactsFile } from '../../../schema/dataset'
import { useTimelineSearch } from '../use-timeline-search'
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

/** Draws the timeline chart alone, for an embed, with the filters, years and tab of its link. */
export function TimelineChartEmbed({ chartId }: { chartId: string }) {
  const { t } = useTranslation()
  if (chartId !== TIMELINE_CHART_ID)
    return <EmptyState title={t('embed.unknownChart', { id: `timeline/${chartId}` })} />
  return <FactsGate view="timeline">{(facts) => <TimelineEmbedBody facts={facts} />}</FactsGate>
}
