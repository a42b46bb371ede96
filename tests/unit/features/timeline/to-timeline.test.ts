import { describe, expect, it } from 'vitest'
import {
  eventCountries,
  filterEvents,
  laneKeyOf,
  toTime,
  toTimeline,
  yearRange,
} from '../../../../src/features/timeline/lib/to-timeline'
import type { CorridorEvent } from '../../../../src/schema/dataset'
import { makeEvent } from '../../../support/builders'

const event = (id: string, overrides: Partial<CorridorEvent> = {}) => makeEvent(id, overrides)

const ASTANA = event('astana')
const BAKU = event('baku', { date: '2024-03', countries: ['AZ', 'KZ'] })
const TBILISI = event('tbilisi', { date: '2025', countries: ['GE', 'TR'] })
const NOBODY = event('nobody', { date: '2023-01-05', countries: [] })
const UNDATED = event('undated', { date: null, dateBasis: null, countries: ['UZ', 'KZ'] })
const ALL = [ASTANA, BAKU, TBILISI, NOBODY, UNDATED]

describe('laneKeyOf(event)', () => {
  it.each([
    [['KZ', 'AZ'], 'AZ–KZ'],
    [['AZ', 'KZ', 'AZ'], 'AZ–KZ'],
    [['TR'], 'TR'],
    [[], ''],
  ])('names %j as %j', (countries, key) => {
    expect(laneKeyOf({ countries })).toBe(key)
  })
})

describe('toTime(date)', () => {
  it.each([
    ['2025-10-21', Date.UTC(2025, 9, 21, 12)],
    ['2025-10', Date.UTC(2025, 9, 15)],
    ['2025', Date.UTC(2025, 6, 2)],
  ])('places %s in the middle of the period it names', (date, time) => {
    expect(toTime(date)).toBe(time)
  })
})

describe('toTimeline(events)', () => {
  it('puts dated events in time order on one lane per country set, named countries first', () => {
    const model = toTimeline(ALL)
    expect(model.lanes.map((lane) => lane.key)).toEqual(['AZ–KZ', 'GE–TR', ''])
    expect(model.points.map((point) => [point.event.id, point.lane])).toEqual([
      ['nobody', 2],
      ['baku', 0],
      ['tbilisi', 1],
      ['astana', 0],
    ])
  })

  it('nudges events of the same lane and date apart, centred on the lane', () => {
    const twin = event('twin', { date: ASTANA.date })
    const model = toTimeline([ASTANA, twin, BAKU])
    expect(model.points.map((point) => [point.event.id, point.y])).toEqual([
      ['baku', 0],
      ['astana', -0.125],
      ['twin', 0.125],
    ])
  })

  it('gives one point per occasion and puts every other label of a lane below its mark, so neighbours do not overlap', () => {
    const model = toTimeline(ALL)
    expect(model.points.map((point) => [point.event.id, point.labelBelow])).toEqual([
      ['nobody', false],
      ['baku', false],
      ['tbilisi', false],
      ['astana', true],
    ])
    expect(new Set(model.points.map((point) => point.event.id)).size).toBe(model.points.length)
  })

  it('lists undated events apart', () => {
    expect(toTimeline(ALL).undated.map((item) => item.id)).toEqual(['undated'])
  })
})

describe('filterEvents(events, filter)', () => {
  it.each([
    [
      'keeps everything without filters',
      { countries: [], from: null, to: null },
      ['astana', 'baku', 'tbilisi', 'nobody', 'undated'],
    ],
    [
      'keeps events involving any selected country',
      { countries: ['TR', 'UZ'], from: null, to: null },
      ['tbilisi', 'undated'],
    ],
    ['keeps years in the inclusive range and drops undated ones', { countries: [], from: 2024, to: 2024 }, ['baku']],
    ['takes an open-ended range', { countries: [], from: 2025, to: null }, ['astana', 'tbilisi']],
    ['combines country and years', { countries: ['AZ'], from: null, to: 2024 }, ['baku']],
  ])('%s', (_name, filter, expected) => {
    expect(filterEvents(ALL, filter).map((item) => item.id)).toEqual(expected)
  })
})

describe('eventCountries(events) and yearRange(events)', () => {
  it('lists the countries and the span of dated years', () => {
    expect(eventCountries(ALL)).toEqual(['AZ', 'GE', 'KZ', 'TR', 'UZ'])
    expect(yearRange(ALL)).toEqual({ min: 2023, max: 2025 })
    expect(yearRange([UNDATED])).toBeNull()
  })
})
