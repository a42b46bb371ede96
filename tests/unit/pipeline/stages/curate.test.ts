import { makeEvent } from '../../../support/builders'
import { describe, expect, it } from 'vitest'
import type { Article, CorridorEvent, Figure } from '../../../../src/schema/dataset'
import { applyCuration, CurationError, parseCuration, type FactSet } from '../../../../src/pipeline/stages/curate'

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
  confidence: 'high',
  reviewReasons: [],
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
const signing: CorridorEvent = makeEvent('e1', {
  kind: 'signing',
  title: { en: 'Signing ceremony', tr: 'İmza töreni', az: 'İmzalanma mərasimi' },
  date: null,
  dateBasis: null,
  place: null,
  countries: [],
  host: null,
  guests: [],
  sources: figure('x', 0).sources,
})
const facts = (): FactSet => ({
  articles: [article],
  figures: [figure('f1', 4.5e6), figure('f2', 4.5e6), figure('f3', 4.5e6)],
  agreements: [],
  events: [signing],
})
const curate = (json: object) => applyCuration(facts(), parseCuration(JSON.stringify(json), 'curation.json'))

describe('applyCuration(facts, curation)', () => {
  it('drops a rejected fact and keeps the others', () => {
    expect(curate({ reject: ['f1'] }).figures.map((f) => f.id)).toEqual(['f2', 'f3'])
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
    expect(figures.map((f) => f.id)).toEqual(['f1', 'f3'])
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

  it('adds two figures quoted from one sentence as two facts', () => {
    const quote = 'yüzde 62 artarak 4,5 milyon tona ulaştı'
    const fields = { metric: 'freight', label: 'Freight', kind: 'achieved', unit: 't', year: 2024 }
    const { figures } = curate({
      add: [
        { type: 'figure', articleId: 'a1', quote, fields: { ...fields, value: 4.5e6 } },
        { type: 'figure', articleId: 'a1', quote, fields: { ...fields, value: 62, unit: '%' } },
      ],
    })
    const added = figures.filter((f) => f.id.startsWith('curated-'))
    expect(new Set(added.map((f) => f.id)).size).toBe(2)
  })

  it('follows a chain of merges: a fact merged into, then merged on', () => {
    const { figures } = curate({
      merge: [
        { into: 'f1', from: ['f2'] },
        { into: 'f3', from: ['f1'] },
      ],
    })
    expect(figures.map((f) => f.id)).toEqual(['f3'])
    expect(figures[0]?.sources).toHaveLength(3)
  })

  const event = (quote: string, place = 'Astana') => ({
    type: 'event',
    articleId: 'a1',
    quote,
    fields: { kind: 'signing', place },
  })
  // Each case fails the build with exactly this message, naming the entry; a run with several bad entries lists each.
  it.each([
    ['an unknown id to reject', { reject: ['nope'] }, 'reject[0]: no extracted fact has the id "nope"'],
    ['an id rejected twice', { reject: ['f1', 'f1'] }, 'reject[1]: "f1" is already rejected by reject[0]'],
    ['an unknown id to fix', { fix: [{ id: 'nope', label: 'x' }] }, 'fix[0]: no extracted fact has the id "nope"'],
    [
      'a fact rejected and fixed',
      { reject: ['f1'], fix: [{ id: 'f1', label: 'x' }] },
      'fix[0]: "f1" is also rejected by reject[0]; a fact is either rejected or fixed',
    ],
    [
      'a fact fixed twice',
      {
        fix: [
          { id: 'f1', label: 'x' },
          { id: 'f1', metric: 'y' },
        ],
      },
      'fix[1]: "f1" is already fixed by fix[0]; put both in one entry',
    ],
    [
      'a fix lost to a merge',
      { fix: [{ id: 'f2', label: 'x' }], merge: [{ into: 'f1', from: ['f2'] }] },
      'fix[0]: "f2" is merged away by merge[0]; fix "f1" instead',
    ],
    [
      'figure fields fixed on an event',
      { fix: [{ id: 'e1', label: 'x' }] },
      'fix[0]: "e1" can\'t take those fixes; reject it and add the fact instead',
    ],
    [
      'an unknown id to merge',
      { merge: [{ into: 'f1', from: ['nope'] }] },
      'merge[0]: no extracted fact has the id "nope"',
    ],
    [
      'a fact merged into itself',
      { merge: [{ into: 'f1', from: ['f1'] }] },
      'merge[0]: "f1" can\'t be merged into itself',
    ],
    [
      'a rejected fact merged',
      { reject: ['f2'], merge: [{ into: 'f1', from: ['f2'] }] },
      'merge[0]: "f2" is also rejected by reject[0]; a rejected fact can\'t be merged',
    ],
    [
      'a merge into a rejected fact',
      { reject: ['f1'], merge: [{ into: 'f1', from: ['f2'] }] },
      'merge[0]: "f1" is also rejected by reject[0]; a rejected fact can\'t be merged',
    ],
    [
      'a fact merged away twice',
      {
        merge: [
          { into: 'f1', from: ['f2'] },
          { into: 'f3', from: ['f2'] },
        ],
      },
      'merge[1]: "f2" is already merged away by merge[0]',
    ],
    [
      'facts of two kinds merged',
      { merge: [{ into: 'f1', from: ['e1'] }] },
      'merge[0]: "e1" is an event and "f1" a figure; only facts of one kind merge',
    ],
    [
      'the same add twice',
      { add: [event('15 işbirliği anlaşması'), event('15 işbirliği anlaşması')] },
      'add[1]: the same fact as add[0]',
    ],
    [
      'a quote that is not verbatim',
      { add: [event('16 anlaşma')] },
      'add[0]: the quote "16 anlaşma" is not verbatim in a1.txt',
    ],
    [
      'a quote from an unknown article',
      { add: [{ ...event('yük'), articleId: 'zz' }] },
      'add[0]: no article "zz" for the quote "yük"',
    ],
    [
      'several bad entries at once',
      { reject: ['nope'], merge: [{ into: 'f1', from: ['f1'] }] },
      'reject[0]: no extracted fact has the id "nope"\ncuration.json: merge[0]: "f1" can\'t be merged into itself',
    ],
  ])('fails the build on %s, naming the entry', (_name, json, message) => {
    expect(() => curate(json)).toThrow(new CurationError(`curation.json: ${message}`))
  })
})

describe('parseCuration(text, file)', () => {
  const figureAdd = (fields: object, extra: object = {}) =>
    JSON.stringify({ add: [{ type: 'figure', articleId: 'a1', quote: 'yük', fields, ...extra }] })
  const FIELDS = { metric: 'freight', label: 'Freight', kind: 'achieved', value: 1, unit: 't' }
  // Unknown keys are rejected at every level, each with the place and the key.
  it.each([
    ['text that is not JSON', '{ reject: [', /^curation\.json: not valid JSON \(/],
    ['an unknown top-level key', '{ "rejects": ["f1"] }', 'curation.json: (root): Unrecognized key: "rejects"'],
    [
      'a sector that does not exist',
      '{ "fix": [{ "id": "f1", "sectors": ["mining"] }] }',
      /^curation\.json: fix\[0\]\.sectors\[0\]: Invalid option/,
    ],
    [
      'an unknown key in a fix',
      '{ "fix": [{ "id": "f1", "lable": "x" }] }',
      'curation.json: fix[0]: Unrecognized key: "lable"',
    ],
    [
      'an unknown key in a merge',
      '{ "merge": [{ "into": "f1", "from": ["f2"], "note": "x" }] }',
      'curation.json: merge[0]: Unrecognized key: "note"',
    ],
    [
      'a typo inside add[].fields',
      figureAdd({ ...FIELDS, lable: 'Freight' }),
      'curation.json: add[0].fields: Unrecognized key: "lable"',
    ],
    [
      'an extra key in an add entry',
      figureAdd(FIELDS, { note: 'x' }),
      'curation.json: add[0]: Unrecognized key: "note"',
    ],
    [
      'an add of an unknown type',
      JSON.stringify({ add: [{ type: 'fact', articleId: 'a1', quote: 'yük', fields: {} }] }),
      "curation.json: add[0].type: Invalid discriminator value. Expected 'figure' | 'agreement' | 'event'",
    ],
  ])('rejects %s with the file name and the place', (_name, text, message) => {
    const thrown = (() => {
      try {
        parseCuration(text, 'curation.json')
      } catch (error) {
        return error
      }
      return null
    })()
    expect(thrown).toBeInstanceOf(CurationError)
    const got = (thrown as Error).message
    if (typeof message === 'string') expect(got).toBe(message)
    else expect(got).toMatch(message)
  })

  it('accepts an empty file object and fills every list with nothing', () => {
    expect(parseCuration('{}', 'curation.json')).toEqual({ reject: [], fix: [], merge: [], add: [] })
  })

  it('accepts a UTF-8 byte order mark before the JSON, as article files may have', () => {
    expect(parseCuration('\uFEFF{ "reject": ["f1"] }', 'curation.json').reject).toEqual(['f1'])
  })
})
