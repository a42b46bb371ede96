import { describe, expect, it } from 'vitest'
import { areDatesCompatible } from '../../../src/pipeline/stages/merge'

describe('areDatesCompatible(a, b)', () => {
  it.each([
    ['a month contains its days', '2025-10', '2025-10-21', true],
    ['a year contains its months', '2025', '2025-10', true],
    ['two different days', '2025-10-21', '2025-10-22', false],
    ['an unknown date matches only another unknown one', null, '2025-10-21', false],
    ['two unknown dates', null, null, true],
  ])('%s', (_name, a, b, expected) => {
    expect(areDatesCompatible(a, b)).toBe(expected)
  })
})
