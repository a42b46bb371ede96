import type { CorridorEvent } from '../../../schema/dataset'
import { laneKeyOf, sortOccasions, toTime, yearOf } from '../../../schema/timeline-pages'

export { laneKeyOf, toTime, yearOf }

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
  /** Draws the label below the mark: every other occasion of a lane, so neighbours' labels do not overlap. */
  labelBelow: boolean
}

/** What the timeline draws (dated points on lanes) and what it lists apart (undated events). */
export interface TimelineModel {
  points: TimelinePoint[]
  undated: CorridorEvent[]
  lanes: TimelineLane[]
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

/** Splits events into dated points on lanes (one lane per country set, sorted) and undated events, in time order. */
export function toTimeline(events: readonly CorridorEvent[]): TimelineModel {
  const sorted = sortOccasions(events).map((event) => ({
    event,
    time: event.date === null ? Infinity : toTime(event.date),
  }))
  const dated = sorted.filter(({ event }) => event.date !== null)
  const keys = [...new Set(dated.map(({ event }) => laneKeyOf(event)))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  )
  const laneOf = new Map(keys.map((key, index) => [key, index]))
  const lanes = keys.map((key, index) => ({ key, countries: key === '' ? [] : key.split('–'), index }))
  // events on the same lane and day form a stack; each remembers its place in it
  const stacks = new Map<string, number>()
  const placed = dated.map(({ event, time }) => {
    const stackKey = `${laneKeyOf(event)}|${event.date ?? ''}`
    const place = stacks.get(stackKey) ?? 0
    stacks.set(stackKey, place + 1)
    return { event, time, stackKey, place }
  })
  const inLane = new Map<number, number>()
  const points = placed.map(({ event, time, stackKey, place }) => {
    const lane = laneOf.get(laneKeyOf(event)) ?? 0
    const size = stacks.get(stackKey) ?? 1
    // spread a stack over at most 0.8 of the lane's height, centred on the lane
    const step = size > 1 ? Math.min(0.25, 0.8 / (size - 1)) : 0
    const order = inLane.get(lane) ?? 0
    inLane.set(lane, order + 1)
    return { event, time, lane, y: lane + (place - (size - 1) / 2) * step, labelBelow: order % 2 === 1 }
  })
  return { points, undated: sorted.filter(({ event }) => event.date === null).map(({ event }) => event), lanes }
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
