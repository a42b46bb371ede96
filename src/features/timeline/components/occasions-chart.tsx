import { useMemo, type ReactNode } from 'react'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { toSearchString } from '../../../lib/search-notice'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { CorridorEvent, FactsFile } from '../../../schema/dataset'
import { filterEvents, toTimeline, type TimelineModel } from '../lib/to-timeline'
import { toTimelineSearchParams, type TimelineSearch } from '../search-params'
import { useEventHref } from '../use-timeline-search'
import { TimelineChart } from './timeline-chart'

/** The id of the timeline's one chart in embed paths (`/embed/timeline/occasions`). */
export const TIMELINE_CHART_ID = 'occasions'

/** Keeps the occasions the country filter and year range let through, and lays them out on the time axis. */
export function useShownEvents(
  facts: FactsFile,
  search: Pick<TimelineSearch, 'from' | 'to'>,
): { shown: CorridorEvent[]; model: TimelineModel } {
  const [shared] = useSharedSearch()
  const { from, to } = search
  const shown = useMemo(
    () => filterEvents(facts.events, { countries: shared.countries, from, to }),
    [facts, shared.countries, from, to],
  )
  const model = useMemo(() => toTimeline(shown), [shown])
  return { shown, model }
}

/** Props of {@link OccasionsChart}. */
export interface OccasionsChartProps {
  facts: FactsFile
  shown: readonly CorridorEvent[]
  model: TimelineModel
  search: TimelineSearch
  onSearchChange: (patch: Partial<TimelineSearch>) => void
  /** Shown instead when there is nothing to draw (an embed says so; the page has its own empty state). */
  empty?: ReactNode
}

/**
 * Draws the timeline chart of the shown occasions with its source line, permalink, citation and embed path; the
 * links keep the filters, the language, the year range and the tab (not the selection, which is not the chart's).
 */
export function OccasionsChart({ facts, shown, model, search, onSearchChange, empty }: OccasionsChartProps) {
  const withShared = useLinkWithSharedSearch()
  const eventHref = useEventHref()
  const format = useFigureFormat()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  if (model.points.length === 0) return empty ?? null
  const query = toSearchString(toTimelineSearchParams({ ...search, event: null }))
  const sources = shown.flatMap((event) => event.sources)
  return (
    <TimelineChart
      model={model}
      selected={search.event}
      onSelect={(event) => onSearchChange({ event })}
      eventHref={eventHref}
      tab={search.tab}
      onTabChange={(tab) => onSearchChange({ tab })}
      sourceLine={format.sourceLine(sources, articlesById)}
      citeSources={format.chartSources(sources, articlesById)}
      linkTo={withShared(`/timeline${query}`)}
      embedTo={withShared(`/embed/timeline/${TIMELINE_CHART_ID}${query}`)}
    />
  )
}
