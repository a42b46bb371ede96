import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { FIGURES_PER_BAR, SOURCES_PER_FIGURE } from '../../../../src/pipeline/views/figure-slices'
import { viewSlices, viewSummary, type SliceInput } from '../../../../src/pipeline/views/view-slices'
import type { Figure } from '../../../../src/schema/dataset'
import { whereFileSchema } from '../../../../src/schema/list-pages'
import { timelineFiles, timelineIndexSchema } from '../../../../src/schema/timeline-pages'
import { viewSliceSchema, type ViewSlice } from '../../../../src/schema/view-files'
import { loadFacts, makeFigure, makeSourceRef } from '../../../support/builders'

const facts = loadFacts()
const seedInput: SliceInput = {
  metas: facts.articles,
  figures: () => facts.figures,
  agreements: () => facts.agreements,
  events: () => facts.events,
}

function filesOf(input: SliceInput): Map<string, ViewSlice> {
  return new Map([...viewSlices(input)].map(([path, value]) => [path, value as ViewSlice]))
}

/** `count` sources from distinct articles, so a figure's place in its bar is decided by how often it was reported. */
const sourcesFrom = (count: number, tag: string) =>
  Array.from({ length: count }, (_, n) => makeSourceRef({ articleId: `${tag}-${n}` }))

const ids = (figures: readonly Figure[]) => figures.map((figure) => figure.id)

describe('viewSlices: the per-view data files', () => {
  const files = filesOf(seedInput)

  it('keeps every figure, agreement and occasion of a small corpus, so the seeds show all they showed', () => {
    expect(ids(files.get('views/figures.json')!.figures)).toEqual(ids(facts.figures))
    expect(files.get('views/figures.json')!.thinned).toBeUndefined()
    expect(files.get('views/agreements.json')!.agreements).toEqual(facts.agreements)
    expect(files.get('views/timeline.json')!.events).toEqual(facts.events)
  })

  it('writes files the browser accepts: each validates against the view schema', () => {
    for (const [path, slice] of files) {
      if (path === 'views/summary.json') continue
      const schema = /\/where\//.test(path)
        ? whereFileSchema
        : path === timelineFiles.index
          ? timelineIndexSchema
          : viewSliceSchema
      expect(schema.safeParse(slice).success, path).toBe(true)
    }
  })

  it('gives the list of articles their metadata and fact counts, without the facts', () => {
    const sources = files.get('views/sources.json')!
    expect(sources.articles).toEqual(facts.articles)
    expect(sources.figures).toEqual([])
    const [first] = facts.articles
    const citing = [...facts.figures, ...facts.agreements, ...facts.events].filter((record) =>
      record.sources.some((source) => source.articleId === first!.id),
    )
    expect(sources.factCounts?.[first!.id]).toBe(citing.length)
  })

  it('writes the list of articles in pages of 25, newest first, each with its articles’ fact counts', () => {
    const metas = Array.from({ length: 120 }, (_, index) => ({
      ...facts.articles[0]!,
      id: `article-${String(index).padStart(3, '0')}`,
      published: index % 10 === 0 ? null : `2024-01-${String((index % 28) + 1).padStart(2, '0')}`,
    }))
    const many = filesOf({ ...seedInput, metas })
    const pages = [1, 2, 3, 4, 5].map((page) => many.get(`views/sources/${page}.json`)!)
    expect(pages.map((page) => page.articles.length)).toEqual([25, 25, 25, 25, 20])
    expect(pages[4]!.list).toEqual({ total: 120, page: 5, pageCount: 5 })
    expect(many.has('views/sources/6.json')).toBe(false)
    const listed = pages.flatMap((page) => page.articles)
    expect(listed.at(-1)!.published).toBeNull()
    expect(listed[0]!.published! >= listed[1]!.published!).toBe(true)
    expect(Object.keys(pages[0]!.factCounts!)).toEqual(pages[0]!.articles.map((meta) => meta.id))
  })

  it('gives each article a reader file with every fact that cites it and the articles those facts cite', () => {
    for (const meta of facts.articles) {
      const reader = files.get(`views/reader/${meta.id}.json`)!
      const cites = (record: { sources: { articleId: string }[] }) =>
        record.sources.some((source) => source.articleId === meta.id)
      expect(ids(reader.figures)).toEqual(ids(facts.figures.filter(cites)))
      expect(reader.agreements.map((a) => a.id)).toEqual(facts.agreements.filter(cites).map((a) => a.id))
      expect(reader.articles.map((article) => article.id)).toContain(meta.id)
    }
  })

  it('shards the figures by each sector and country that has any, with the figures of that filter', () => {
    const energy = files.get('views/figures/sector-energy.json')!
    expect(ids(energy.figures)).toEqual(ids(facts.figures.filter((figure) => figure.sectors.includes('energy'))))
    expect(files.has('views/figures/sector-health.json')).toBe(false) // the fixture has no health figures
  })

  it('sums up the corpus: articles, newest date, metrics and the figures’ filter choices', () => {
    const summary = viewSummary(facts.articles, facts.figures, facts.agreements)
    expect(summary.articleCount).toBe(facts.articles.length)
    expect(summary.asOf).toBe(
      facts.articles
        .map((article) => article.published ?? '')
        .sort()
        .at(-1),
    )
    expect(summary.metrics).toEqual([...new Set(facts.figures.map((figure) => figure.metric))].sort())
    expect(summary.figureFacets.sectors).toContain('energy')
  })
})

