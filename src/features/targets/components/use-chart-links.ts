import { useCallback, useMemo } from 'react'
import { useLinkWithSharedSearch } from '../../../lib/use-shared-search'
import type { MetricSeries } from '../lib/to-metric-series'
import type { TargetTrack } from '../lib/to-target-tracks'
import { useChartTabs } from '../use-targets-search'
import type { ChartTab } from '../../../components/ui/chart-tabs'

/** How a chart on the page is shown and linked, by its id: its tab, its tab handler, its permalink, its embed path. */
export interface ChartLinks {
  tabOf: (chartId: string) => ChartTab
  onTabChange: (chartId: string) => (tab: ChartTab) => void
  linkOf: (chartId: string) => string
  embedOf: (chartId: string) => string
}

/**
 * Links every chart on a targets page: a metric chart is `/targets/<metric>`, a target's progress chart is its card on
 * that page (`#track-<id>`); each embeds at `/embed/…`, and both links keep the filters, the language and its tab.
 */
export function useChartLinks(
  series: readonly MetricSeries[],
  tracks: readonly TargetTrack[],
): ChartLinks & { notices: ReturnType<typeof useChartTabs>['notices'] } {
  const withShared = useLinkWithSharedSearch()
  const shown = useMemo(
    () => [...series.map((item) => item.metric), ...tracks.filter((track) => track.progress).map((track) => track.id)],
    [series, tracks],
  )
  const { notices, tabOf, onTabChange, queryOf } = useChartTabs(shown)
  const metricOfTrack = useMemo(() => new Map(tracks.map((track) => [track.id, track.metric])), [tracks])
  const withQuery = useCallback(
    (path: string, chartId: string) => {
      const query = queryOf(chartId)
      return withShared(query ? `${path}?${query}` : path)
    },
    [queryOf, withShared],
  )
  const linkOf = useCallback(
    (chartId: string) => {
      const metric = metricOfTrack.get(chartId)
      if (metric === undefined) return withQuery(`/targets/${encodeURIComponent(chartId)}`, chartId)
      return `${withQuery(`/targets/${encodeURIComponent(metric)}`, chartId)}#track-${chartId}`
    },
    [metricOfTrack, withQuery],
  )
  const embedOf = useCallback(
    (chartId: string) =>
      metricOfTrack.has(chartId)
        ? withQuery(`/embed/progress/${encodeURIComponent(chartId)}`, chartId)
        : withQuery(`/embed/targets/${encodeURIComponent(chartId)}`, chartId),
    [metricOfTrack, withQuery],
  )
  return { notices, tabOf, onTabChange, linkOf, embedOf }
}
