import { describe, expect, it } from 'vitest'
import { keptPostings, parsePosting, postingLines } from '../../../../src/pipeline/search/search-postings'

describe('postingLines(doc, terms)', () => {
  it('lists each distinct term once, in order of first occurrence, with its count and the document size', () => {
    expect(postingLines(7, ['ve', 'bir', 've', 'iki']).map(parsePosting)).toEqual([
      { term: 've', doc: 7, count: 2, first: 0, distinct: 3, weight: 2 / 4 },
      { term: 'bir', doc: 7, count: 1, first: 1, distinct: 3, weight: 1 / 4 },
      { term: 'iki', doc: 7, count: 1, first: 2, distinct: 3, weight: 1 / 4 },
    ])
  })
})

describe('keptPostings(lines, cap)', () => {
  // documents where "ve" weighs 1/1, 1/2, 1/3… and ties (1/2) between later ones
  const docs = [['ve'], ['ve', 'a'], ['ve', 'a', 'b'], ['ve', 'c'], ['ve', 'a', 'b', 'c'], ['ve', 'd'], ['x']]
  const lines = docs.flatMap((terms, doc) => postingLines(doc, terms))
  const naive = (cap: number) =>
    docs
      .flatMap((terms, doc) => (terms.includes('ve') ? [{ doc, weight: 1 / terms.length }] : []))
      .sort((a, b) => b.weight - a.weight || a.doc - b.doc)
      .slice(0, cap)
      .map(({ doc }) => doc)
      .sort()

  it.each([[1], [2], [3], [6], [10]])(
    'keeps the same %i strongest documents as sorting them all (a set: the shard orders them)',
    (cap) => {
      const kept = keptPostings(lines, cap)
      expect(
        kept
          .get('ve')!
          .map((posting) => posting.doc)
          .sort(),
      ).toEqual(naive(cap))
      expect(kept.get('x')!.map((posting) => posting.doc)).toEqual([6])
    },
  )
})
