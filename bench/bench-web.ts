/**
 * `npm run bench:web [-- --runs 5 --rates 1,4]`: the app's baked pages against a bare reference page (bench/reference: React,
 * React DOM, React Router and Recharts drawing one 4-bar chart from fetched JSON), both built by the same Vite for
 * production and served gzip by a static host on 127.0.0.1. Each page is opened cold (a new browser context) `runs`
 * times at 1× and 4× CPU throttling; medians are reported, with the ratios ours/reference, in
 * bench/reports/bench-web.md and in the README's table. Speed is measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { serveStatic } from '../scripts/static-host'
import { launchBrowser } from '../tests/e2e/support/chromium'
import { argOf, medianOfRuns } from './bench-args'
import { measurePage, type PageMeasure } from './web-measure'
import { webTable, writeWebReport, type WebRow } from './web-report'

const RUNS = Number(argOf('runs', '5'))
const RATES = argOf('rates', '1,4').split(',').map(Number)

const production = { ...process.env, NODE_ENV: 'production', BASE_PATH: '/' }
const run = (args: string[]) => execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: production })

/** Medians of each measure over cold runs; a measure a page never reached (no chart) stays null. */
function medianOf(runs: readonly PageMeasure[]): PageMeasure {
  const pick = (key: keyof PageMeasure) => medianOfRuns(runs, key)
  return {
    firstPaint: pick('firstPaint'),
    firstChart: pick('firstChart'),
    liveChart: pick('liveChart'),
    lcp: pick('lcp'),
    cls: pick('cls'),
    jsGzipBytes: pick('jsGzipBytes'),
    jsFirstBytes: pick('jsFirstBytes'),
    loadsRecharts: runs.some((measure) => measure.loadsRecharts),
  }
}

/** A page to measure: its label in the report, its address, and which of its build's files hold Recharts. */
interface Target {
  label: string
  url: string
  rechartsFiles: ReadonlySet<string>
  /** It draws a chart (waited for even when the network goes idle before the page has rendered it). */
  chart: boolean
}

/**
 * Measures every target `RUNS` times at one CPU slowdown, round by round (each round loads every page once, in
 * turn, the order reversed every other round): the machine's load drifts over minutes, so the reference page's loads
 * are spread over the same minutes as ours, and a ratio compares loads made under the same load.
 */
async function measureRounds(browser: Browser, targets: readonly Target[], rate: number): Promise<PageMeasure[][]> {
  const runs: PageMeasure[][] = targets.map(() => [])
  for (let round = 0; round < RUNS; round += 1) {
    const order = targets.map((_, index) => index)
    if (round % 2 === 1) order.reverse()
    for (const index of order) {
      const target = targets[index]
      if (target) runs[index]?.push(await measurePage(browser, target.url, rate, target.rechartsFiles, target.chart))
    }
  }
  return runs
}

/** The built JavaScript files that hold Recharts (found by a class name only Recharts writes). */
function rechartsFilesOf(outDir: string): Set<string> {
  const assets = join(outDir, 'assets')
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'))
  return new Set(files.filter((file) => readFileSync(join(assets, file), 'utf8').includes('recharts-surface')))
}

// `--app <dir> --reference <dir>` measures builds already made (to compare variants) and writes no report
const prebuilt = argOf('app', '') !== '' && argOf('reference', '') !== ''
const root = mkdtempSync(join(tmpdir(), 'corridor-watch-web-'))
const appDir = prebuilt ? argOf('app', '') : join(root, 'app')
const referenceDir = prebuilt ? argOf('reference', '') : join(root, 'reference')
try {
  if (!prebuilt) {
    run(['tsx', 'src/pipeline/run.ts'])
    run(['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'])
    run(['vite', 'build', '--config', 'bench/reference/vite.config.ts', '--outDir', referenceDir, '--emptyOutDir'])
  }
  const facts = JSON.parse(readFileSync(join(appDir, 'data', 'facts.json'), 'utf8')) as { articles: { id: string }[] }
  const article = facts.articles[0]?.id ?? ''
  const app = await serveStatic({ root: appDir, port: 0, gzip: true })
  const reference = await serveStatic({ root: referenceDir, port: 0, gzip: true })
  const browser = await launchBrowser()
  const rows: WebRow[] = []
  try {
    const appRecharts = rechartsFilesOf(appDir)
    const paths = ['/', '/agreements', '/timeline', `/sources/${article}`]
    const targets: Target[] = [
      { label: 'reference', url: `${reference.url}/`, rechartsFiles: rechartsFilesOf(referenceDir), chart: true },
      ...paths.map((path) => ({
        label: path.startsWith('/sources/') ? '/sources/<id>' : path,
        url: `${app.url}${path}`,
        rechartsFiles: appRecharts,
        chart: !path.startsWith('/sources/'),
      })),
    ]
    for (const rate of RATES) {
      const measures = (await measureRounds(browser, targets, rate)).map(medianOf)
      const referenceMeasure = measures[0]
      if (!referenceMeasure) throw new Error('no reference measure')
      for (const [index, target] of targets.entries()) {
        const measure = measures[index] ?? referenceMeasure
        rows.push({ page: target.label, rate, measure, reference: referenceMeasure })
        console.error(`${rate}× ${target.label}: ${JSON.stringify(measure)}`)
      }
    }
  } finally {
    await browser.close()
    await app.close()
    await reference.close()
  }
  if (prebuilt) console.log(webTable(rows))
  else writeWebReport(rows, RUNS)
} finally {
  rmSync(root, { recursive: true, force: true })
}
