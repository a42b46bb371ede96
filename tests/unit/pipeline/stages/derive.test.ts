import { describe, expect, it } from 'vitest'
import type { Figure, SourceRef } from '../../../../src/schema/dataset'
import { deriveFigures } from '../../../../src/pipeline/stages/derive'
import { makeFigure } from '../../../support/builders'

const source = (articleId: string, start: number): SourceRef => ({
  articleId,
  start,
  end: start + 10,
  quote: 'sentence..',
  mention: null,
  curated: false,
})

const TRADE_TR = source('001', 100)
const TRADE_AZ = source('004', 500)
const FREIGHT = source('001', 300)

/** Builds a stated trade figure (the builder's defaults) cited by the two trade sentences. */
const figure = (fields: Partial<Figure> & Pick<Figure, 'id' | 'metric' | 'unit' | 'value'>): Figure =>
  makeFigure({ sources: [TRADE_TR, TRADE_AZ], ...fields })

const doubling = figure({ id: 'trade-x2', metric: 'trade-turnover', unit: 'multiplier', value: 2 })
const billion = figure({ id: 'trade-1b', metric: 'trade-turnover', unit: 'USD', value: 1e9 })
const growth = figure({
  id: 'tc-growth',
  metric: 'trans-caspian-freight-growth',
  label: 'Freight: growth',
  kind: 'achieved',
  unit: 'percent',
  value: 62,
  year: 2024,
  sectors: ['transport'],
  sources: [FREIGHT],
})
const tonnes = figure({
  id: 'tc-4.5mt',
  metric: 'trans-caspian-freight',
  label: 'Freight on the Trans-Caspian route',
  kind: 'achieved',
  unit: 't',
  value: 4.5e6,
  year: 2024,
  sectors: ['transport'],
  sources: [FREIGHT],
})

/** What the freight growth and tonnes give when both are stated in one sentence with these words. */
const deriveFromSentence = (quote: string) => {
  const sentence = { ...FREIGHT, quote }
  return deriveFigures([
    { ...growth, sources: [sentence] },
    { ...tonnes, sources: [sentence] },
  ])
}

describe('deriveFigures(figures)', () => {
  it('derives the baseline implied by a doubling to $1 billion', () => {
    const [baseline, ...rest] = deriveFigures([doubling, billion])
    expect(rest).toEqual([])
    expect(baseline).toMatchObject({
      metric: 'trade-turnover',
      kind: 'achieved',
      value: 5e8,
      unit: 'USD',
      qualifier: 'about',
      year: null,
      deadline: null,
      derived: { formula: '1 000 000 000 USD ÷ 2', from: ['trade-x2', 'trade-1b'] },
    })
    expect(baseline?.id).toMatch(/^trade-turnover-derived-/)
    expect(baseline?.label).toContain('before')
    expect(baseline?.sources).toEqual([TRADE_TR, TRADE_AZ])
  })

  it('derives the previous year implied by +62 % to 4.5 Mt, unrounded', () => {
    const [previous, ...rest] = deriveFigures([growth, tonnes])
    expect(rest).toEqual([])
    expect(previous).toMatchObject({
      metric: 'trans-caspian-freight',
      kind: 'achieved',
      value: 4.5e6 / 1.62,
      unit: 't',
      year: 2023,
      derived: { formula: '4 500 000 t ÷ (1 + 62 %)', from: ['tc-growth', 'tc-4.5mt'] },
    })
    expect(previous?.sources).toEqual([FREIGHT])
  })

  it('writes a fall as a minus in the formula', () => {
    const fall = { ...growth, value: -10 }
    const [previous] = deriveFigures([fall, tonnes])
    expect(previous?.derived?.formula).toBe('4 500 000 t ÷ (1 − 10 %)')
    expect(previous?.value).toBeCloseTo(5e6)
  })

  it('derives no previous year the sentence states itself (a table row with both years and the change)', () => {
    const stated = { ...tonnes, id: 'tc-2.8mt', value: 2.78e6, year: 2023 }
    expect(deriveFigures([growth, tonnes, stated])).toEqual([])
  })

  it.each([
    ['a week-on-week rise', 'Loaded volumes rose 6% week on week to 1,310 TEU.'],
    ['tr, a rise on the previous week', 'Yüklü hacim bir önceki haftaya göre yüzde 6 artarak 1.310 TEU oldu.'],
    ['a table row, whose change column’s period only its head names', 'Aktau - Baku | 40ft | 1,850 | -11.9%'],
  ])('derives no previous year from %s', (_name, quote) => {
    expect(deriveFromSentence(quote)).toEqual([])
  })

  it.each([
    ['en, months from one to another', 'Aktau port handled 38,200 TEU in January-October, up 41% year on year.'],
    ['tr, the first months', 'İlk dokuz ayda taşınan yük yüzde 62 artarak 4,5 milyon tona ulaştı.'],
    ['az, a month range', 'Yanvar-sentyabr aylarında daşımalar 62 faiz artaraq 4,5 milyon ton olub.'],
    ['ru, nine months', 'За девять месяцев перевозки выросли на 62% и составили 4,5 млн тонн.'],
  ])('derives no previous year from a level of a part of the year (%s)', (_name, quote) => {
    expect(deriveFromSentence(quote)).toEqual([])
  })

  it('guard: a whole year’s level still gives the year before’s (ru)', () => {
    expect(deriveFromSentence('В 2024 году перевозки выросли на 62% и составили 4,5 млн тонн.')).toHaveLength(1)
  })

  it('gives the same ids for the same inputs', () => {
    expect(deriveFigures([doubling, billion, growth, tonnes]).map((f) => f.id)).toEqual(
      deriveFigures([doubling, billion, growth, tonnes]).map((f) => f.id),
    )
  })

  it.each([
    ['the two figures come from different sentences', [doubling, { ...billion, sources: [source('009', 0)] }]],
    ['two absolute values share the sentence', [doubling, billion, { ...billion, id: 'trade-2b', value: 2e9 }]],
    ['two multipliers share the sentence', [doubling, billion, { ...doubling, id: 'trade-x3', value: 3 }]],
    ['the absolute value is a lower bound', [doubling, { ...billion, qualifier: 'more-than' as const }]],
    ['the absolute value is a range', [doubling, { ...billion, valueMax: 2e9 }]],
    ['the metrics differ', [doubling, { ...billion, metric: 'investment' }]],
    ['the growth rate refers to another year', [growth, { ...tonnes, year: 2025 }]],
    ['the growth rate is of another metric', [{ ...growth, metric: 'oil-btc-growth' }, tonnes]],
    ['the value is stated without a number', [doubling, { ...billion, value: null }]],
  ])('derives nothing when %s', (_name, figures) => {
    expect(deriveFigures(figures)).toEqual([])
  })
})
