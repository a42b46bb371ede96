/**
 * `npm run bench:web [-- --runs 5]`: the app's baked pages against a bare reference page (bench/reference: React,
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
import { writeWebReport, type WebRow } from './web-report'

const RUNS = Number(argOf('runs', '5'))
const RATES = [1, 4]

const production = { ...process.env, NODE_ENV: 'production', BASE_PATH: '/' }
const run = (args: string[]) => execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: production })

/** Medians of each measure over cold runs; a measure a page never reached (no chart) stays null. */
async function medianOf(browser: Browser, url: string, rate: number, rechartsFiles: Set<string>): Promise<PageMeasure> {
  const runs: PageMeasure[] = []
  for (let i = 0; i < RUNS; i += 1) runs.push(await measurePage(browser, url, rate, rechartsFiles))
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

/** The built JavaScript files that hold Recharts (found by a class name only Recharts writes). */
function rechartsFilesOf(outDir: string): Set<string> {
  const assets = join(outDir, 'assets')
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'))
  return new Set(files.filter((file) => readFileSync(join(assets, file), 'utf8').includes('recharts-surface')))
}

const root = mkdtempSync(join(tmpdir(), 'corridor-watch-web-'))
const appDir = join(root, 'app')
const referenceDir = join(root, 'reference')
try {
  run(['tsx', 'src/pipeline/run.ts'])
  run(['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'])
  run(['vite', 'build', '--config', 'bench/reference/vite.config.ts', '--outDir', referenceDir, '--emptyOutDir'])
  const facts = JSON.parse(readFileSync(join(appDir, 'data', 'facts.json'), 'utf8')) as { articles: { id: string }[] }
  const article = facts.articles[0]?.id ?? ''
  const app = await serveStatic({ root: appDir, port: 0, gzip: true })
  const reference = await serveStatic({ root: referenceDir, port: 0, gzip: true })
  const browser = await launchBrowser()
  const rows: WebRow[] = []
  try {
    const appRecharts = rechartsFilesOf(appDir)
    const referenceRecharts = rechartsFilesOf(referenceDir)
    for (const rate of RATES) {
      const referenceMeasure = await medianOf(browser, `${reference.url}/`, rate, referenceRecharts)
      rows.push({ page: 'reference', rate, measure: referenceMeasure, reference: referenceMeasure })
      for (const path of ['/', '/agreements', '/timeline', `/sources/${article}`]) {
        const measure = await medianOf(browser, `${app.url}${path}`, rate, appRecharts)
        rows.push({
          page: path.startsWith('/sources/') ? '/sources/<id>' : path,
          rate,
          measure,
          reference: referenceMeasure,
        })
        console.error(`${rate}× ${path}: ${JSON.stringify(measure)}`)
      }
    }
  } finally {
    await browser.close()
    await app.close()
    await reference.close()
  }
  writeWebReport(rows, RUNS)
} finally {
  rmSync(root, { recursive: true, force: true })
}
