import type { Quantity } from './quantity'

/** Nothing but "and" between hours and their minutes (after a comma, minutes may be a figure of their own). */
const HOURS_MINUTES_GAP = /^\s*(?:and|и|ve|və)?\s*$/u

/**
 * "13 saat 45 dakika", "13 hours and 45 minutes", "13 часов 45 минут", "2 saat 30 dəqiqə": a length of time told in
 * hours and minutes is one duration in hours (13.75), not 13 hours and a figure of 45 minutes.
 */
export function joinHoursAndMinutes(text: string, quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = []
  for (const q of quantities) {
    const hours = joined.at(-1)
    const minutes = q.unit === 'minutes' && q.value < 60 && q.valueMax === null
    if (
      hours?.unit === 'hours' &&
      hours.valueMax === null &&
      minutes &&
      HOURS_MINUTES_GAP.test(text.slice(hours.end, q.start))
    ) {
      joined[joined.length - 1] = { ...hours, value: Math.round((hours.value + q.value / 60) * 100) / 100, end: q.end }
      continue
    }
    joined.push(q)
  }
  return joined
}