describe('viewSlices at scale: bars thinned to their best-sourced figures', () => {
  // one bar (trade turnover, USD, target for 2030) reported with ten different values, each by more articles
  const bar = Array.from({ length: 10 }, (_, n) =>
    makeFigure({ id: `bar-${n}`, value: (n + 1) * 1e9, deadline: '2030', sources: sourcesFrom(n + 1, `bar${n}`) }),
  )
  const metas = [{ ...facts.articles[0]!, id: 'bar9-0' }]
  const input: SliceInput = { metas, figures: () => bar, agreements: () => [], events: () => [] }

  it(`keeps the ${FIGURES_PER_BAR} best-sourced of a crowded bar and says how many the corpus holds`, () => {
    const slice = filesOf(input).get('views/figures.json')!
    expect(ids(slice.figures)).toEqual(['bar-6', 'bar-7', 'bar-8', 'bar-9'])
    expect(slice.thinned).toEqual({ 'trade-turnover': { shown: FIGURES_PER_BAR, total: 10 } })
  })

  it(`carries at most ${SOURCES_PER_FIGURE} sources a figure, counting the rest`, () => {
    const slice = filesOf(input).get('views/figures.json')!
    const best = slice.figures.find((figure) => figure.id === 'bar-9')!
    expect(best.sources).toHaveLength(SOURCES_PER_FIGURE)
    expect(slice.sourceCounts?.['bar-9']).toBe(10)
    expect(slice.articles.map((article) => article.id)).toEqual(['bar9-0']) // only articles the file can link to
  })

  it('keeps the stated figures a kept derived figure was computed from, though their own bar was thinned', () => {
    const derived = makeFigure({
      id: 'derived-base',
      kind: 'achieved',
      year: 2024,
      derived: { formula: 'bar-0 / 2', from: ['bar-0'] },
    })
    const slice = filesOf({ ...input, figures: () => [...bar, derived] }).get('views/figures.json')!
    expect(ids(slice.figures)).toContain('derived-base')
    expect(ids(slice.figures)).toContain('bar-0')
  })

  it('answers a country and a sector chosen together from the country’s shard, exactly', () => {
    // for AZ the best-sourced figures are about trade; the best about energy is reported once
    const trade = Array.from({ length: 6 }, (_, n) =>
      makeFigure({ id: `trade-${n}`, countries: ['AZ'], sectors: ['trade'], sources: sourcesFrom(20 + n, `t${n}`) }),
    )
    const energy = makeFigure({ id: 'energy-1', countries: ['AZ'], sectors: ['energy'], sources: sourcesFrom(1, 'e') })
    const shard = filesOf({ metas: [], figures: () => [...trade, energy], agreements: () => [], events: () => [] }).get(
      'views/figures/country-AZ.json',
    )!
    expect(ids(shard.figures)).toContain('energy-1')
  })

  it('grows with the vocabulary, not with the number of articles', () => {
    const corpus = (articles: number) => {
      const figures = Array.from({ length: articles }, (_, n) =>
        makeFigure({
          id: `f-${String(n).padStart(6, '0')}`,
          value: 1e9 + (n % 37) * 1e7,
          deadline: `${2026 + (n % 5)}`,
          countries: [['AZ', 'KZ'], ['KZ', 'TM'], ['AZ']][n % 3]!,
          sources: [makeSourceRef({ articleId: `a-${n}` })],
        }),
      )
      const meta = facts.articles[0]!
      const articleMetas = figures.map((_, n) => ({ ...meta, id: `a-${n}` }))
      const slice = filesOf({
        metas: articleMetas,
        figures: () => figures,
        agreements: () => [],
        events: () => [],
      }).get('views/figures.json')!
      return gzipSync(JSON.stringify(slice)).length
    }
    const small = corpus(1_000)
    const large = corpus(10_000)
    expect(large).toBeLessThan(small * 1.1)
  })
})
