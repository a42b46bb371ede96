import type { Agreement, ArticleMeta, CorridorEvent } from '../../schema/dataset'
import {
  laneKeyOf,
  monthOf,
  seriesOfOccasion,
  sortOccasions,
  timelineFiles,
  yearOf,
  type TimelineIndex,
  type TimelineSeries,
} from '../../schema/timeline-pages'
import type { ViewSlice } from '../../schema/view-files'
import { groupBySeries, locatorBuckets, pagesOf } from './list-pages'
import { NO_TOTALS, occasionSlice, type OccasionTotals } from './slice-parts'

/** Lane keys in drawing order: by name, the lane of occasions naming no country last. */
function laneOrder(events: readonly CorridorEvent[]): string[] {
  const keys = new Set(events.flatMap((event) => (event.date === null ? [] : [laneKeyOf(event)])))
  return [...keys].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
}

/** Counts dated occasions per lane and month, in lane then month order. */
function monthlyBins(events: readonly CorridorEvent[], lanes: readonly string[]): TimelineIndex['bins'] {
  const laneIndex = new Map(lanes.map((key, index) => [key, index]))
  const counts = new Map<string, { lane: number; month: string; count: number }>()
  for (const event of events) {
    if (event.date === null) continue
    const lane = laneIndex.get(laneKeyOf(event))!
    const month = monthOf(event.date)
    const key = `${String(lane).padStart(6, '0')}|${month}`
    const bin = counts.get(key) ?? { lane, month, count: 0 }
    bin.count += 1
    counts.set(key, bin)
  }
  return [...counts.keys()].sort().map((key) => {
    const { lane, month, count } = counts.get(key)!
    return [lane, month, count]
  })
}

/** A series' bounds: its size, its dated occasions, and the index where each year begins (it is in time order). */
function seriesBounds(members: readonly CorridorEvent[]): TimelineSeries {
  const yearStart: Record<string, number> = {}
  let dated = 0
  members.forEach((event, index) => {
    const year = yearOf(event.date)
    if (year === null) return
    dated += 1
    yearStart[String(year)] ??= index
  })
  return { total: members.length, dated, yearStart }
}

/**
 * The timeline as pages: its index (lanes, monthly counts, series bounds), each series' pages of occasions with
 * the agreements signed at them, and the locator buckets saying where each occasion sits in each series. `totals`
 * holds what the records capped when read cited in full.
 */
export function* timelinePages(
  events: readonly CorridorEvent[],
  agreements: readonly Agreement[],
  metas: ReadonlyMap<string, ArticleMeta>,
  totals: OccasionTotals = NO_TOTALS,
): Generator<[string, unknown]> {
  const ordered = sortOccasions(events)
  const agreementsById = new Map(agreements.map((agreement) => [agreement.id, agreement]))
  const series = groupBySeries(ordered, seriesOfOccasion)
  const lanes = laneOrder(ordered)
  const index: TimelineIndex = {
    lanes,
    bins: monthlyBins(ordered, lanes),
    countries: [...new Set(ordered.flatMap((event) => event.countries))].sort(),
    series: Object.fromEntries([...series].map(([key, members]) => [key, seriesBounds(members)])),
  }
  yield [timelineFiles.index, index]
  for (const [key, members] of series) {
    for (const { page, onPage } of pagesOf(members)) {
      const signed = [...new Set(onPage.flatMap((event) => event.agreementIds))].sort()
      const slice: ViewSlice = occasionSlice(
        signed.flatMap((id) => agreementsById.get(id) ?? []),
        onPage,
        metas,
        totals,
      )
      yield [timelineFiles.page(key, page), slice]
    }
  }
  yield* locatorBuckets(series, timelineFiles.where)
}
