import { describe, expect, it } from 'vitest'
import type { Article, Figure } from '../../../../src/schema/dataset'
import { applyCuration, parseCuration, type FactSet } from '../../../../src/pipeline/stages/curate'

const TEXT =
  'Geçen yıl bu hattaki yük trafiği hacmi yüzde 62 artarak 4,5 milyon tona ulaştı. ' +
  'Ayrıca iki ülke arasında 15 işbirliği anlaşması imzalandı.'
const article: Article = {
  id: 'a1',
  file: 'a1.txt',
  lang: 'tr',
  published: '2025-10-21',
  title: 'Başlık',
  outlet: null,
  author: null,
  text: TEXT,
  removed: [],
}
const sentenceEnd = TEXT.indexOf('.') + 1
const figure = (id: string, value: number): Figure => ({
  id,
  metric: 'freight',
  label: 'Freight',
  kind: 'achieved',
  value,
  valueMax: null,
  unit: 't',
  qualifier: 'exact',
  year: 2024,
  deadline: null,
  horizon: null,
  derived: null,
  conflict: null,
  curated: false,
  sectors: ['transport'],
  countries: [],
  sources: [
    { articleId: 'a1', start: 0, end: sentenceEnd, quote: TEXT.slice(0, sentenceEnd), mention: null, curated: false },
  ],
})
const facts = (): FactSet => ({
  articles: [article],
  figures: [figure('f1', 4.5e6), figure('f2', 4.5e6)],
  agreements: [],
  events: [],
})
const curate = (json: object) => applyCuration(facts(), parseCuration(JSON.stringify(json), 'curation.json'))

describe('applyCuration(facts, curation)', () => {
  it('drops a rejected fact and keeps the others', () => {
    expect(curate({ reject: ['f1'] }).figures.map((f) => f.id)).toEqual(['f2'])
  })

  it('fixes the metric and sectors of a figure and marks it curated', () => {
    const [fixed] = curate({
      fix: [{ id: 'f1', metric: 'trans-caspian-freight', sectors: ['trade', 'transport'] }],
    }).figures
    expect(fixed).toMatchObject({ metric: 'trans-caspian-freight', sectors: ['trade', 'transport'], curated: true })
    expect(fixed?.label).toBe('Freight')
  })

  it('merges two facts into one that carries both sources', () => {
    const { figures } = curate({ merge: [{ into: 'f1', from: ['f2'] }] })
    expect(figures.map((f) => f.id)).toEqual(['f1'])
    expect(figures[0]?.sources).toHaveLength(2)
  })

  it('adds a fact quoted verbatim, pointing at the quote and marked curated', () => {
    const quote = '15 işbirliği anlaşması imzalandı'
    const { agreements } = curate({
      add: [{ type: 'agreement', articleId: 'a1', quote, fields: { kind: 'package', count: 15, sectors: ['energy'] } }],
    })
    const source = agreements[0]?.sources[0]
    expect(agreements[0]).toMatchObject({ count: 15, curated: true, parties: [], title: null })
    expect(source && TEXT.slice(source.start, source.end)).toBe(quote)
    expect(source?.curated).toBe(true)
  })

  it.each([
    [
      'a quote that is not verbatim',
      { add: [{ type: 'event', articleId: 'a1', quote: '16 anlaşma', fields: { kind: 'signing', label: 'imza' } }] },
      /"16 anlaşma" is not verbatim in a1\.txt/,
    ],
    [
      'a quote from an unknown article',
      { add: [{ type: 'event', articleId: 'zz', quote: 'yük', fields: { kind: 'other', label: 'x' } }] },
      /no article "zz"/,
    ],
    ['an unknown id to reject', { reject: ['nope'] }, /no extracted fact has the id "nope"/],
    ['an unknown id to merge', { merge: [{ into: 'f1', from: ['nope'] }] }, /"nope"/],
  ])('fails the build on %s, naming it', (_name, json, message) => {
    expect(() => curate(json)).toThrow(message)
  })
})

describe('parseCuration(text, file)', () => {
  it.each([
    ['text that is not JSON', '{ reject: [', /curation\.json: not valid JSON/],
    ['an unknown key', '{ "rejects": ["f1"] }', /curation\.json/],
    ['a sector that does not exist', '{ "fix": [{ "id": "f1", "sectors": ["mining"] }] }', /fix\.0\.sectors\.0/],
  ])('rejects %s with the file name and the place', (_name, text, message) => {
    expect(() => parseCuration(text, 'curation.json')).toThrow(message)
  })

  it('accepts an empty file object and fills every list with nothing', () => {
    expect(parseCuration('{}', 'curation.json')).toEqual({ reject: [], fix: [], merge: [], add: [] })
  })
})
