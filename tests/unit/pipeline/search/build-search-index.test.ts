import { describe, expect, it } from 'vitest'
import { plannedShards, queryWords, runSearch } from '../../../../src/features/search/lib/run-search'
import { assignShardKeys, SearchIndexBuilder, snippet } from '../../../../src/pipeline/search/build-search-index'
import {
  MAX_PREFIX_SHARDS,
  SEARCH_DIR,
  searchDocSchema,
  shardKeyOf,
  shardsForWord,
  type SearchManifest,
} from '../../../../src/schema/search-index'
import { memorySearchSource } from '../../../support/search-source'
import { makeEvent, makeFigure, makeSourceRef } from '../../../support/builders'
import type { Agreement } from '../../../../src/schema/dataset'

const ARTICLES = [
  {
    id: 'tr-1',
    lang: 'tr',
    title: 'Türkmenistan ile ticaret',
    text: 'Kazakistan ve TÜRKMENİSTAN arasındaki ticaret arttı.\nIğdır yolu açıldı.',
  },
  {
    id: 'az-1',
    lang: 'az',
    title: 'Azərbaycan və Qazaxıstan',
    text: 'Türkmənistanla ticarət dövriyyəsi 1 milyard dollara çatdı.\nBakı limanı genişlənir.',
  },
  { id: 'ru-1', lang: 'ru', title: 'Каспийский маршрут', text: 'Объём перевозок через Туркменистан вырос.' },
  { id: 'en-1', lang: 'en', title: 'Middle Corridor freight', text: 'Freight through Turkmenistan grew in 2024.' },
]

const firstLine = (index: number) => ARTICLES[index]!.text.split('\n')[0]!

function buildFixture(limits?: ConstructorParameters<typeof SearchIndexBuilder>[0]) {
  const builder = new SearchIndexBuilder(limits)
  for (const article of ARTICLES) builder.addArticle(article)
  const quote = 'Türkmənistanla ticarət dövriyyəsi 1 milyard dollara çatdı.'
  const agreement: Agreement = {
    id: 'agr-1',
    title: 'Ortak Bildiri',
    kind: 'document',
    count: null,
    date: null,
    place: 'Aşkabat',
    parties: [],
    sectors: [],
    docType: 'joint-declaration',
    years: null,
    occasionId: null,
    curated: false,
    sources: [makeSourceRef({ articleId: 'tr-1' })],
  }
  builder.addFacts({
    figures: [
      makeFigure({ id: 'fig-1', metric: 'trade-turnover', sources: [makeSourceRef({ articleId: 'az-1', quote })] }),
    ],
    agreements: [agreement],
    events: [makeEvent('evt-1', { sources: [makeSourceRef({ articleId: 'tr-1' })] })],
  })
  const files = builder.build()
  const manifest = JSON.parse(files.get(`${SEARCH_DIR}/manifest.json`)!) as SearchManifest
  return { files, manifest }
}

