import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

const kinds = (sentence: string) => extract([sentence], 'en', '2026-03-14').map((f) => [f.value, f.kind])

describe('English contractions of "will"', () => {
  it.each([
    ["We'll test with 6 containers in April.", [6, 'target']],
    ["They'll ship 2,000 tonnes to Baku next year.", [2000, 'target']],
    ["The port says it'll handle 500,000 TEU by 2028.", [500000, 'target']],
  ])('"%s" plans', (sentence, expected) => {
    expect(kinds(sentence)).toContainEqual(expected)
  })

  it('guard: a past told beside no contraction stays achieved', () => {
    expect(kinds('We shipped 6 containers to Baku in April.')).toContainEqual([6, 'achieved'])
  })
})
