import { describe, expect, it } from 'vitest'
import { collectArticleFacts, countFactsByArticle } from '../../../../src/features/sources/lib/article-facts'
import { parseSourcesSearch, toSourcesSearchParams } from '../../../../src/features/sources/search-params'
import { loadFacts, makeFacts, makeFigure, makeSourceRef } from '../../../support/builders'

describe('collectArticleFacts(facts, articleId)', () => {
  it('collects figures, agreements and events of one article in text order, with the view that shows each', () => {
    const facts = collectArticleFacts(loadFacts(), '001_f252e9742af12d5d')
    expect(facts.map((fact) => [fact.kind, fact.highlights[0]?.start, fact.to])).toEqual([
      ['agreement', 386, '/agreements'],
      ['agreement', 737, '/agreements'],
      ['figure', 1198, '/targets/trade-turnover'],
      ['figure', 1198, '/targets/trade-turnover'],
      ['figure', 1693, '/targets/trans-caspian-freight-growth'],
      ['figure', 1710, '/targets/trans-caspian-freight'],
      ['figure', 1710, '/targets/trans-caspian-freight'],
      ['figure', 1929, '/targets/oil-btc'],
      ['figure', 1995, '/targets/oil-btc'],
    ])
  })

  it('links an event to the timeline with the event selected', () => {
    const [event] = collectArticleFacts(loadFacts(), '002_55df3fa7821e66eb')
    expect(event?.to).toBe('/timeline?event=evt-002_55df3fa7821e66eb-120')
  })

  it('marks the whole sentence when the source has no narrower mention', () => {
    const figure = makeFigure({ sources: [makeSourceRef({ articleId: 'x', start: 40, mention: null })] })
    const [fact] = collectArticleFacts(makeFacts({ figures: [figure], agreements: [], events: [] }), 'x')
    expect(fact?.highlights).toEqual([{ factId: figure.id, start: 40, end: 40 + makeSourceRef().quote.length }])
  })

  it('keeps only the sources of the article asked for', () => {
    const figure = makeFigure({
      sources: [makeSourceRef({ articleId: 'x', start: 0 }), makeSourceRef({ articleId: 'y', start: 100 })],
    })
    const [fact] = collectArticleFacts(makeFacts({ figures: [figure], agreements: [], events: [] }), 'y')
    expect(fact?.highlights.map((item) => item.start)).toEqual([100])
  })
})

describe('countFactsByArticle(facts)', () => {
  it('counts each fact once per article it cites', () => {
    const counts = countFactsByArticle(loadFacts())
    expect(Object.fromEntries(counts)).toEqual({
      '000_3847a3f1d1404b4c': 2,
      '001_f252e9742af12d5d': 9,
      '002_55df3fa7821e66eb': 1,
      '004_a6dd264eb69775f1': 2,
    })
  })
})

describe('parseSourcesSearch(params)', () => {
  it.each([
    ['', null],
    ['fact=', null],
    ['fact=fig-1', 'fig-1'],
  ])('reads %j as fact %j and round-trips it', (query, fact) => {
    expect(parseSourcesSearch(new URLSearchParams(query))).toEqual({ fact, sentence: null, notices: [] })
    expect(parseSourcesSearch(toSourcesSearchParams({ fact, sentence: null }))).toEqual({
      fact,
      sentence: null,
      notices: [],
    })
  })

  it('keeps the first of a repeated fact and reports the others', () => {
    expect(parseSourcesSearch(new URLSearchParams('fact=fig-1&fact=fig-2'))).toEqual({
      fact: 'fig-1',
      sentence: null,
      notices: [{ param: 'fact', value: 'fig-2' }],
    })
  })

  it("reads a search result's sentence as offsets and round-trips it", () => {
    const sentence = { start: 120, end: 245 }
    expect(parseSourcesSearch(new URLSearchParams('sentence=120-245'))).toEqual({ fact: null, sentence, notices: [] })
    expect(toSourcesSearchParams({ fact: null, sentence }).toString()).toBe('sentence=120-245')
  })

  it.each(['245-120', '7-7', 'abc', '-3-4', '1.5-9'])('reports the malformed sentence %j and marks none', (value) => {
    expect(parseSourcesSearch(new URLSearchParams({ sentence: value }))).toEqual({
      fact: null,
      sentence: null,
      notices: [{ param: 'sentence', value }],
    })
  })
})
