import { LIST_PAGE_SIZE, listSeriesKey } from '../schema/list-pages'
import { DENSE_OCCASIONS, timelineFiles, type TimelineIndex, type TimelineSeries } from '../schema/timeline-pages'
import type { ViewFileSpec } from './view-slices'

/** What the timeline reads for a filter: every occasion of it, or (dense) its monthly counts and one page of its list. */
export interface TimelinePlan {
  mode: 'occasions' | 'binned'
  /** The stretch of the series the filter keeps, as indices into it: `start` inclusive, `end` exclusive. */
  start: number
  end: number
  /** The files that hold that stretch (occasions) or the asked page of it (binned). */
  files: ViewFileSpec[]
  /** The index in the series of the first occasion those files hold. */
  loadedFrom: number
}

const NO_SERIES: TimelineSeries = { total: 0, dated: 0, yearStart: {} }

/**
 * The stretch of a series a year range keeps. The series is in time order with the undated last; a year range keeps
 * no undated occasion, no range keeps them all.
 */
export function seriesRange(series: TimelineSeries, from: number | null, to: number | null) {
  if (from === null && to === null) return { start: 0, end: series.total }
  const starts = Object.entries(series.yearStart)
    .map(([year, index]) => [Number(year), index] as const)
    .sort((a, b) => a[0] - b[0])
  const firstFrom = (year: number) => starts.find(([y]) => y >= year)?.[1] ?? series.dated
  const start = from === null ? 0 : firstFrom(from)
  const end = to === null ? series.dated : firstFrom(to + 1)
  return { start, end: Math.max(start, end) }
}

/** The page files of a series holding the indices `[start, end)`, and the index the first of them starts at. */
function filesCovering(series: string, start: number, end: number) {
  const first = end <= start ? 1 : Math.floor(start / LIST_PAGE_SIZE) + 1
  const last = end <= start ? 1 : Math.floor((end - 1) / LIST_PAGE_SIZE) + 1
  const files = Array.from({ length: last - first + 1 }, (_, i) => ({
    path: timelineFiles.page(series, first + i),
    optional: true,
  }))
  return { files, loadedFrom: (first - 1) * LIST_PAGE_SIZE }
}

/**
 * Plans what the timeline reads for these countries and years (null: no series answers two countries at once, so
 * the whole timeline is read). `page` is the list's page in binned mode, counted within the filtered stretch.
 */
export function timelinePlan(
  index: TimelineIndex,
  filter: { countries: readonly string[]; from: number | null; to: number | null },
  page: number,
): TimelinePlan | null {
  const key = listSeriesKey({ sectors: [], countries: filter.countries })
  if (key === null) return null
  const { start, end } = seriesRange(index.series[key] ?? NO_SERIES, filter.from, filter.to)
  if (end - start <= DENSE_OCCASIONS) return { mode: 'occasions', start, end, ...filesCovering(key, start, end) }
  const pages = Math.max(1, Math.ceil((end - start) / LIST_PAGE_SIZE))
  const shown = Math.min(Math.max(1, page), pages)
  const from = start + (shown - 1) * LIST_PAGE_SIZE
  return { mode: 'binned', start, end, ...filesCovering(key, from, Math.min(end, from + LIST_PAGE_SIZE)) }
}

/** The files the timeline reads at its address without a query (a baked page, hydration): its first screen's. */
export function unfilteredTimelineFiles(index: TimelineIndex): ViewFileSpec[] {
  return timelinePlan(index, { countries: [], from: null, to: null }, 1)!.files
}
