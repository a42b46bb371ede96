/**
 * Regression guard for extraction quality on the two held-out sets (tests/fixtures/holdout and holdout2: 16 articles
 * each in tr/az/en/ru, written by sessions that never saw the extractor, with gold in the development corpus's
 * format). Every number is held to a floor: a real run (recorded beside it) minus 3 points. `npm run eval:holdout`
 * and `npm run eval:holdout2` print the same numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precision, recall, scoreCorpus, type ScoredCorpus } from '../../support/corpus-score'

/** A set's floors, in percent, and how many header or noise misses it may have. */
interface Floors {
  figures: [recall: number, precision: number]
  events: [recall: number, precision: number]
  agreements: [recall: number, precision: number]
  headerMisses: number
}

const SETS: [folder: string, floors: Floors][] = [
  // real run 2026-12-03 (tenth session): figures 162/182 (89.0%) and 162/175 (92.6%); events 32/42 (76.2%) both
  // ways; agreements 27/29 (93.1%) and 27/28 (96.4%); 16/16 dates and headlines, 1 of 98 noise lines left
  ['tests/fixtures/holdout', { figures: [86, 89], events: [73, 73], agreements: [90, 93], headerMisses: 2 }],
  // real run 2026-12-03 (tenth session): figures 116/167 (69.5%) and 116/159 (73.0%); events 35/44 (79.5%) and
  // 35/43 (81.4%); agreements 28/35 (80.0%) and 28/29 (96.6%); 16/16 dates and headlines, 0 of 146 noise lines left
  ['tests/fixtures/holdout2', { figures: [66, 70], events: [76, 78], agreements: [77, 93], headerMisses: 1 }],
]

describe.each(SETS)('extraction quality on %s', (folder, floors) => {
  let corpus: ScoredCorpus
  beforeAll(() => {
    corpus = scoreCorpus(folder)
  })
  afterAll(() => corpus.remove())

  it('finds its figures with every field right (strict)', () => {
    const { figures } = corpus.all()
    expect(recall(figures)).toBeGreaterThanOrEqual(floors.figures[0])
    expect(precision(figures)).toBeGreaterThanOrEqual(floors.figures[1])
  })

  it('tells its occasions and agreements (strict)', () => {
    const { events, agreements } = corpus.all()
    expect(recall(events)).toBeGreaterThanOrEqual(floors.events[0])
    expect(precision(events)).toBeGreaterThanOrEqual(floors.events[1])
    expect(recall(agreements)).toBeGreaterThanOrEqual(floors.agreements[0])
    expect(precision(agreements)).toBeGreaterThanOrEqual(floors.agreements[1])
  })

  it('reads every publication date and headline, and cuts the site clutter', () => {
    const misses = corpus.headerMisses()
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(floors.headerMisses)
  })
})
