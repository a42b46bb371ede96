import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { timingChanged, toTargetHistory } from '../../../../src/features/targets/lib/to-target-history'
import { isProgressFor, toTargetProgress } from '../../../../src/features/targets/lib/to-target-progress'
import { toTargetTracks } from '../../../../src/features/targets/lib/to-target-tracks'
import { articleMetaSchema, figureSchema, type ArticleMeta, type Figure } from '../../../../src/schema/dataset'
import corpusFixture from '../../../fixtures/corpus-targets.json'
import seedFixture from '../../../fixtures/seed-targets.json'
import { makeFigure, makeSourceRef } from '../../../support/builders'

const fixtureSchema = z.object({ articles: z.array(articleMetaSchema), figures: z.array(figureSchema) })

function load(raw: unknown) {
  const { articles, figures } = fixtureSchema.parse(raw)
  return { figures, articlesById: new Map(articles.map((article) => [article.id, article])) }
}

const seeds = load(seedFixture)
const corpus = load(corpusFixture)

function track(data: ReturnType<typeof load>, id: string) {
  const found = toTargetTracks(data.figures, data.articlesById).find((item) => item.id === id)
  if (!found) throw new Error(`no track ${id}`)
  return found
}

const article = (id: string, published: string | null): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  lang: 'en',
  published,
  title: id,
  outlet: 'Outlet',
  author: null,
})

describe('toTargetTracks(figures, articlesById) on the seeds', () => {
  it('follows the $1B trade target through both articles, oldest first, the second a restatement', () => {
    const trade = track(seeds, 'trade-turnover.az-kz.usd')
    expect(trade.statements.map((s) => [s.source.articleId, s.published, s.article?.lang, s.change.type])).toEqual([
      ['001_f252e9742af12d5d', '2025-10-21', 'tr', 'first'],
      ['004_a6dd264eb69775f1', '2025-10-27', 'az', 'restated'],
    ])
    expect(trade.current.timing).toEqual({ type: 'horizon', term: 'near-future', words: 'Yakın gelecekte' })
    expect(trade.status).toEqual(['restated'])
  })

  it('folds the "twice" stated in the same sentences into the $1B track instead of a track of its own', () => {
    const tracks = toTargetTracks(seeds.figures, seeds.articlesById)
    expect(tracks.map((item) => item.id)).not.toContain('trade-turnover.az-kz.multiplier')
    expect(track(seeds, 'trade-turnover.az-kz.usd').alsoStated.map((figure) => figure.value)).toEqual([2])
  })

  it('shows no progress from the derived $500M baseline: it is computed, not reported', () => {
    expect(track(seeds, 'trade-turnover.az-kz.usd').progress).toBeNull()
  })

  it('keeps a target without a number (oil through BTC to grow "soon") with no progress', () => {
    const oil = track(seeds, 'oil-btc.kz.t')
    expect(oil.current.value).toBeNull()
    expect(oil.progress).toBeNull()
    expect(oil.status).toEqual(['stated'])
  })

  it('measures no progress against a multiplier target (×3 by 2030)', () => {
    expect(track(seeds, 'middle-corridor-cargo.az-kz.multiplier').progress).toBeNull()
  })
})

