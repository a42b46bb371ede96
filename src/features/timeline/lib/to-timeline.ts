import type { CorridorEvent } from '../../../schema/dataset'

/** The timeline's filters: countries (an event matches when it involves any of them) and an inclusive year range. */
export interface TimelineFilter {
  countries: readonly string[]
  from: number | null
  to: number | null
}

/** One lane of the chart: the events between one set of countries. */
export interface TimelineLane {
  key: string
  countries: string[]
  index: number
}

/** A dated event placed on the chart: its time in UTC milliseconds and its lane. */
export interface TimelinePoint {
  event: CorridorEvent
  time: number
  lane: number
  /** The vertical position: the lane, nudged apart from other events of the same lane and date so none hides. */
  y: number
}

/** What the timeline draws (dated points on lanes) and what it lists apart (undated events). */
export interface TimelineModel {
  points: TimelinePoint[]
  undated: CorridorEvent[]
  lanes: TimelineLane[]
}

/** Names the lane of an event by its countries, sorted ("AZ–KZ"); an event naming none gets the key ''. */
export function laneKeyOf(event: Pick<CorridorEvent, 'countries'>): string {
  return [...new Set(event.countries)].sort().join('–')
}

/** Reads the year of a partial date ('2025', '2025-10', '2025-10-21'); null when there is none. */
export function yearOf(date: string | null): number | null {
  if (date === null) return null
  const year = Number(date.slice(0, 4))
  return Number.isInteger(year) ? year : null
}

/**
 * Places a partial date on a time axis, in UTC milliseconds: a day at noon, a month at its 15th, a year at 2 July,
 * so an imprecise date sits in the middle of the period it names rather than at its start.
 */
export function toTime(date: string): number {
  const [year = NaN, month, day] = date.split('-').map(Number)
  if (month === undefined) return Date.UTC(year, 6, 2)
  if (day === undefined) return Date.UTC(year, month - 1, 15)
  return Date.UTC(year, month - 1, day, 12)
}

/** Keeps the events that involve a selected country and fall in the year range; a year range drops undated events. */
export function filterEvents(events: readonly CorridorEvent[], filter: TimelineFilter): CorridorEvent[] {
  const { countries, from, to } = filter
  return events.filter((event) => {
    if (countries.length > 0 && !event.countries.some((country) => countries.includes(country))) return false
    if (from === null && to === null) return true
    const year = yearOf(event.date)
    if (year === null) return false
    return (from === null || year >= from) && (to === null || year <= to)
  })
}

function compareEvents(a: CorridorEvent, b: CorridorEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return toTime(a.date) - toTime(b.date) || a.date.localeCompare(b.date)
  }
  return a.id.localeCompare(b.id)
}

/** Splits events into dated points on lanes (one lane per country set, sorted) and undated events, in time order. */
export function toTimeline(events: readonly CorridorEvent[]): TimelineModel {
  const sorted = [...events].sort(compareEvents)
  const dated = sorted.filter((event) => event.date !== null)
  const keys = [...new Set(dated.map(laneKeyOf))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  const lanes = keys.map((key, index) => ({ key, countries: key === '' ? [] : key.split('–'), index }))
  const stacks = new Map<string, CorridorEvent[]>()
  for (const event of dated) {
    const key = `${laneKeyOf(event)}|${event.date ?? ''}`
    stacks.set(key, [...(stacks.get(key) ?? []), event])
  }
  const points = dated.map((event) => {
    const lane = keys.indexOf(laneKeyOf(event))
    const stack = stacks.get(`${laneKeyOf(event)}|${event.date ?? ''}`) ?? [event]
    // spread a stack over at most 0.8 of the lane's height, centred on the lane
    const step = stack.length > 1 ? Math.min(0.25, 0.8 / (stack.length - 1)) : 0
    const y = lane + (stack.indexOf(event) - (stack.length - 1) / 2) * step
    return { event, time: toTime(event.date ?? ''), lane, y }
  })
  return { points, undated: sorted.filter((event) => event.date === null), lanes }
}

/** Lists the countries the events involve, sorted, for the filter controls. */
export function eventCountries(events: readonly CorridorEvent[]): string[] {
  return [...new Set(events.flatMap((event) => event.countries))].sort()
}

/** Gives the first and last year any event is dated in, or null when none is dated. */
export function yearRange(events: readonly CorridorEvent[]): { min: number; max: number } | null {
  const years = events.map((event) => yearOf(event.date)).filter((year) => year !== null)
  if (years.length === 0) return null
  return { min: Math.min(...years), max: Math.max(...years) }
}