describe('SearchIndexBuilder', () => {
  it('indexes titles, sentences and facts, and finds a word whatever its case, diacritics or language', async () => {
    const { files } = buildFixture()
    for (const query of ['türkmenistan', 'TÜRKMENİSTAN', 'Türkmənistan', 'turkmenistan']) {
      const outcome = await runSearch(query, memorySearchSource(files), 50)
      const found = outcome.results.map((result) => result.entry)
      expect(found).toContainEqual(expect.objectContaining({ type: 'article', articleId: 'tr-1', span: null }))
      expect(found).toContainEqual(
        expect.objectContaining({
          type: 'article',
          articleId: 'tr-1',
          span: [0, firstLine(0).length],
          text: firstLine(0),
        }),
      )
      // the Azerbaijani "Türkmənistanla" by its start, the English sentence, the figure quoting the Azerbaijani one
      expect(found).toContainEqual(
        expect.objectContaining({ type: 'article', articleId: 'az-1', span: [0, firstLine(1).length] }),
      )
      expect(found).toContainEqual(expect.objectContaining({ type: 'article', articleId: 'en-1' }))
      expect(found).toContainEqual(expect.objectContaining({ type: 'figure', id: 'fig-1', metric: 'trade-turnover' }))
      // Cyrillic is not transliterated
      expect(found.some((doc) => doc.lang === 'ru')).toBe(false)
    }
  })

  it('finds Cyrillic words by Cyrillic in any case, and dotless ı by i', async () => {
    const { files } = buildFixture()
    const russian = await runSearch('ТУРКМЕНИСТАН', memorySearchSource(files), 50)
    expect(russian.results.map((result) => result.entry)).toEqual([
      expect.objectContaining({ type: 'article', articleId: 'ru-1', lang: 'ru' }),
    ])
    const igdir = await runSearch('igdir', memorySearchSource(files), 50)
    expect(igdir.results.map((result) => result.entry.text)).toEqual(['Iğdır yolu açıldı.'])
  })

  it('ranks documents matching every word first and marks the index terms each matched', async () => {
    const { files } = buildFixture()
    const outcome = await runSearch('ticaret türkmen', memorySearchSource(files), 50)
    const [best] = outcome.results
    expect(best?.matched).toBe(2)
    expect(best?.terms).toEqual(expect.arrayContaining(['ticaret']))
    expect(
      outcome.results.every((result, index, all) => index === 0 || all[index - 1]!.matched >= result.matched),
    ).toBe(true)
  })

  it('says when nothing matches, and downloads nothing for a query with no words', async () => {
    const { files } = buildFixture()
    expect((await runSearch('zzzz', memorySearchSource(files), 50)).total).toBe(0)
    const source = memorySearchSource(files)
    expect(await runSearch(' … ', source, 50)).toEqual({
      words: [],
      total: 0,
      results: [],
      narrowed: false,
      atLeast: false,
    })
    expect(source.opened).toEqual([])
  })

  it('downloads only the manifest, the shards of the query words and the blocks of the results shown', async () => {
    const { files, manifest } = buildFixture()
    const source = memorySearchSource(files)
    const outcome = await runSearch('Bakı', source, 50)
    const shards = source.opened.filter((path) => path.includes('/shards/'))
    expect(shards).toHaveLength(1)
    expect(manifest.keys.length).toBeGreaterThan(10)
    expect(source.opened[0]).toBe(`${SEARCH_DIR}/manifest.json`)
    expect(outcome.results.map((result) => result.entry.text)).toEqual(['Bakı limanı genişlənir.'])
  })

  it('scores a document the same however finely the index is split (BM25 counts the whole corpus)', async () => {
    const coarse = buildFixture({ chunkSize: 1000, shardPostings: Number.MAX_SAFE_INTEGER, termPostings: 1e9 })
    const fine = buildFixture({ chunkSize: 2, shardPostings: 1, termPostings: 1e9 })
    expect(fine.manifest.keys.length).toBeGreaterThan(coarse.manifest.keys.length)
    const scores = async (files: Map<string, string>) =>
      (await runSearch('ticaret türkmenistan', memorySearchSource(files), 50)).results.map((result) => [
        result.doc,
        result.score.toFixed(9),
      ])
    expect(await scores(fine.files)).toEqual(await scores(coarse.files))
  })

  it('also finds an agreement by its place and an occasion by its generated title', async () => {
    const { files } = buildFixture()
    const askabat = await runSearch('AŞKABAT', memorySearchSource(files), 50)
    expect(askabat.results.map((result) => result.entry)).toContainEqual(
      expect.objectContaining({ type: 'agreement', id: 'agr-1', title: 'Ortak Bildiri' }),
    )
  })

  it('splits a shard over its budget by a longer key, and every term lives in the longest key it starts with', () => {
    const postings = new Map([
      ['tur', 3],
      ['turkmenistan', 5],
      ['turkiye', 4],
      ['tu', 1],
      ['ticaret', 2],
      ['a', 1],
    ])
    const assigned = assignShardKeys(postings, 9)
    expect(Object.fromEntries(assigned)).toEqual({
      ticaret: 'ti',
      a: 'a',
      tu: 'tu',
      tur: 'tur',
      turkmenistan: 'turk',
      turkiye: 'turk',
    } as Record<string, string>)
    const keys = new Set(assigned.values())
    for (const [term, key] of assigned) expect(shardKeyOf(term, keys, 4)).toBe(key)
  })

  it('keeps at most `termPostings` documents for a very common word, the ones where it weighs most', async () => {
    const builder = new SearchIndexBuilder({ chunkSize: 4, shardPostings: 100, termPostings: 2 })
    builder.addArticle({
      id: 'a',
      lang: 'en',
      title: 'x',
      text: 've ve ve\nve bir iki üç dört\nve beş\nve',
      outlet: 'Trend',
      published: '2024-03',
    })
    const source = memorySearchSource(builder.build())
    const outcome = await runSearch('ve', source, 50)
    expect(outcome.results.map((result) => result.entry.text).sort()).toEqual(['ve', 've ve ve'])
    // four sentences hold the word: two found, which the outcome says is a lower bound; a rarer word is counted
    expect(outcome).toMatchObject({ total: 2, atLeast: true })
    for (const { entry } of outcome.results) expect(entry).toMatchObject({ outlet: 'Trend', published: '2024-03' })
    expect(await runSearch('beş', source, 50)).toMatchObject({ total: 1, atLeast: false })
  })
})

