/**
 * Regression guard for extraction quality on the twelve held-out sets (tests/fixtures/holdout, holdout2 … holdout12:
 * 16 articles each in tr/az/en/ru, written by sessions that never saw the extractor, with gold in the development corpus's
 * format). Every number is held to a floor: a real run (recorded beside it) minus 3 points. `npm run eval:holdout`,
 * `eval:holdout2` … `eval:holdout12` print the same numbers.
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
  // real run 2026-12-05 (nineteenth session, end): figures 167/182 (91.8%) and 167/175 (95.4%); events 36/42 (85.7%)
  // and 36/46 (78.3%); agreements 27/29 (93.1%) and 27/28 (96.4%); 16/16 dates and headlines, 0 of 98 noise lines
  // left.
  ['tests/fixtures/holdout', { figures: [88, 92], events: [82, 75], agreements: [90, 93], headerMisses: 1 }],
  // real run 2026-12-05 (nineteenth session, end): figures 141/167 (84.4%) and 141/163 (86.5%); events 40/44 (90.9%)
  // and 40/47 (85.1%); agreements 31/35 (88.6%) and 31/31 (100.0%); 16/16 dates and headlines, 0 of 146 noise lines
  // left.
  ['tests/fixtures/holdout2', { figures: [81, 83], events: [87, 82], agreements: [85, 97], headerMisses: 1 }],
  // real run 2026-12-05 (nineteenth session, end): figures 158/188 (84.0%) and 158/179 (88.3%); events 33/43 (76.7%)
  // and 33/40 (82.5%); agreements 20/25 (80.0%) and 20/23 (87.0%); 16/16 dates and headlines, 0 of 136 noise lines
  // left. (Its gold writes a price per tonne as USD/t since the thirteenth session.)
  ['tests/fixtures/holdout3', { figures: [81, 85], events: [73, 79], agreements: [77, 84], headerMisses: 1 }],
  // real run 2026-12-05 (nineteenth session, end): figures 157/190 (82.6%) and 157/187 (84.0%); events 33/35 (94.3%)
  // and 33/35 (94.3%); agreements 19/20 (95.0%) and 19/23 (82.6%); 16/16 dates and headlines, 5 of 247 noise lines
  // left. Its first run, before any rule: recall 58%, precision 58%, 11/16 dates, 14/16 headlines, 41 noise lines left
  ['tests/fixtures/holdout4', { figures: [79, 81], events: [91, 91], agreements: [92, 79], headerMisses: 6 }],
  // real run 2026-12-05 (nineteenth session, end): figures 153/207 (73.9%) and 153/205 (74.6%); events 31/40 (77.5%)
  // and 31/38 (81.6%); agreements 17/21 (81.0%) and 17/17 (100.0%); 16/16 dates, 15/16 headlines, 7 of 322 noise lines
  // left. (Its gold writes a cut as +60 and a delivery's cost per tonne as USD; the sets' convention is a negative
  // fall and USD/t.) Its first run, before any rule of the twelfth session: recall 57%, precision 60%, 12/16 dates,
  // 11/16 headlines
  ['tests/fixtures/holdout5', { figures: [70, 71], events: [74, 78], agreements: [78, 97], headerMisses: 9 }],
  // real run 2026-12-05 (nineteenth session, end): figures 172/224 (76.8%) and 172/213 (80.8%); events 31/44 (70.5%)
  // and 31/35 (88.6%); agreements 18/21 (85.7%) and 18/21 (85.7%); 16/16 dates, 14/16 headlines, 3 of 277 noise lines
  // left. Its first run, on the code the thirteenth session started from: recall 50%, precision 53%, 14/16 dates,
  // 10/16 headlines, 36 noise lines left
  ['tests/fixtures/holdout6', { figures: [73, 77], events: [67, 85], agreements: [82, 82], headerMisses: 6 }],
  // real run 2026-12-05 (nineteenth session, end): figures 172/226 (76.1%) and 172/223 (77.1%); events 35/43 (81.4%)
  // and 35/38 (92.1%); agreements 16/20 (80.0%) and 16/18 (88.9%); 16/16 dates and headlines, 14 of 263 noise lines
  // left. Its first run, on the code the fourteenth session started from (4f0458b): recall 51%, precision 54%, 15/16
  // dates, 14/16 headlines, 21 noise lines left
  ['tests/fixtures/holdout7', { figures: [73, 74], events: [78, 89], agreements: [77, 85], headerMisses: 15 }],
  // real run 2026-12-05 (nineteenth session, end): figures 148/223 (66.4%) and 148/219 (67.6%); events 36/41 (87.8%)
  // and 36/40 (90.0%); agreements 20/24 (83.3%) and 20/26 (76.9%); 16/16 dates and headlines, 13 of 305 noise lines
  // left. Its first run, on the code the fifteenth session started from (da35149): recall 54%, precision 56%, 15/16
  // dates and headlines, 19 noise lines left
  ['tests/fixtures/holdout8', { figures: [63, 64], events: [84, 89], agreements: [80, 73], headerMisses: 14 }],
  // real run 2026-12-05 (nineteenth session, end): figures 197/267 (73.8%) and 197/261 (75.5%); events 33/44 (75.0%)
  // and 33/36 (91.7%); agreements 18/20 (90.0%) and 18/23 (78.3%); 16/16 dates, 14/16 headlines, 4 of 260 noise lines
  // left. Its first run, on the code the sixteenth session started from (c6bdb8c): recall 50%, precision 49%, 11/16
  // dates, 6/16 headlines, 26 noise lines left
  ['tests/fixtures/holdout9', { figures: [70, 72], events: [72, 88], agreements: [87, 75], headerMisses: 7 }],
  // real run 2026-12-05 (nineteenth session, end): figures 195/265 (73.6%) and 195/258 (75.6%); events 31/41 (75.6%)
  // and 31/38 (81.6%); agreements 19/21 (90.5%) and 19/21 (90.5%); 16/16 dates and headlines, 3 of 259 noise lines
  // left. Its first run, on the code the seventeenth session started from (deff6cf): recall 52%, precision 52%, 13/16
  // dates, 11/16 headlines, 19 noise lines left
  ['tests/fixtures/holdout10', { figures: [70, 72], events: [72, 78], agreements: [87, 87], headerMisses: 4 }],
  // real run 2026-12-05 (nineteenth session, end): figures 177/245 (72.2%) and 177/242 (73.1%); events 28/33 (84.8%)
  // and 28/36 (77.8%); agreements 21/26 (80.8%) and 21/35 (60.0%); 16/16 dates and headlines, 0 of 272 noise lines
  // left. Its first run, on the code this session started from (8ac34e5): recall 56%, precision 54%, 15/16 dates,
  // 11/16 headlines, 13 noise lines left. Its gold lists a counted package's documents only as the package, where the
  // earlier sets list them too, so agreement precision is low.
  ['tests/fixtures/holdout11', { figures: [69, 70], events: [81, 74], agreements: [77, 57], headerMisses: 1 }],
  // real run 2026-12-05 (nineteenth session, end): figures 209/260 (80.4%) and 209/253 (82.6%); events 30/38 (78.9%)
  // and 30/38 (78.9%); agreements 22/22 (100.0%) and 22/22 (100.0%); 16/16 dates and headlines, 0 of 268 noise lines
  // left. Its first run, on the code this session started from (384ef57): recall 69%, precision 66%, 16/16 dates,
  // 13/16 headlines, 21 noise lines left. Its gold keeps a corrected figure only, and writes a price per kilowatt-hour
  // in cents as USD.
  ['tests/fixtures/holdout12', { figures: [77, 79], events: [75, 75], agreements: [97, 97], headerMisses: 1 }],
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
