import type { TimelineIndex } from '../../../schema/timeline-pages'

/** One drawn bin: the dated occasions of one lane in one month. */
export interface ShownBin {
  lane: number
  month: string
  count: number
}

/** How many lanes a dense timeline draws by name; the rest are drawn as one lane of "other" sets of countries. */
export const NAMED_LANES = 12

/** The lane index that stands for every set of countries beyond the {@link NAMED_LANES} busiest. */
export const OTHER_LANE = -1

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
  const { lanes: shownLanes, bins: folded } = foldQuietLanes(kept, bins)
  const sorted = folded.map((bin) => bin.month).sort()
  const months = sorted.length === 0 ? [] : monthsBetween(sorted[0]!, sorted[sorted.length - 1]!)
  return { lanes: shownLanes, bins: folded, months, total: folded.reduce((sum, bin) => sum + bin.count, 0) }
}

/**
 * Keeps the {@link NAMED_LANES} busiest lanes (most occasions, in their drawing order) and adds up the others, month
 * by month, in one lane of other sets of countries, drawn last: a hundred lanes of a few occasions each would
 * make the chart a wall of rows.
 */
function foldQuietLanes(lanes: BinnedTimeline['lanes'], bins: ShownBin[]) {
  const totals = new Map<number, number>()
  for (const bin of bins) totals.set(bin.lane, (totals.get(bin.lane) ?? 0) + bin.count)
  const busy = lanes.filter((lane) => totals.has(lane.index))
  if (busy.length <= NAMED_LANES) return { lanes: busy, bins }
  const named = new Set(
    [...busy]
      .sort((a, b) => totals.get(b.index)! - totals.get(a.index)! || a.index - b.index)
      .slice(0, NAMED_LANES)
      .map((lane) => lane.index),
  )
  const others = new Map<string, number>()
  const kept: ShownBin[] = []
  for (const bin of bins) {
    if (named.has(bin.lane)) kept.push(bin)
    else others.set(bin.month, (others.get(bin.month) ?? 0) + bin.count)
  }
  for (const [month, count] of [...others].sort(([a], [b]) => (a < b ? -1 : 1)))
    kept.push({ lane: OTHER_LANE, month, count })
  const other = { key: 'others', countries: [], index: OTHER_LANE }
  return { lanes: [...busy.filter((lane) => named.has(lane.index)), other], bins: kept }
}
