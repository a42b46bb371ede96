import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and kind, in an article of 8 April 2026. */
const kinds = (sentence: string) => extract([sentence], 'en', '2026-04-08').map((f) => [f.words, f.kind])

describe('extractFigures: a participle that qualifies a noun in a plan’s object reports nothing done', () => {
  it.each<[string, string]>([
    ['The Ministry wants to raise the share of milk produced on commercial farms to 50% by 2030.', '50%'],
    ['The Committee aims to raise the share of declarations released automatically to 80% by 2027.', '80%'],
  ])('%s', (sentence, words) => {
    expect(kinds(sentence)).toEqual([[words, 'target']])
  })

  it('a compound’s second half ("programme-targeted") names a kind of grant, no plan', () => {
    expect(kinds('The study was funded by a programme-targeted grant of KZT 148.5 million.')).toEqual([
      ['KZT 148.5 million', 'achieved'],
    ])
  })

  it('guard: a past tense after its subject still reports what was done', () => {
    expect(kinds('A block train of 57 wagons from Ekibastuz arrived at Alat on June 6.')).toEqual([['57', 'achieved']])
  })

  it('guard: a plan’s participle keeps its plan ("$180 million planned for the first phase")', () => {
    expect(
      kinds('Only $95 million has been spent out of the $180 million planned for the first phase.'),
    ).toContainEqual(['$180 million', 'target'])
  })
})
