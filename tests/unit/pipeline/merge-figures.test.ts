import { describe, expect, it } from 'vitest'
import { mergeFigures } from '../../../src/pipeline/stages/merge'
import type { FigureDraft } from '../../../src/pipeline/types'
import type { ReviewReason } from '../../../src/schema/dataset'

/** Kazakhstan's trade turnover in 2024 as one article states it: a value, the countries, the review reasons. */
const trade = (
  articleId: string,
  value: number,
  countries: string[],
  reviewReasons: ReviewReason[] = [],
): FigureDraft => ({
  metric: 'trade-turnover',
  label: 'Trade turnover',
  kind: 'achieved',
  value,
  valueMax: null,
  unit: 'USD',
  qualifier: 'exact',
  year: 2024,
  deadline: null,
  horizon: null,
  sectors: ['trade'],
  countries,
  reviewReasons,
  source: { articleId, start: 0, end: 50, quote: 'quote', mention: null, curated: false },
})

/** What a reader of the merged figures sees: value, countries, how many sources, and whether it conflicts. */
const summary = (drafts: FigureDraft[]) =>
  mergeFigures(drafts).map((f) => ({
    value: f.value,
    countries: f.countries,
    sources: f.sources.map((s) => s.articleId),
    conflicts: f.conflict !== null,
  }))

describe('mergeFigures: countries decide which statements are one figure', () => {
  it('keeps $540M of Kazakh–Turkmen trade apart from $540M of Azerbaijani–Kazakh trade', () => {
    expect(summary([trade('kz-tm', 540e6, ['KZ', 'TM']), trade('az-kz', 540e6, ['AZ', 'KZ'])])).toEqual([
      { value: 540e6, countries: ['KZ', 'TM'], sources: ['kz-tm'], conflicts: false },
      { value: 540e6, countries: ['AZ', 'KZ'], sources: ['az-kz'], conflicts: false },
    ])
  })

  it('joins a statement naming only Kazakhstan to the Azerbaijani–Kazakh figure of the same value', () => {
    expect(summary([trade('az-kz', 500e6, ['AZ', 'KZ']), trade('kz', 500e6, ['KZ'])])).toEqual([
      { value: 500e6, countries: ['AZ', 'KZ'], sources: ['az-kz', 'kz'], conflicts: false },
    ])
  })

  it('joins a statement naming no country to the figure of the same value', () => {
    expect(summary([trade('none', 500e6, []), trade('az-kz', 500e6, ['AZ', 'KZ'])])).toEqual([
      { value: 500e6, countries: ['AZ', 'KZ'], sources: ['none', 'az-kz'], conflicts: false },
    ])
  })
})

describe('mergeFigures: conflicts only between compatible countries', () => {
  it('flags two values for the same pair with one shared key', () => {
    const figures = mergeFigures([trade('a', 500e6, ['AZ', 'KZ']), trade('b', 600e6, ['AZ', 'KZ'])])
    expect(figures.map((f) => f.conflict)).toEqual([expect.stringMatching(/^conflict-/), figures[0]?.conflict])
  })

  it('flags a one-country value against the pair that contains that country', () => {
    expect(summary([trade('a', 700e6, ['KZ']), trade('b', 600e6, ['AZ', 'KZ'])]).map((f) => f.conflicts)).toEqual([
      true,
      true,
    ])
  })

  it('does not flag different values for two different pairs', () => {
    expect(summary([trade('a', 500e6, ['AZ', 'KZ']), trade('b', 540e6, ['KZ', 'TM'])]).map((f) => f.conflicts)).toEqual(
      [false, false],
    )
  })
})

describe('mergeFigures: confidence', () => {
  const confidence = (drafts: FigureDraft[]) =>
    mergeFigures(drafts).map((f) => ({ confidence: f.confidence, reviewReasons: f.reviewReasons }))

  it.each<[string, ReviewReason[][], { confidence: string; reviewReasons: ReviewReason[] }]>([
    [
      'one source with a reason needs review',
      [['year-from-context']],
      { confidence: 'review', reviewReasons: ['year-from-context'] },
    ],
    ['one source without reasons is high', [[]], { confidence: 'high', reviewReasons: [] }],
    [
      'one clear source settles a reason another has',
      [['year-from-context'], []],
      { confidence: 'high', reviewReasons: [] },
    ],
    [
      'only the reasons every source shares remain',
      [['metric-unknown', 'kind-unstated'], ['metric-unknown']],
      { confidence: 'review', reviewReasons: ['metric-unknown'] },
    ],
  ])('%s', (_name, reasons, expected) => {
    const drafts = reasons.map((r, i) => trade(`article-${i}`, 500e6, ['AZ', 'KZ'], r))
    expect(confidence(drafts)).toEqual([expected])
  })
})
