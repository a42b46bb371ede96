import type { TimelineIndex } from '../../../schema/timeline-pages'

/** One drawn bin: the dated occasions of one lane in one month. */
export interface ShownBin {
  lane: number
  month: string
  count: number
}

/** What a dense timeline draws for a filter: the lanes it keeps, their monthly counts, and the months spanned. */
export interface BinnedTimeline {
  lanes: { key: string; countries: string[]; index: number }[]
  bins: ShownBin[]
  /** Every month from the first bin's to the last's, so empty months keep their place on the axis. */
  months: string[]
  total: number
}

/** Lists the months from `first` to `last` ('2024-11' … '2025-02'). */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 12_000; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) break
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return months
}

/**
 * Keeps the bins a filter lets through: lanes involving a chosen country (a lane is one set of countries, so an
 * occasion involves a country exactly when its lane does) and months in the year range.
 */
export function binnedTimeline(
  index: TimelineIndex,
  filter: { countries: readonly string[]; from: number | null; to: number | null },
): BinnedTimeline {
  const lanes = index.lanes.map((key, laneIndex) => ({
    key,
    countries: key === '' ? [] : key.split('–'),
    index: laneIndex,
  }))
  const kept = lanes.filter(
    (lane) => filter.countries.length === 0 || lane.countries.some((country) => filter.countries.includes(country)),
  )
  const keptIndex = new Set(kept.map((lane) => lane.index))
  const inRange = (month: string) => {
    const year = Number(month.slice(0, 4))
    return (filter.from === null || year >= filter.from) && (filter.to === null || year <= filter.to)
  }
  const bins = index.bins
    .filter(([lane, month]) => keptIndex.has(lane) && inRange(month))
    .map(([lane, month, count]) => ({ lane, month, count }))
  const shownLanes = kept.filter((lane) => bins.some((bin) => bin.lane === lane.index))
  const sorted = bins.map((bin) => bin.month).sort()
  const months = sorted.length === 0 ? [] : monthsBetween(sorted[0]!, sorted[sorted.length - 1]!)
  return { lanes: shownLanes, bins, months, total: bins.reduce((sum, bin) => sum + bin.count, 0) }
}
