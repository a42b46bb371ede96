import { loadavg } from 'node:os'
import { writeBenchReport } from './report-files'
import type { PageMeasure } from './web-measure'

/** One measured page at one CPU slowdown, with the reference page's measure at the same slowdown. */
export interface WebRow {
  page: string
  rate: number
  measure: PageMeasure
  reference: PageMeasure
}

const REPORT = 'bench/reports/bench-web.md'

const ms = (value: number | null) => (value === null ? '–' : Math.round(value).toLocaleString('en'))
const kb = (value: number | null) => (value === null ? '–' : `${(value / 1024).toFixed(1)}`)
const ratio = (ours: number | null, reference: number | null) =>
  ours === null || reference === null || reference === 0 ? '–' : `${(ours / reference).toFixed(2)}×`

/** Formats the rows as a Markdown table: each measure, with its ratio to the reference page where it has one. */
export function webTable(rows: readonly WebRow[]): string {
  const header = [
    '| page | CPU | first paint (ms) | first chart (ms) | live chart (ms) | LCP (ms) | CLS | JS first, gzip (KB) | JS in all, gzip (KB) | Recharts |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  ]
  const lines = rows.map(({ page, rate, measure: m, reference: r }) => {
    const own = page === 'reference'
    const withRatio = (value: number | null, base: number | null, format: (v: number | null) => string) =>
      own ? format(value) : `${format(value)} (${ratio(value, base)})`
    return [
      page,
      `${rate}×`,
      withRatio(m.firstPaint, r.firstPaint, ms),
      withRatio(m.firstChart, r.firstChart, ms),
      withRatio(m.liveChart, r.liveChart, ms),
      withRatio(m.lcp, r.lcp, ms),
      m.cls === null ? '–' : m.cls.toFixed(3),
      withRatio(m.jsFirstBytes, r.jsGzipBytes, kb),
      withRatio(m.jsGzipBytes, r.jsGzipBytes, kb),
      m.loadsRecharts ? 'loaded' : 'none',
    ].join(' | ')
  })
  return [...header, ...lines.map((line) => `| ${line} |`)].join('\n')
}

/** Writes the report file and replaces the table between the README's bench:web markers. */
export function writeWebReport(rows: readonly WebRow[], runs: number): void {
  const table = webTable(rows)
  const when = new Date().toISOString().slice(0, 10)
  const context = `Medians of ${runs} cold loads each, taken in rounds that load every page once (the reference page's loads spread over the same minutes as ours), headless Chromium at 1280×900, ${when}, load average ${loadavg()[0]?.toFixed(1)} on this machine. Ratios are ours/reference at the same CPU slowdown.`
  writeBenchReport(REPORT, 'npm run bench:web', 'bench:web', `${context}\n\n${table}`)
  console.log(table)
}
