import { describe, expect, it } from 'vitest'
import { toTimeAxis } from '../../../../src/features/timeline/lib/time-axis'

const day = (date: string) => Date.parse(`${date}T12:00:00Z`)
const iso = (ticks: readonly number[]) => ticks.map((tick) => new Date(tick).toISOString().slice(0, 10))

describe('toTimeAxis(times)', () => {
  it('has no axis without times', () => {
    expect(toTimeAxis([])).toBeNull()
  })

  it('pads a single day so its point is not on the edge, with month ticks', () => {
    const axis = toTimeAxis([day('2025-10-21')])
    expect(axis?.unit).toBe('month')
    expect(axis?.domain[0]).toBeLessThan(day('2025-10-21'))
    expect(axis?.domain[1]).toBeGreaterThan(day('2025-10-21'))
    expect(iso(axis?.ticks ?? [])).toEqual(['2025-10-01', '2025-11-01', '2025-12-01'])
  })

  it.each([
    ['a year and a half steps half-years', ['2024-03-01', '2025-08-01'], ['2024-07-01', '2025-01-01', '2025-07-01']],
    [
      'seven months step two months',
      ['2024-03-01', '2024-10-01'],
      ['2024-03-01', '2024-05-01', '2024-07-01', '2024-09-01', '2024-11-01'],
    ],
  ])('%s, aligned to the calendar', (_name, dates, ticks) => {
    const axis = toTimeAxis(dates.map(day))
    expect(axis?.unit).toBe('month')
    expect(iso(axis?.ticks ?? [])).toEqual(ticks)
  })

  it('uses year ticks for spans of several years', () => {
    const axis = toTimeAxis([day('2015-06-01'), day('2025-06-01')])
    expect(axis?.unit).toBe('year')
    expect(iso(axis?.ticks ?? [])).toEqual([
      '2015-01-01',
      '2017-01-01',
      '2019-01-01',
      '2021-01-01',
      '2023-01-01',
      '2025-01-01',
    ])
  })
})
