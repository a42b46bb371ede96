const DAY = 86_400_000

/** The x-axis of the timeline: its domain in UTC milliseconds and where ticks go, at year or month steps. */
export interface TimeAxis {
  domain: [number, number]
  ticks: number[]
  /** 'year' ticks read "2025"; 'month' ticks read "Oct 2025". */
  unit: 'year' | 'month'
}

/**
 * Builds a readable time axis around the given times: padded so edge points are not cut, with at most about
 * `maxTicks` ticks on year boundaries for long spans and on month boundaries (every 1, 2, 3 or 6 months) otherwise.
 */
export function toTimeAxis(times: readonly number[], maxTicks = 6): TimeAxis | null {
  if (times.length === 0) return null
  const min = Math.min(...times)
  const max = Math.max(...times)
  const pad = Math.max((max - min) * 0.08, 45 * DAY)
  const domain: [number, number] = [min - pad, max + pad]
  const start = new Date(domain[0])
  const end = new Date(domain[1])
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth()
  if (months > 24) {
    const first = start.getUTCFullYear() + 1
    const last = end.getUTCFullYear()
    const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks))
    const ticks: number[] = []
    for (let year = first; year <= last; year += step) ticks.push(Date.UTC(year, 0, 1))
    return { domain, ticks, unit: 'year' }
  }
  const step = [1, 2, 3, 6].find((candidate) => months / candidate <= maxTicks) ?? 12
  const ticks: number[] = []
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
  // align to the step so ticks land on the same months whatever the data (Jan, Apr, Jul, Oct for quarters)
  while (cursor.getUTCMonth() % step !== 0) cursor.setUTCMonth(cursor.getUTCMonth() + 1)
  for (; cursor.getTime() <= domain[1]; cursor.setUTCMonth(cursor.getUTCMonth() + step)) ticks.push(cursor.getTime())
  return { domain, ticks, unit: 'month' }
}
