/**
 * Regression guard for extraction quality on the thirty-six held-out sets (tests/fixtures/holdout, holdout2 …
 * holdout36: 16 articles each in tr/az/en/ru, written by sessions that never saw the extractor, with gold in the
 * development corpus's format). Every number is held to a floor: a real run (recorded beside it) minus 3 points.
 * `npm run eval:holdout`, `eval:holdout2` … `eval:holdout36` print the same numbers.
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
  // real run 2026-12-06 (thirty-first session, end): figures 168/182 (92.3%) and 168/177 (94.9%); events 37/42 (88.1%)
  // and 37/44 (84.1%); agreements 28/29 (96.6%) and 28/29 (96.6%); 16/16 dates and headlines, 0 of 98 noise lines left.
  ['tests/fixtures/holdout', { figures: [89, 92], events: [85, 81], agreements: [93, 93], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-first session, end): figures 145/167 (86.8%) and 145/165 (87.9%); events 41/44 (93.2%)
  // and 41/48 (85.4%); agreements 31/35 (88.6%) and 31/31 (100.0%); 16/16 dates and headlines, 0 of 146 noise lines left.
  ['tests/fixtures/holdout2', { figures: [83, 84], events: [90, 82], agreements: [85, 97], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-first session, end): figures 164/188 (87.2%) and 164/184 (89.1%); events 35/43 (81.4%)
  // and 35/42 (83.3%); agreements 20/25 (80.0%) and 20/23 (87.0%); 16/16 dates and headlines, 0 of 136 noise lines left.
  // (Its gold writes a price per tonne as USD/t since the thirteenth session.)
  ['tests/fixtures/holdout3', { figures: [84, 86], events: [78, 80], agreements: [77, 84], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-first session, end): figures 160/190 (84.2%) and 160/188 (85.1%); events 34/35 (97.1%)
  // and 34/36 (94.4%); agreements 19/20 (95.0%) and 19/23 (82.6%); 16/16 dates and headlines, 5 of 247 noise lines left.
  // Its first run, before any rule: recall 58%, precision 58%, 11/16 dates, 14/16 headlines, 41 noise lines left. Its
  // agreement recall floor is 92, not 97 (twenty-third session): the headline's "… belgeler imza atıldı" is now one
  // record with the signed package of 9, as it is; kept apart, its quote ("Azerbaycan ile Türkmenistan arasında …") had
  // overlapped the gold's named declaration by its first words, and the scorer counted it found.
  ['tests/fixtures/holdout4', { figures: [81, 82], events: [94, 91], agreements: [92, 80], headerMisses: 6 }],
  // real run 2026-12-06 (thirty-first session, end): figures 160/207 (77.3%) and 160/205 (78.0%); events 33/40 (82.5%)
  // and 33/40 (82.5%); agreements 18/21 (85.7%) and 18/18 (100.0%); 16/16 dates, 15/16 headlines, 7 of 322 noise lines
  // left. (Its gold writes a cut as +60 and a delivery's cost per tonne as USD; the sets' convention is a negative fall
  // and USD/t.) Its first run, before any rule of the twelfth session: recall 57%, precision 60%, 12/16 dates, 11/16
  // headlines
  ['tests/fixtures/holdout5', { figures: [74, 75], events: [79, 79], agreements: [82, 97], headerMisses: 9 }],
  // real run 2026-12-06 (thirty-first session, end): figures 182/224 (81.2%) and 182/216 (84.3%); events 34/44 (77.3%)
  // and 34/37 (91.9%); agreements 18/21 (85.7%) and 18/21 (85.7%); 16/16 dates, 14/16 headlines, 3 of 277 noise lines
  // left. Its first run, on the code the thirteenth session started from: recall 50%, precision 53%, 14/16 dates, 10/16
  // headlines, 36 noise lines left
  ['tests/fixtures/holdout6', { figures: [78, 81], events: [74, 89], agreements: [82, 82], headerMisses: 6 }],
  // real run 2026-12-06 (thirty-first session, end): figures 178/226 (78.8%) and 178/225 (79.1%); events 37/43 (86.0%)
  // and 37/40 (92.5%); agreements 16/20 (80.0%) and 16/19 (84.2%); 16/16 dates and headlines, 14 of 263 noise lines left.
  // Its first run, on the code the fourteenth session started from (4f0458b): recall 51%, precision 54%, 15/16 dates,
  // 14/16 headlines, 21 noise lines left
  ['tests/fixtures/holdout7', { figures: [75, 76], events: [83, 89], agreements: [77, 81], headerMisses: 15 }],
  // real run 2026-12-06 (thirty-first session, end): figures 155/223 (69.5%) and 155/220 (70.5%); events 37/41 (90.2%)
  // and 37/41 (90.2%); agreements 21/24 (87.5%) and 21/27 (77.8%); 16/16 dates and headlines, 7 of 305 noise lines left.
  // Its first run, on the code the fifteenth session started from (da35149): recall 54%, precision 56%, 15/16 dates and
  // headlines, 19 noise lines left
  ['tests/fixtures/holdout8', { figures: [66, 67], events: [87, 89], agreements: [84, 74], headerMisses: 8 }],
  // real run 2026-12-06 (thirty-first session, end): figures 210/267 (78.7%) and 210/262 (80.2%); events 37/44 (84.1%)
  // and 37/38 (97.4%); agreements 19/20 (95.0%) and 19/22 (86.4%); 16/16 dates, 14/16 headlines, 3 of 260 noise lines
  // left. Its first run, on the code the sixteenth session started from (c6bdb8c): recall 50%, precision 49%, 11/16
  // dates, 6/16 headlines, 26 noise lines left
  ['tests/fixtures/holdout9', { figures: [75, 77], events: [81, 94], agreements: [92, 83], headerMisses: 6 }],
  // real run 2026-12-06 (thirty-first session, end): figures 202/265 (76.2%) and 202/260 (77.7%); events 34/41 (82.9%)
  // and 34/41 (82.9%); agreements 19/21 (90.5%) and 19/21 (90.5%); 16/16 dates and headlines, 3 of 259 noise lines left.
  // Its first run, on the code the seventeenth session started from (deff6cf): recall 52%, precision 52%, 13/16 dates,
  // 11/16 headlines, 19 noise lines left
  ['tests/fixtures/holdout10', { figures: [73, 74], events: [79, 79], agreements: [87, 87], headerMisses: 4 }],
  // real run 2026-12-06 (thirty-first session, end): figures 182/245 (74.3%) and 182/242 (75.2%); events 29/33 (87.9%)
  // and 29/33 (87.9%); agreements 21/26 (80.8%) and 21/33 (63.6%); 16/16 dates and headlines, 0 of 272 noise lines left.
  // Its first run, on the code the eighteenth session started from (8ac34e5): recall 56%, precision 54%, 15/16 dates,
  // 11/16 headlines, 13 noise lines left. Its gold lists a counted package's documents only as the package, where the
  // earlier sets list them too, so agreement precision is low. The scorer gives a gold item to the first record, in id
  // order, whose quote overlaps it: where a package and its members share one sentence, which of them takes the gold
  // package turns on their ids, and so on their dates. Dating "В среду" (twenty-second session) moved it: 21/26.
  ['tests/fixtures/holdout11', { figures: [71, 72], events: [87, 84], agreements: [80, 61], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-first session, end): figures 216/260 (83.1%) and 216/254 (85.0%); events 32/38 (84.2%)
  // and 32/39 (82.1%); agreements 22/22 (100.0%) and 22/22 (100.0%); 16/16 dates and headlines, 0 of 268 noise lines
  // left. Its first run, on the code the nineteenth session started from (384ef57): recall 69%, precision 66%, 16/16
  // dates, 13/16 headlines, 21 noise lines left. Its gold keeps a corrected figure only, and writes a price per kilowatt-
  // hour in cents as USD.
  ['tests/fixtures/holdout12', { figures: [80, 82], events: [81, 79], agreements: [97, 97], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-first session, end): figures 208/279 (74.6%) and 208/264 (78.8%); events 32/38 (84.2%)
  // and 32/35 (91.4%); agreements 27/28 (96.4%) and 27/32 (84.4%); 16/16 dates, 14/16 headlines, 1 of 248 noise lines
  // left. Its first run, on the code the twentieth session started from (70dc616, with its first rule, 73a0808): recall
  // 63%, precision 65%, 15/16 dates, 13/16 headlines, 17 noise lines left. Its gold writes a price per barrel as USD/bbl,
  // where the extractor writes USD/barrel.
  ['tests/fixtures/holdout13', { figures: [71, 75], events: [81, 88], agreements: [93, 81], headerMisses: 4 }],
  // real run 2026-12-06 (thirty-first session, end): figures 219/263 (83.3%) and 219/260 (84.2%); events 33/36 (91.7%)
  // and 33/36 (91.7%); agreements 27/28 (96.4%) and 27/28 (96.4%); 15/16 dates and headlines, 5 of 262 noise lines left.
  // Its first run, on the code the twenty-first session started from (b1d7051, the set added in 2c2a4e0): recall 71%,
  // precision 71%, 13/16 dates, 7/16 headlines, 26 noise lines left.
  ['tests/fixtures/holdout14', { figures: [80, 81], events: [88, 88], agreements: [93, 93], headerMisses: 8 }],
  // real run 2026-12-06 (thirty-first session, end): figures 178/267 (66.7%) and 178/250 (71.2%); events 33/33 (100.0%)
  // and 33/38 (86.8%); agreements 24/29 (82.8%) and 24/27 (88.9%); 16/16 dates and headlines, 0 of 268 noise lines left.
  // Its first run, on the code the twenty-second session started from (195994d, the set added in bda39ba), failed: an
  // ASCII table's rule line gave an empty metric id and the schema rejected the build. With that fixed (b3ffade): recall
  // 53%, precision 50%, 13/16 dates, 12/16 headlines, 29 noise lines left.
  ['tests/fixtures/holdout15', { figures: [63, 68], events: [97, 83], agreements: [79, 85], headerMisses: 1 }],
  // real run 2026-12-06 (thirty-second session, end): figures 193/257 (75.1%) and 193/248 (77.8%); events 26/33 (78.8%)
  // and 26/38 (68.4%); agreements 26/27 (96.3%) and 26/30 (86.7%); 15/16 dates, 16/16 headlines, 1 of 262 noise lines
  // left. Its first run, on the code of b4fcf4b (the set added in 1a7165f): recall 69%, precision 68%, 15/16 dates, 11/16
  // headlines, 24 noise lines left.
  ['tests/fixtures/holdout16', { figures: [72, 75], events: [75, 65], agreements: [93, 83], headerMisses: 3 }],
  // real run 2026-12-06 (thirty-first session, end): figures 234/342 (68.4%) and 234/333 (70.3%); events 26/36 (72.2%)
  // and 26/32 (81.2%); agreements 19/22 (86.4%) and 19/20 (95.0%); 16/16 dates and headlines, 4 of 366 noise lines left.
  // Its first run, on the code of af3a062 (the set added in 67590e3): recall 51%, precision 52%, 13/16 dates, 12/16
  // headlines, 35 noise lines left; 52% and 53% once its gold wrote its twelve falls as negative (0bdb090), as the
  // earlier sets do. Its gold leaves out a weather bulletin's wind speeds in m/s, which the extractor reads.
  ['tests/fixtures/holdout17', { figures: [65, 67], events: [69, 78], agreements: [83, 92], headerMisses: 5 }],
  // real run 2026-12-06 (thirty-first session, end): figures 237/359 (66.0%) and 237/325 (72.9%); events 28/37 (75.7%)
  // and 28/31 (90.3%); agreements 16/22 (72.7%) and 16/21 (76.2%); 16/16 dates and headlines, 6 of 264 noise lines left.
  // Its first run, on the code of 46f5e64 (the set added in 83d2aaa): recall 52%, precision 57%, 15/16 dates, 15/16
  // headlines, 25 noise lines left. Its gold leaves out numbers a body refutes and writes a sea's fall in metres as
  // negative.
  ['tests/fixtures/holdout18', { figures: [63, 69], events: [72, 87], agreements: [69, 73], headerMisses: 7 }],
  // real run 2026-12-06 (thirty-first session, end): figures 239/357 (66.9%) and 239/328 (72.9%); events 23/39 (59.0%)
  // and 23/34 (67.6%); agreements 15/18 (83.3%) and 15/16 (93.8%); 15/16 dates, 13/16 headlines, 3 of 351 noise lines
  // left. Its first run, on the code of 6ee5a26 (the set added in 7a3213f): recall 51%, precision 50%, 11/16 dates, 9/16
  // headlines, 124 noise lines left. Its gold leaves out numbers a body refutes and readers' comments, and writes
  // people's names as the articles spell them.
  ['tests/fixtures/holdout19', { figures: [63, 69], events: [55, 64], agreements: [80, 90], headerMisses: 8 }],
  // real run 2026-12-06 (thirty-second session, end): figures 201/391 (51.4%) and 201/373 (53.9%); events 38/57 (66.7%)
  // and 38/46 (82.6%); agreements 21/22 (95.5%) and 21/25 (84.0%); 15/16 dates, 12/16 headlines, 4 of 374 noise lines
  // left. Its first run, on the code of 64068bf (the set added in 1a4d93b): recall 39%, precision 42%, 11/16 dates, 7/16
  // headlines, 79 of 374 noise lines left. Its gold leaves out numbers a page denies.
  ['tests/fixtures/holdout20', { figures: [48, 50], events: [63, 79], agreements: [92, 81], headerMisses: 10 }],
  // real run 2026-12-06 (thirty-first session, end): figures 238/348 (68.4%) and 238/339 (70.2%); events 39/49 (79.6%)
  // and 39/40 (97.5%); agreements 20/21 (95.2%) and 20/21 (95.2%); 16/16 dates and headlines, 1 of 285 noise lines left.
  // Its first run, on the code of cf2289a: recall 60%, precision 59%, 14/16 dates, 9/16 headlines, 54 of 285 noise lines
  // left. Its gold leaves out numbers a page denies and what teasers and snippets of other outlets repeat.
  ['tests/fixtures/holdout21', { figures: [65, 67], events: [76, 94], agreements: [92, 92], headerMisses: 2 }],
  // real run 2026-12-06 (thirty-second session, end): figures 244/383 (63.7%) and 244/362 (67.4%); events 35/46 (76.1%)
  // and 35/43 (81.4%); agreements 28/33 (84.8%) and 28/32 (87.5%); 15/16 dates and headlines, 9 of 358 noise lines left.
  // Its first run, on the code of 6c1e772 (the set added in c7e455d): recall 50%, precision 54%, 12/16 dates, 10/16
  // headlines, 61 of 358 noise lines left. Its gold leaves out numbers a page denies, and counts what a survey's table
  // and its prose both give once.
  ['tests/fixtures/holdout22', { figures: [60, 64], events: [73, 78], agreements: [81, 84], headerMisses: 12 }],
  // real run 2026-12-06 (thirty-first session, end): figures 376/516 (72.9%) and 376/490 (76.7%); events 18/25 (72.0%)
  // and 18/27 (66.7%); agreements 14/19 (73.7%) and 14/15 (93.3%); 16/16 dates, 13/16 headlines, 4 of 229 noise lines
  // left. Its first run, on the code of 85208f3 (the set added in a94ffa1): recall 56%, precision 57%, 13/16 dates, 12/16
  // headlines, 6 of 229 noise lines left. Its gold leaves out numbers a page denies and values a correction withdraws,
  // and counts once a figure a headline, a lead or a table's total repeats.
  ['tests/fixtures/holdout23', { figures: [69, 73], events: [69, 63], agreements: [70, 90], headerMisses: 8 }],
  // real run 2026-12-06 (thirty-second session, end): figures 336/470 (71.5%) and 336/458 (73.4%); events 27/31 (87.1%)
  // and 27/30 (90.0%); agreements 12/15 (80.0%) and 12/12 (100.0%); 16/16 dates and headlines, 2 of 243 noise lines left.
  // Its first run, on the code of c11fae7 (the set added in 3966190): recall 63%, precision 63%, 15/16 dates, 15/16
  // headlines, 4 of 243 noise lines left. Its gold leaves out numbers a page denies, counts once a figure a standfirst or
  // a caption repeats, and writes mega- and gigawatt-hours in kilowatt-hours.
  ['tests/fixtures/holdout24', { figures: [68, 70], events: [84, 87], agreements: [77, 97], headerMisses: 3 }],
  // real run 2026-12-06 (thirty-second session, end): figures 475/658 (72.2%) and 475/655 (72.5%); events 28/45 (62.2%)
  // and 28/36 (77.8%); agreements 16/18 (88.9%) and 16/18 (88.9%); 16/16 dates and headlines, 2 of 209 noise lines left.
  // Its first run, on the code of 232ebf3 (the set added in 8d33618): recall 42%, precision 40%, 7/16 dates, 8/16
  // headlines, 30 of 209 noise lines left. Its gold leaves out a quiz's choices, numbers a page denies and a product's
  // sizes, and writes a price per kilogram, square metre or hour as its currency per that unit (KZT/kg, USD/m2).
  ['tests/fixtures/holdout25', { figures: [69, 69], events: [59, 74], agreements: [85, 85], headerMisses: 3 }],
  // real run 2026-12-06 (thirty-third session, end): figures 431/646 (66.7%) and 431/640 (67.3%); events 34/51 (66.7%)
  // and 34/40 (85.0%); agreements 24/27 (88.9%) and 24/27 (88.9%); 16/16 dates, 14/16 headlines, 1 of 179 noise lines
  // left. Its first run, on the code of 2f2aeb9 (the set added in f91c980): recall 57%, precision 60%, 15/16 dates,
  // 13/16 headlines, 8 of 179 noise lines left. Its gold writes offers in force on a page (salaries, rents, discounts)
  // as achieved, a rate per ounce, gram, litre, night or square metre as its currency per that unit (a freight rate per
  // box, truck or day as money), an exchange rate as one currency per another (TRY/USD), and leaves out index levels
  // and numbers a page denies. Thirty-fourth session, end: figures 439/646 (68.0%) and 439/637 (68.9%), the rest the same.
  ['tests/fixtures/holdout26', { figures: [64, 65], events: [63, 82], agreements: [85, 85], headerMisses: 4 }],
  // real run 2026-12-06 (thirty-fifth session, end): figures 457/706 (64.7%) and 457/674 (67.8%); events 27/34 (79.4%)
  // and 27/36 (75.0%); agreements 17/21 (81.0%) and 17/19 (89.5%); 16/16 dates, 15/16 headlines, 11 of 141 noise lines
  // left. Its first run, on the code of 3b47446 (the set added in 3b47446): recall 41%, precision 41%, 7/16 dates, 10/16
  // headlines, 17 of 141 noise lines left. Its gold writes a price list's prices per unit as the currency per that unit
  // (USD/m2, USD/piece), a survey's shares of respondents as achieved, a draft act's terms as targets, and leaves out
  // addresses, standards, ages, container types and numbers a chat corrects.
  ['tests/fixtures/holdout27', { figures: [61, 64], events: [76, 72], agreements: [77, 86], headerMisses: 13 }],
  // real run 2026-12-06 (thirty-fifth session, end): figures 498/676 (73.7%) and 498/677 (73.6%); events 22/28 (78.6%)
  // and 22/27 (81.5%); agreements 11/13 (84.6%) and 11/22 (50.0%); 13/16 dates, 15/16 headlines, 12 of 219 noise lines
  // left. Its first run, on the code of 6678060 (the set added in 7397dbc): recall 60%, precision 54%, 9/16 dates, 7/16
  // headlines, 42 of 219 noise lines left. Its gold leaves out a worked example's and an exercise's made-up numbers,
  // numbers a fact-check refutes and star ratings, reads a CSV row's cells as a table's, and quotes a feed's XML with
  // its entities. Thirty-sixth session, end: figures 509/676 (75.3%) and 509/675 (75.4%); events 23/28 (82.1%) and
  // 23/27 (85.2%); 15/16 dates, 15/16 headlines, 12 of 219 noise lines left; agreements the same.
  ['tests/fixtures/holdout28', { figures: [72, 72], events: [79, 82], agreements: [81, 47], headerMisses: 15 }],
  // real run 2026-12-07 (thirty-sixth session, end): figures 403/634 (63.6%) and 403/626 (64.4%); events 30/45 (66.7%)
  // and 30/38 (78.9%); agreements 20/25 (80.0%) and 20/26 (76.9%); 16/16 dates, 14/16 headlines, 9 of 186 noise lines
  // left. Its first run, on the code of 59a89df (the set added in 2d25a4d): recall 42%, precision 44%, 8/16 dates, 7/16
  // headlines, 41 of 186 noise lines left. Its gold reads a load board's rates and a job advertisement's salaries as
  // offers in force, an analyst's estimates as forecasts, dates a chronology's entries by their own dates, and quotes a
  // JSON file with its escapes (so its Turkish JSON article's quotes cannot overlap the text the reader shows).
  // Thirty-seventh session, end: figures 406/634 (64.0%) and 406/611 (66.4%); events 33/45 (73.3%) and 33/38 (86.8%);
  // 16/16 dates, 14/16 headlines, 8 of 186 noise lines left; agreements the same.
  ['tests/fixtures/holdout29', { figures: [61, 63], events: [70, 83], agreements: [77, 73], headerMisses: 11 }],
  // real run 2026-12-07 (thirty-seventh session, end): figures 358/595 (60.2%) and 358/570 (62.8%); events 21/31
  // (67.7%) and 21/26 (80.8%); agreements 14/15 (93.3%) and 14/17 (82.4%); 16/16 dates and headlines, 11 of 229 noise
  // lines left. Its first run, on the code of 94dd84c (the set added in 429658c): recall 52%, precision 50%, 10/16
  // dates, 11/16 headlines, 32 of 229 noise lines left. Its gold reads a memorandum's terms and a procurement notice's
  // lots as targets, a statistics release's revised figure (not the superseded one), leaves out a post's reaction
  // counts, a bulletin's wind, waves and visibility, and fines in a legal index (МРП).
  // Thirty-eighth session, end: figures 383/595 (64.4%) and 383/578 (66.3%); events 22/31 (71.0%) and 22/27 (81.5%);
  // agreements, dates, headlines and noise the same. Thirty-ninth session, end: figures 393/595 (66.1%) and 393/583
  // (67.4%); the rest the same.
  ['tests/fixtures/holdout30', { figures: [63, 64], events: [67, 78], agreements: [90, 79], headerMisses: 12 }],
  // real run 2026-12-07 (thirty-eighth session, end): figures 388/684 (56.7%) and 388/594 (65.3%); events 30/40 (75.0%)
  // and 30/35 (85.7%); agreements 15/19 (78.9%) and 15/16 (93.8%); 16/16 dates, 15/16 headlines, 2 of 213 noise lines
  // left. Its first run, on the code of d08e439 (the set added in 4f68ee9): recall 47%, precision 53%, 12/16 dates,
  // 11/16 headlines, 24 of 213 noise lines left. Its gold reads a policy rate as in force, a fund's fees and a tour's
  // prices as offers in force, an institution's "est." columns as results and its "proj." columns as forecasts,
  // electricity in kilowatt-hours, and leaves out flight numbers, a fund's codes and risk class, and view counts.
  // Thirty-ninth session, end: figures 399/684 (58.3%) and 399/594 (67.2%); the rest the same.
  ['tests/fixtures/holdout31', { figures: [55, 64], events: [72, 82], agreements: [75, 90], headerMisses: 4 }],
  // real run 2026-12-07 (thirty-ninth session, end): figures 565/731 (77.3%) and 565/708 (79.8%); events 19/35 (54.3%)
  // and 19/22 (86.4%); agreements 10/13 (76.9%) and 10/10 (100.0%); 16/16 dates, 15/16 headlines, 39 of 236 noise lines
  // left. Its first run, on the code of c987795 (the set added in bf14e81): recall 56%, precision 57%, 11/16 dates,
  // 11/16 headlines, 49 of 236 noise lines left. Its gold reads a budget's plan as targets by its year, a freight
  // index's spot rates per container as plain currency, an auction's buyer's commitments as targets, a loan page's
  // terms as offers in force, and leaves out index points, a dataset's file sizes and comments, a column's
  // hypothetical numbers and a worked example's.
  ['tests/fixtures/holdout32', { figures: [74, 76], events: [51, 83], agreements: [73, 97], headerMisses: 41 }],
  // real run 2026-12-07 (fortieth session, end): figures 400/746 (53.6%) and 400/656 (61.0%); events 20/30 (66.7%) and
  // 20/22 (90.9%); agreements 13/15 (86.7%) and 13/16 (81.3%); 16/16 dates, 15/16 headlines, 21 of 190 noise lines
  // left. Its first run, on the code of ba7c99d (the set added in aa3acea): recall 47%, precision 52%, 13/16 dates,
  // 13/16 headlines, 30 of 190 noise lines left. Its gold reads a campaign's reward tiers and backers as results, its
  // spending plan and stretch goals as targets, and leaves out a map's legend bands and a rating's sensitivity
  // triggers; one helper writes prices per tonne as "USD/tonne", which the scorer does not take for "USD/t".
  ['tests/fixtures/holdout33', { figures: [50, 57], events: [63, 87], agreements: [83, 78], headerMisses: 23 }],
  // real run 2026-12-07 (forty-first session, end): figures 425/689 (61.7%) and 425/659 (64.5%); events 22/43 (51.2%)
  // and 22/35 (62.9%); agreements 20/21 (95.2%) and 20/23 (87.0%); 16/16 dates, 15/16 headlines, 3 of 241 noise lines
  // left. Its first run, on the code of 2c842a0 (the set added in 27b1998): recall 50%, precision 50%, 13/16 dates,
  // 13/16 headlines, 13 of 241 noise lines left. Its gold reads a union's demands and an employer's offer as targets, a
  // company's revenue from a country as the company's home and that country, and leaves out notes' face values and
  // made-up examples.
  ['tests/fixtures/holdout34', { figures: [58, 61], events: [48, 59], agreements: [92, 84], headerMisses: 5 }],
  // real run 2026-12-07 (forty-second session, end): figures 433/752 (57.6%) and 433/693 (62.5%); events 41/51 (80.4%)
  // and 41/49 (83.7%); agreements 19/24 (79.2%) and 19/21 (90.5%); 16/16 dates, 16/16 headlines, 3 of 201 noise lines
  // left. Its first run, on the code of 46922af (the set added in b7965e3, its gold's units rewritten in f1a2537 and
  // 85be98b): recall 47%, precision 52%, 14/16 dates, 16/16 headlines, 24 of 201 noise lines left. Its gold reads a
  // register's projects under construction and a council's decisions as targets, an academic year as its end year once
  // past, and leaves out a board's votes, star classes and illustrations.
  ['tests/fixtures/holdout35', { figures: [54, 59], events: [77, 80], agreements: [76, 87], headerMisses: 4 }],
  // real run 2026-12-08 (forty-third session, end): figures 499/782 (63.8%) and 499/676 (73.8%); events 24/37 (64.9%)
  // and 24/28 (85.7%); agreements 17/20 (85.0%) and 17/18 (94.4%); 16/16 dates, 15/16 headlines, 2 of 225 noise lines
  // left. Its first run, on the code of b04984d (the set added in 28680f1): recall 52%, precision 56%, 14/16 dates,
  // 14/16 headlines, 20 of 225 noise lines left. Its gold leaves out a recipe's quantities, weather readings, scores and
  // worked examples, and writes crop yields in "t/ha", ore grades in "g/t" and speeds in "knots", which the series keeps
  // no figure in.
  ['tests/fixtures/holdout36', { figures: [60, 70], events: [61, 82], agreements: [82, 91], headerMisses: 4 }],
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
