import * as z from 'zod/mini'
import { nonEmpty, wholeNonNegative } from './common'
import { countryCodeSchema, type CorridorEvent } from './dataset'
import { ALL_SERIES, listSeriesKey } from './list-pages'

/**
 * The timeline in pages, the contract between the build (`src/pipeline/views/timeline-pages.ts`) and the app.
 *
 * A small timeline is drawn occasion by occasion. A dense one (more occasions in the chosen countries and years than
 * a chart can label) is drawn as monthly counts per lane, from an index whose size grows with the lanes and months
 * covered, not with the occasions; its occasions are listed a page at a time beneath. The occasions are written in
 * time order (undated last) in one series per country and one for all; a year range is a contiguous stretch of a
 * series, so any page of a filtered list is at most two page files.
 */

/** Above this many dated occasions in the chosen countries and years, the chart draws monthly counts. */
export const DENSE_OCCASIONS = 300

/** Names the timeline's files, relative to the data folder (pages count from 1). */
export const timelineFiles = {
  index: 'views/timeline/index.json',
  page: (series: string, page: number) => `views/timeline/${series}/${page}.json`,
  where: (bucket: number) => `views/timeline/where/${bucket}.json`,
} as const

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

/** The month a partial date is drawn in ('2025-07' for '2025', where {@link toTime} places a bare year). */
export function monthOf(date: string): string {
  return new Date(toTime(date)).toISOString().slice(0, 7)
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Orders occasions by time (undated last), then by date text and id: the timeline's one order. */
export function sortOccasions<T extends Pick<CorridorEvent, 'id' | 'date'>>(events: readonly T[]): T[] {
  return events
    .map((event) => ({ event, time: event.date === null ? Infinity : toTime(event.date) }))
    .sort((a, b) => a.time - b.time || byText(a.event.date ?? '', b.event.date ?? '') || byText(a.event.id, b.event.id))
    .map(({ event }) => event)
}

/** Every series an occasion belongs to: all, and each country it involves. */
export function seriesOfOccasion({ countries }: Pick<CorridorEvent, 'countries'>): string[] {
  return [
    ALL_SERIES,
    ...[...new Set(countries)].map((country) => listSeriesKey({ sectors: [], countries: [country] })!),
  ]
}

/** One series of the timeline: how many occasions, how many dated, and where each year's occasions start. */
export const timelineSeriesSchema = z.object({
  total: wholeNonNegative(),
  dated: wholeNonNegative(),
  /** Per year, the index of its first occasion in the series (its last ends where the next year or the undated start). */
  yearStart: z.record(z.string(), wholeNonNegative()),
})
export type TimelineSeries = z.infer<typeof timelineSeriesSchema>

/** `views/timeline/index.json`: the lanes, the monthly counts per lane, and the series' bounds. */
export const timelineIndexSchema = z.object({
  /** Lane keys in drawing order (by name, the lane of occasions naming no country last). */
  lanes: z.array(z.string()),
  /** `[lane index, month ('2025-10'), dated occasions]`, one per lane and month with any. */
  bins: z.array(z.tuple([wholeNonNegative(), z.string(), wholeNonNegative()])),
  countries: z.array(countryCodeSchema),
  series: z.record(nonEmpty(), timelineSeriesSchema),
})
export type TimelineIndex = z.infer<typeof timelineIndexSchema>
