import { describe, expect, it } from 'vitest'
import { withHorizonTerms } from '../../../../src/pipeline/stages/normalise-horizon'
import { horizonTermOf, toHorizonTerm } from '../../../../src/schema/horizon-term'

describe('toHorizonTerm(words)', () => {
  it.each([
    ['Turkish, capitalised', 'Yakın gelecekte', 'near-future'],
    ['Azerbaijani', 'yaxın gələcəkdə', 'near-future'],
    ['English', 'in the near future', 'near-future'],
    ['Russian', 'в ближайшем будущем', 'near-future'],
    ['Turkish "soon"', 'yakında', 'soon'],
    ['Azerbaijani "soon"', 'tezliklə', 'soon'],
    ['Russian "soon"', 'в ближайшее время', 'soon'],
    ['Turkish short term', 'kısa vadede', 'short-term'],
    ['Azerbaijani short term', 'qısa müddətdə', 'short-term'],
    ['Turkish coming years', 'önümüzdeki yıllarda', 'coming-years'],
    ['Azerbaijani coming years', 'qarşıdakı illərdə', 'coming-years'],
    ['English coming years', 'in the coming years', 'coming-years'],
    ['Russian coming years', 'в ближайшие годы', 'coming-years'],
    ['Turkish coming period', 'önümüzdeki dönemde', 'coming-period'],
    ['Turkish medium term', 'orta vadede', 'medium-term'],
    ['English long term', 'in the long term', 'long-term'],
    ['Russian long term', 'в долгосрочной перспективе', 'long-term'],
    ['upper-case Turkish dotless i', 'YAKIN GELECEKTE', 'near-future'],
  ])('%s: %s → %s', (_name, words, term) => {
    expect(toHorizonTerm(words)).toBe(term)
  })

  it('gives null for no words and for words no term covers', () => {
    expect(toHorizonTerm(null)).toBeNull()
    expect(toHorizonTerm('someday')).toBeNull()
  })
})

describe('withHorizonTerms(figures)', () => {
  it('adds the term beside the verbatim words, which stay', () => {
    expect(withHorizonTerms([{ horizon: 'Yakın gelecekte' }, { horizon: null }])).toEqual([
      { horizon: 'Yakın gelecekte', horizonTerm: 'near-future' },
      { horizon: null, horizonTerm: null },
    ])
  })
})

describe('horizonTermOf(figure)', () => {
  it('keeps a stored term and normalises the words of a file without one', () => {
    expect(horizonTermOf({ horizon: 'yakında', horizonTerm: 'near-future' })).toBe('near-future')
    expect(horizonTermOf({ horizon: 'yakında' })).toBe('soon')
  })
})
