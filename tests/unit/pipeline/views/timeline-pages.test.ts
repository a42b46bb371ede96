import { describe, expect, it } from 'vitest'
import { timelinePlan, seriesRange } from '../../../../src/data/timeline-plan'
import { binnedTimeline, NAMED_LANES, OTHER_LANE } from '../../../../src/features/timeline/lib/binned-timeline'
import { timelinePages } from '../../../../src/pipeline/views/timeline-pages'
import type { CorridorEvent } from '../../../../src/schema/dataset'
import type { WhereFile } from '../../../../src/schema/list-pages'
import { DENSE_OCCASIONS, sortOccasions, type TimelineIndex } from '../../../../src/schema/timeline-pages'
import type { ViewSlice } from '../../../../src/schema/view-files'
import { makeEvent } from '../../../support/builders'

const PAIRS = [
  ['AZ', 'KZ'],
  ['KZ', 'TM'],
  ['AZ', 'TR'],
]

/** `count` occasions over three pairs of countries and 2021–2023, every tenth undated, some dated by year only. */
function occasions(count: number): CorridorEvent[] {
  return Array.from({ length: count }, (_, index) =>
    makeEvent(`occasion-${String(index).padStart(4, '0')}`, {
      countries: PAIRS[index % 3]!,
      date:
        index % 10 === 9
          ? null
          : index % 10 === 8
            ? String(2021 + (index % 3))
            : `${2021 + (index % 3)}-${String((index % 12) + 1).padStart(2, '0')}-0${(index % 9) + 1}`,
    }),
  )
}

function build(events: CorridorEvent[]) {
  const files = new Map<string, unknown>()
  for (const [path, value] of timelinePages(events, [], new Map())) files.set(path, value)
  return {
    index: files.get('views/timeline/index.json') as TimelineIndex,
    page: (series: string, page: number) => files.get(`views/timeline/${series}/${page}.json`) as ViewSlice | undefined,
    where: [...files].filter(([path]) => path.includes('/where/')).map(([, value]) => value as WhereFile),
  }
}

describe('timelinePages: the timeline as an index and pages', () => {
  const events = occasions(400)
  const { index, page, where } = build(events)
  const ordered = sortOccasions(events)

  it('writes each series in time order with the undated last, 25 to a page', () => {
    const pages = Array.from({ length: 16 }, (_, index) => page('all', index + 1)!)
    expect(pages.every((onPage) => onPage.events.length === 25)).toBe(true)
    const all = pages.flatMap((onPage) => sortOccasions(onPage.events))
    expect(all.map((event) => event.id)).toEqual(ordered.map((event) => event.id))
    expect(page('all', 17)).toBeUndefined()
    const tm = sortOccasions(page('country-TM', 1)!.events)
    expect(tm.every((event) => event.countries.includes('TM'))).toBe(true)
  })

  it('counts dated occasions per lane and month, a bare year counted in July where the axis puts it', () => {
    const total = index.bins.reduce((sum, [, , count]) => sum + count, 0)
    expect(total).toBe(events.filter((event) => event.date !== null).length)
    expect(index.lanes).toEqual(['AZ–KZ', 'AZ–TR', 'KZ–TM'])
    const yearOnly = events.filter((event) => event.date === '2022' && event.countries.join() === 'KZ,TM').length
    const july = events.filter((e) => e.date?.startsWith('2022-07') && e.countries.join() === 'KZ,TM').length
    expect(index.bins).toContainEqual([2, '2022-07', yearOnly + july])
  })

  it('says where each year starts in each series, so a year range is one stretch of it', () => {
    const all = index.series.all!
    expect(all).toMatchObject({ total: 400, dated: 360 })
    const first2022 = ordered.findIndex((event) => event.date?.startsWith('2022'))
    expect(all.yearStart['2022']).toBe(first2022)
    expect(seriesRange(all, 2022, 2022)).toEqual({
      start: first2022,
      end: ordered.findIndex((event) => event.date?.startsWith('2023')),
    })
    expect(seriesRange(all, null, null)).toEqual({ start: 0, end: 400 })
    expect(seriesRange(all, 2023, null)).toEqual({ start: all.yearStart['2023'], end: 360 })
  })

  it('locates every occasion in each series that holds it', () => {
    const at = Object.assign({}, ...where) as WhereFile
    for (const event of events) expect(at[event.id]!.all).toBe(ordered.indexOf(event))
  })
})

