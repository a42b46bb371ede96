import { describe, expect, it } from 'vitest'
import { laneAxisWidth } from '../../../../src/features/timeline/components/timeline-marks'

describe('laneAxisWidth(ticks)', () => {
  it('keeps the usual 56 px for pairs of countries', () => {
    expect(laneAxisWidth(['AZ–KZ', 'KZ–TM', 'AZ'])).toBe(56)
  })

  it('widens to the longest lane, so four countries are not cut to three', () => {
    expect(laneAxisWidth(['AZ–KZ', 'AZ–GE–KZ–TR'])).toBe(12 + 8 * 11)
    expect(laneAxisWidth(['AZ–CN–GE–KZ–TM–TR–UZ'])).toBe(12 + 8 * 20)
  })

  it('stops at 180 px, leaving the plot most of the chart', () => {
    expect(laneAxisWidth(['AZ–CN–GE–HU–IR–KG–KZ–RO–RU–TM–TR–US–UZ'])).toBe(180)
    expect(laneAxisWidth([])).toBe(56)
  })
})