describe('toTargetTracks(figures, articlesById) on the corpus', () => {
  it('measures the $1B AZ–KZ trade target by the $650M reported for 2025: 65 %', () => {
    const trade = track(corpus, 'trade-turnover.az-kz.usd')
    expect(trade.statements.map((s) => [s.published, s.change.type])).toEqual([
      ['2026-02-16', 'first'],
      ['2026-02-20', 'restated'],
    ])
    expect(trade.progress).toMatchObject({ target: 1e9, asOf: 2025, achieved: { value: 6.5e8 } })
    expect(trade.progress?.share).toBeCloseTo(0.65)
    expect(trade.status).toEqual(['restated', 'progress-reported'])
  })

  it('marks the container target raised from 240,000 to 500,000 TEU and moved from 2029 to 2030 as revisions', () => {
    const teu = track(corpus, 'container-traffic.az-kz.teu')
    expect(
      teu.statements.map((s) => [s.published, s.value, s.timing.type === 'deadline' ? s.timing.date : null, s.change]),
    ).toEqual([
      ['2025-12-09', 240000, null, { type: 'first' }],
      // a deadline added where the first article gave none is no revision
      ['2025-12-10', 240000, '2026', { type: 'restated' }],
      [
        '2026-01-14',
        500000,
        '2029',
        {
          type: 'revised',
          value: { from: 240000, to: 500000 },
          timing: { from: { type: 'deadline', date: '2026' }, to: { type: 'deadline', date: '2029' } },
        },
      ],
      [
        '2026-02-09',
        500000,
        '2030',
        {
          type: 'revised',
          value: null,
          timing: { from: { type: 'deadline', date: '2029' }, to: { type: 'deadline', date: '2030' } },
        },
      ],
    ])
    expect(teu.current.value).toBe(500000)
    expect(teu.status[0]).toBe('revised')
  })

  it('never measures progress with a figure that needs review, a derived one, or another unit or pair', () => {
    const teu = track(corpus, 'container-traffic.az-kz.teu')
    const target = teu.current.figure
    const rejected = corpus.figures.filter(
      (figure) => figure.kind === 'achieved' && figure.metric === target.metric && !isProgressFor(target, figure),
    )
    expect(rejected.some((figure) => figure.confidence === 'review')).toBe(true)
    expect(rejected.some((figure) => figure.derived !== null)).toBe(true)
    expect(rejected.some((figure) => figure.unit !== 'TEU')).toBe(true)
    expect(teu.progress?.achieved.confidence).toBe('high')
    expect(teu.progress?.achieved.unit).toBe('TEU')
  })
})

describe('toTargetHistory(figures, articlesById)', () => {
  const byId = new Map([
    ['a2017', article('a2017', '2017-05-02')],
    ['b2025', article('b2025', '2025-10-21')],
    ['undated', article('undated', null)],
  ])
  const stated = (articleId: string, overrides: Partial<Figure>) =>
    makeFigure({ sources: [makeSourceRef({ articleId })], ...overrides })

  it('marks "$500M in three years" (2017) → "$1B in the near future" (2025) as a revision of value and timing', () => {
    const history = toTargetHistory(
      [
        stated('b2025', { value: 1e9, horizon: 'in the near future' }),
        stated('a2017', { value: 5e8, deadline: '2020' }),
      ],
      byId,
    )
    expect(history.map((s) => s.change)).toEqual([
      { type: 'first' },
      {
        type: 'revised',
        value: { from: 5e8, to: 1e9 },
        timing: {
          from: { type: 'deadline', date: '2020' },
          to: { type: 'horizon', term: 'near-future', words: 'in the near future' },
        },
      },
    ])
  })

  it('claims no revision for an undated statement that differs, and lists it last', () => {
    const history = toTargetHistory([stated('undated', { value: 2e9 }), stated('a2017', { value: 5e8 })], byId)
    expect(history.map((s) => [s.source.articleId, s.change.type])).toEqual([
      ['a2017', 'first'],
      ['undated', 'differs'],
    ])
  })
})

describe('timingChanged(from, to)', () => {
  const deadline = (date: string) => ({ type: 'deadline', date }) as const
  const horizon = { type: 'horizon', term: 'near-future', words: 'yakın gelecekte' } as const
  const otherHorizon = { type: 'horizon', term: 'coming-years', words: 'in the coming years' } as const
  it.each([
    ['a year and a day in that year are the same deadline', deadline('2026'), deadline('2026-12-31'), false],
    ['another year is a change', deadline('2029'), deadline('2030'), true],
    ['a date replacing open words is a change', horizon, deadline('2030'), true],
    ['two sets of open words are too vague to compare', horizon, otherHorizon, false],
    ['a missing timing says nothing', { type: 'none' } as const, deadline('2030'), false],
  ])('%s', (_name, from, to, changed) => {
    expect(timingChanged(from, to)).toBe(changed)
  })
})

describe('toTargetProgress(target, figures, articlesById)', () => {
  it('takes the latest reference year, falling back to the newest source date when the text gives none', () => {
    const byId = new Map([['b2025', article('b2025', '2025-10-21')]])
    const target = makeFigure({ value: 1e9 })
    const old = makeFigure({ kind: 'achieved', value: 4e8, year: 2023 })
    const undatedYear = makeFigure({
      kind: 'achieved',
      value: 5.33e8,
      sources: [makeSourceRef({ articleId: 'b2025' })],
    })
    expect(toTargetProgress(target, [old, undatedYear], byId)).toMatchObject({ asOf: 2025, share: 0.533 })
  })
})