describe('timelinePlan(index, filter, page)', () => {
  const { index } = build(occasions(400))

  it('reads every occasion of a filter small enough to draw one by one', () => {
    const plan = timelinePlan(index, { countries: ['TM'], from: 2022, to: 2022 }, 1)!
    expect(plan.mode).toBe('occasions')
    expect(plan.end - plan.start).toBeLessThanOrEqual(DENSE_OCCASIONS)
    expect(plan.files.every((file) => file.path.startsWith('views/timeline/country-TM/'))).toBe(true)
  })

  it('reads only the asked page of a dense filter’s list: at most two page files', () => {
    const plan = timelinePlan(index, { countries: [], from: null, to: null }, 3)!
    expect(plan.mode).toBe('binned')
    expect(plan.files.map((file) => file.path)).toEqual(['views/timeline/all/3.json'])
    const ranged = timelinePlan(index, { countries: [], from: 2021, to: 2023 }, 2)!
    expect(ranged.mode).toBe('binned')
    expect(ranged.files.length).toBeLessThanOrEqual(2)
    expect(ranged.loadedFrom).toBeLessThanOrEqual(ranged.start + 50)
  })

  it('leaves two countries at once to the whole timeline', () => {
    expect(timelinePlan(index, { countries: ['AZ', 'TM'], from: null, to: null }, 1)).toBeNull()
  })
})

describe('binnedTimeline(index, filter)', () => {
  const { index } = build(occasions(400))

  it('keeps the lanes involving a chosen country and the months in the year range, with no gap in the months', () => {
    // each pair is dated in one year only here: AZ–KZ in 2021, KZ–TM in 2022, AZ–TR in 2023
    const model = binnedTimeline(index, { countries: ['AZ'], from: 2023, to: 2023 })
    expect(model.lanes.map((lane) => lane.key)).toEqual(['AZ–TR'])
    expect(model.bins.every((bin) => bin.month.startsWith('2023'))).toBe(true)
    expect(model.total).toBe(index.bins.filter(([lane]) => lane === 1).reduce((sum, [, , count]) => sum + count, 0))
    expect(model.months[0]! <= model.months[model.months.length - 1]!).toBe(true)
    const span = model.months.length
    expect(new Set(model.months).size).toBe(span)
  })
})

describe('binnedTimeline: quiet lanes folded', () => {
  const CODES = ['AZ', 'KZ', 'TM', 'TR', 'UZ', 'GE', 'CN']
  // 21 pairs of countries, pair i holding i + 1 occasions in March 2024: a long tail of quiet lanes
  const pairs = CODES.flatMap((a, i) => CODES.slice(i + 1).map((b) => [a, b]))
  const events = pairs.flatMap((pair, i) =>
    Array.from({ length: i + 1 }, (_, n) => makeEvent(`o-${i}-${n}`, { countries: pair, date: '2024-03-05' })),
  )
  const { index } = build(events)

  it(`names the ${NAMED_LANES} busiest lanes and adds up the rest in one lane drawn last, losing no occasion`, () => {
    const model = binnedTimeline(index, { countries: [], from: null, to: null })
    expect(model.lanes).toHaveLength(NAMED_LANES + 1)
    expect(model.lanes.at(-1)!.index).toBe(OTHER_LANE)
    expect(model.total).toBe(events.length)
    const quiet = pairs.length - NAMED_LANES
    const other = model.bins.find((bin) => bin.lane === OTHER_LANE)!
    // the quiet lanes are the first pairs, holding 1 … quiet occasions
    expect(other.count).toBe((quiet * (quiet + 1)) / 2)
  })
})
