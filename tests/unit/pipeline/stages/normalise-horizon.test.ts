import { describe, expect, it } from 'vitest'
import { relativeYearsTerm, withHorizonTerms } from '../../../../src/pipeline/stages/normalise-horizon'
import { horizonTermOf, toHorizonTerm } from '../../../../src/schema/horizon-term'
import { extract } from './figure-input'

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

describe('relative horizons: a count of years from the statement, in words or digits, in four languages', () => {
  it.each([
    [
      'az',
      'Tərəflər ticarət dövriyyəsini üç il ərzində 1 milyard dollara çatdırmağı qərara alıblar.',
      'üç il ərzində',
      'within-3-years',
    ],
    [
      'az',
      'Azərbaycan və Qazaxıstan növbəti 5 ildə yük daşımalarını 10 milyon tona çatdırmağı planlaşdırır.',
      'növbəti 5 ildə',
      'within-5-years',
    ],
    [
      'tr',
      'Taraflar, ikili ticaret hacminin üç yıl içinde 5 milyar dolara çıkarılmasını hedefliyor.',
      'üç yıl içinde',
      'within-3-years',
    ],
    [
      'tr',
      'Bakan, Orta Koridor üzerinden taşınan yük miktarının önümüzdeki 5 yılda 10 milyon tona ulaşmasını beklediklerini söyledi.',
      'önümüzdeki 5 yılda',
      'within-5-years',
    ],
    [
      'en',
      'The two countries aim to raise bilateral trade to $1 billion in three years.',
      'in three years',
      'within-3-years',
    ],
    [
      'en',
      'The ministry expects freight on the route to reach 5 million tonnes within a year.',
      'within a year',
      'within-1-year',
    ],
    [
      'ru',
      'Стороны намерены в течение трёх лет довести товарооборот до 1 миллиарда долларов.',
      'в течение трёх лет',
      'within-3-years',
    ],
    [
      'ru',
      'Казахстан планирует через пять лет увеличить транзит до 10 миллионов тонн.',
      'через пять лет',
      'within-5-years',
    ],
    ['ru', 'Объём перевозок планируется довести до 5 млн тонн в течение 2 лет.', 'в течение 2 лет', 'within-2-years'],
  ])('%s: “%s” keeps “%s” and reads it as %s', (lang, sentence, words, term) => {
    const figures = withHorizonTerms(extract([sentence], lang))
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) {
      expect(figure.kind).not.toBe('achieved')
      expect(figure.deadline).toBeNull()
      expect(figure.horizon).toBe(words)
      expect(figure.horizonTerm).toBe(term)
    }
  })

  it('reads no term for counts it cannot place, and leaves the other terms alone', () => {
    expect(relativeYearsTerm('in a few years')).toBeNull()
    expect(relativeYearsTerm('в течение 15 лет')).toBeNull()
    expect(relativeYearsTerm('yakın gelecekte')).toBeNull()
    expect(relativeYearsTerm('в течение шести лет')).toBe('within-6-years')
    expect(relativeYearsTerm('bir il ərzində')).toBe('within-1-year')
    expect(withHorizonTerms([{ horizon: 'önümüzdeki yıllarda' }])[0]?.horizonTerm).toBe('coming-years')
  })
})