describe('searchDocSchema', () => {
  it('reads an article document of an index built before outlets and dates were written, without them', () => {
    const older = { type: 'article', articleId: 'a', title: 'x', lang: 'en', span: null, text: 'x' }
    expect(searchDocSchema.parse(older)).toEqual(older)
  })
})

describe('shard selection', () => {
  const keys = ['a', 'az', 'ba', 'tu', 'tur', 'tura', 'turk', 'turm', 'turn', 'turz', 'ти']

  it('opens one shard for an exact word: the longest key it starts with', () => {
    expect(shardsForWord('turkmenistan', false, keys)).toEqual({ keys: ['turk'], narrowed: false })
    expect(shardsForWord('tu', false, keys)).toEqual({ keys: ['tu'], narrowed: false })
    expect(shardsForWord('тиджарет', false, keys)).toEqual({ keys: ['ти'], narrowed: false })
    expect(shardsForWord('qars', false, keys)).toEqual({ keys: [], narrowed: false })
  })

  it('adds the longer keys a prefix covers, up to a bound, then narrows to the word’s own shard', () => {
    expect(shardsForWord('turk', true, keys)).toEqual({ keys: ['turk'], narrowed: false })
    expect(shardsForWord('az', true, keys)).toEqual({ keys: ['az'], narrowed: false })
    expect(shardsForWord('tur', true, keys).narrowed).toBe(true)
    expect(shardsForWord('tur', true, keys).keys).toEqual(['tur'])
    expect(MAX_PREFIX_SHARDS).toBeLessThan(5)
  })

  it('matches the last word as a prefix from two letters on, and every word from four', () => {
    expect(queryWords('Bakı li')).toEqual([
      { term: 'baki', prefix: true },
      { term: 'li', prefix: true },
    ])
    expect(queryWords('ve ab')).toEqual([
      { term: 've', prefix: false },
      { term: 'ab', prefix: true },
    ])
    expect(queryWords('ve VE Ve')).toEqual([{ term: 've', prefix: true }])
  })

  it('plans each word’s shards by their place in the manifest', () => {
    const manifest: SearchManifest = { version: 1, documentCount: 1, chunkSize: 1, keys }
    const plans = plannedShards(queryWords('Türkmenistan Bakı'), manifest)
    expect(plans.map((plan) => plan.indices)).toEqual([[keys.indexOf('turk')], [keys.indexOf('ba')]])
  })
})

describe('snippet(text)', () => {
  it('keeps a short sentence and cuts a long one at a word boundary', () => {
    expect(snippet('Kısa cümle.')).toBe('Kısa cümle.')
    const long = `${'kelime '.repeat(60)}son`
    const cut = snippet(long)
    expect(cut.length).toBeLessThanOrEqual(241)
    expect(cut.endsWith('kelime…')).toBe(true)
  })
})
