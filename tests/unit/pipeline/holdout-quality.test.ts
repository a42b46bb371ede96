/**
 * Regression guard for extraction quality on the held-out set (tests/fixtures/holdout: 16 articles in tr/az/en/ru
 * written by sessions that never saw the extractor, with gold in the development corpus's format). Every number is
 * held to a floor: a real run (recorded beside it) minus 3 points. `npm run eval:holdout` prints the same numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precision, recall, scoreCorpus, type ScoredCorpus } from '../../support/corpus-score'

let corpus: ScoredCorpus
beforeAll(() => {
  corpus = scoreCorpus('tests/fixtures/holdout')
})
afterAll(() => corpus.remove())

describe('extraction quality on the held-out set', () => {
  it('finds its figures with every field right (strict)', () => {
    const { figures } = corpus.all()
    // real run 2026-12-03: recall 154/182 (84.6%), precision 154/171 (90.1%)
    expect(recall(figures)).toBeGreaterThanOrEqual(81)
    expect(precision(figures)).toBeGreaterThanOrEqual(87)
  })

  it('tells its occasions and agreements (strict)', () => {
    const { events, agreements } = corpus.all()
    // real run 2026-12-03: events 28/42 (66.7%) and 28/38 (73.7%); agreements 27/29 (93.1%) both ways
    expect(recall(events)).toBeGreaterThanOrEqual(63)
    expect(precision(events)).toBeGreaterThanOrEqual(70)
    expect(recall(agreements)).toBeGreaterThanOrEqual(90)
    expect(precision(agreements)).toBeGreaterThanOrEqual(90)
  })

  it('reads every publication date and headline, and cuts the site clutter', () => {
    // real run 2026-12-03: 16/16 dates, 16/16 headlines, 1 of 98 noise lines left
    const misses = corpus.headerMisses()
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(2)
  })
})
