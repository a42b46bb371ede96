import { performance } from 'node:perf_hooks'
import { filterAgreements, sectorCoverage } from '../src/features/agreements/lib/agreement-list'
import { filterFigures } from '../src/features/targets/lib/filter-figures'
import { filterEvents, toTimeline } from '../src/features/timeline/lib/to-timeline'
import { SECTORS, type Agreement, type CorridorEvent, type Figure, type SourceRef } from '../src/schema/dataset'
import { mulberry32 } from './synthetic-corpus'

// PRODUCT.md §5: filtering 10,000 agreements or events stays under 100 ms. Measured here, never in a timed test.
const COUNT = 10_000
const RUNS = 20
const BUDGET_MS = 100
const COUNTRIES = ['AZ', 'KZ', 'TM', 'GE', 'TR', 'CN', 'UZ', 'RU']

const random = mulberry32(7)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const some = <T extends string>(list: readonly T[], n: number): T[] =>
  [...new Set(Array.from({ length: n }, () => pick(list)))].sort()
const source: SourceRef = { articleId: 'a', start: 0, end: 5, quote: 'quote', mention: null, curated: false }
const date = () => `${2015 + Math.floor(random() * 11)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`

const agreements: Agreement[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `agreement-${i}`,
  title: null,
  kind: 'package',
  count: 1 + (i % 20),
  date: date(),
  place: null,
  parties: some(COUNTRIES, 2),
  sectors: some(SECTORS, 3),
  docType: null,
  years: null,
  occasionId: null,
  curated: false,
  sources: [source],
}))
const events: CorridorEvent[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `event-${i}`,
  kind: pick(['state-visit', 'visit', 'summit', 'meeting', 'session', 'signing'] as const),
  status: i % 7 ? 'happened' : 'planned',
  title: { en: 'Visit', tr: 'Ziyaret', az: 'Səfər' },
  date: i % 10 ? date() : null,
  dateEnd: null,
  dateBasis: 'stated',
  place: null,
  embassyOf: null,
  body: null,
  ordinal: null,
  countries: some(COUNTRIES, 2),
  host: null,
  guests: [],
  participants: [],
  parts: [],
  agreementIds: [],
  curated: false,
  sources: [source],
}))
const figures: Figure[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `figure-${i}`,
  metric: `metric-${i % 50}`,
  label: 'Metric',
  kind: 'achieved',
  confidence: 'high',
  reviewReasons: [],
  value: i,
  valueMax: null,
  unit: 't',
  qualifier: 'exact',
  year: 2020 + (i % 6),
  deadline: null,
  horizon: null,
  derived: null,
  conflict: null,
  sectors: some(SECTORS, 2),
  countries: some(COUNTRIES, 2),
  curated: false,
  sources: [source],
}))

/** Runs a view's selector RUNS times and gives the median and worst milliseconds. */
function time(run: () => unknown): { median: number; worst: number } {
  run() // warm-up
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now()
    run()
    return performance.now() - start
  }).sort((a, b) => a - b)
  return { median: times[Math.floor(RUNS / 2)] ?? NaN, worst: times[RUNS - 1] ?? NaN }
}

const cases: [string, () => unknown][] = [
  [
    'agreements: filter by 2 sectors + 1 country, group by sector',
    () => sectorCoverage(filterAgreements(agreements, { sectors: ['energy', 'transport'], countries: ['KZ'] })),
  ],
  [
    'timeline: filter by country + years, lay out lanes',
    () => toTimeline(filterEvents(events, { countries: ['AZ'], from: 2018, to: 2024 })),
  ],
  [
    'targets: filter figures by sector + country',
    () => filterFigures(figures, { sectors: ['trade'], countries: ['TM'] }),
  ],
]
console.log(
  `| view selector over ${COUNT.toLocaleString('en')} records | median ms | worst of ${RUNS} ms | under ${BUDGET_MS} ms |`,
)
console.log('| --- | ---: | ---: | :---: |')
for (const [name, run] of cases) {
  const { median, worst } = time(run)
  console.log(`| ${name} | ${median.toFixed(1)} | ${worst.toFixed(1)} | ${worst < BUDGET_MS ? 'yes' : 'NO'} |`)
}
