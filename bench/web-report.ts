import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import type { PageMeasure } from './web-measure'

/** One measured page at one CPU slowdown, with the reference page's measure at the same slowdown. */
export interface WebRow {
  page: string
  rate: number
  measure: PageMeasure
  reference: PageMeasure
}

const REPORT = 'bench/reports/bench-web.md'
const README = 'README.md'
const START = '<!-- bench:web:start -->'
const END = '<!-- bench:web:end -->'

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
  const context = `Medians of ${runs} cold loads each, headless Chromium at 1280×900, ${when}, load average ${loadavg()[0]?.toFixed(1)} on this machine. Ratios are ours/reference at the same CPU slowdown.`
  mkdirSync('bench/reports', { recursive: true })
  writeFileSync(REPORT, `# npm run bench:web\n\n${context}\n\n${table}\n`)
  const readme = readFileSync(README, 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) {
    console.error(`README has no ${START} … ${END} block; the table is in ${REPORT} only`)
  } else {
    writeFileSync(README, `${readme.slice(0, start + START.length)}\n${context}\n\n${table}\n${readme.slice(end)}`)
  }
  // the README is kept in the house format (npm run format:check runs in the test command)
  execFileSync('npx', ['prettier', '--write', REPORT, README], { stdio: 'ignore' })
  console.log(table)
}
