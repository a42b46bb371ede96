import { describe, expect, it } from 'vitest'
import { HIT_RADIUS } from '../../../../src/features/timeline/components/timeline-mark'
import { fitLabel } from '../../../../src/features/timeline/lib/label-slots'

describe('fitLabel(label, width)', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Round table', 200)).toBe('Round table')
  })

  it('cuts a label that does not fit and ends it with an ellipsis', () => {
    const cut = fitLabel("Aliyev's state visit to Kazakhstan", 100)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(Math.floor(100 / 6.6))
  })

  it('draws nothing where there is no room', () => {
    expect(fitLabel('Summit', 5)).toBe('')
  })

  it('gives a hit area at least 24 px across', () => {
    expect(HIT_RADIUS * 2).toBeGreaterThanOrEqual(24)
  })
})
