import { describe, expect, it } from 'vitest'
import { areDatesCompatible, mergeAgreements, mergeEvents, mergeFigures } from '../../../src/pipeline/stages/merge'
import type { AgreementDraft, EventDraft, FigureDraft } from '../../../src/pipeline/types'
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

describe('mergeEvents(drafts)', () => {
  const visit = (articleId: string, date: string | null, label = 'resmi ziyaret'): EventDraft => ({
    kind: 'visit',
    label,
    date,
    dateBasis: date ? 'stated' : null,
    place: articleId === 'az' ? 'Astana' : null,
    countries: ['KZ', 'AZ'],
    people: ['Ilham Aliyev'],
    source: source(articleId),
  })

  it('joins a visit dated to the month with the same visit dated to the day, keeping the day', () => {
    const events = mergeEvents([visit('tr', '2025-10-21'), visit('az', '2025-10'), visit('x', '2025-10-21')])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ date: '2025-10-21', place: 'Astana', countries: ['AZ', 'KZ'] })
    expect(events[0]?.sources).toHaveLength(3)
  })

  it('keeps visits on different days apart, and an undated visit apart from dated ones', () => {
    expect(mergeEvents([visit('a', '2024-10-10'), visit('b', '2025-10-21'), visit('c', null)])).toHaveLength(3)
  })
})

describe('mergeAgreements(drafts)', () => {
  const pkg = (articleId: string, count: number | null, start = 0): AgreementDraft => ({
    title: null,
    kind: 'package',
    count,
    date: '2025-10-21',
    place: null,
    parties: ['AZ', 'KZ'],
    sectors: start ? ['health'] : ['energy'],
    source: source(articleId, start),
  })

  it('joins two mentions of the same 15-agreement package and unions their sectors', () => {
    const [agreement, ...rest] = mergeAgreements([pkg('tr', 15), pkg('tr', 15, 100)])
    expect(rest).toHaveLength(0)
    expect(agreement).toMatchObject({ count: 15, sectors: ['energy', 'health'] })
    expect(agreement?.sources).toHaveLength(2)
  })

  it('never joins packages whose size the text does not give', () => {
    expect(mergeAgreements([pkg('a', null), pkg('b', null)])).toHaveLength(2)
  })
})
