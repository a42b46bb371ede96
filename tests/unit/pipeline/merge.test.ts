import { describe, expect, it } from 'vitest'
import { areDatesCompatible, mergeFigures } from '../../../src/pipeline/stages/merge'
import type { FigureDraft } from '../../../src/pipeline/types'
import type { SourceRef } from '../../../src/schema/dataset'

const source = (articleId: string, start = 0): SourceRef => ({
  articleId,
  start,
  end: start + 5,
  quote: 'quote',
  mention: null,
  curated: false,
})
const tradeTarget = (articleId: string, value: number | null): FigureDraft => ({
  metric: 'trade-turnover',
  label: 'Trade turnover',
  kind: 'target',
  value,
  valueMax: null,
  unit: 'USD',
  qualifier: 'exact',
  year: null,
  deadline: null,
  horizon: articleId === 'tr' ? 'yakın gelecekte' : null,
  sectors: ['trade'],
  countries: articleId === 'tr' ? ['KZ'] : ['AZ', 'KZ'],
  source: source(articleId),
})

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

describe('mergeFigures(drafts)', () => {
  it('makes one figure of the $1B target stated in Turkish and in Azerbaijani, with both sources', () => {
    const [figure, ...rest] = mergeFigures([tradeTarget('tr', 1e9), tradeTarget('az', 1e9)])
    expect(rest).toHaveLength(0)
    expect(figure?.sources.map((s) => s.articleId)).toEqual(['tr', 'az'])
    expect(figure?.countries).toEqual(['AZ', 'KZ'])
    expect(figure?.horizon).toBe('yakın gelecekte')
    expect(figure?.conflict).toBeNull()
  })

  it('keeps disagreeing values apart and flags them with one shared conflict key', () => {
    const [a, b, other] = mergeFigures([
      tradeTarget('tr', 1e9),
      tradeTarget('az', 2e9),
      { ...tradeTarget('x', 5), unit: 't' },
    ])
    expect(a?.id).not.toBe(b?.id)
    expect(a?.conflict).toMatch(/^conflict-/)
    expect(b?.conflict).toBe(a?.conflict)
    expect(other?.conflict).toBeNull()
  })

  it('gives the same ids for the same input, whatever else is built', () => {
    const once = mergeFigures([tradeTarget('tr', 1e9)]).map((f) => f.id)
    const again = mergeFigures([tradeTarget('tr', 1e9), tradeTarget('az', 5)]).map((f) => f.id)
    expect(again[0]).toBe(once[0])
  })
})
