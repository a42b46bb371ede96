/**
 * `npm run bench:hostile`: how the dashboard copes with the hostile corpus's 5 MB page of numbers. Writes the five
 * seeds (so every view has content) and that page into a temp folder, builds the data with the real CLI, builds the
 * app against it, serves the build with `vite preview` and opens every route in Chromium, timing each until its view
 * is ready (the e2e tests' own check) and recording any page error. Speed is measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-core'
import { build, preview } from 'vite'
import type { FactsFile } from '../src/schema/dataset'
import { openPage, pageErrors } from '../tests/e2e/support/browser'
import { launchBrowser, waitForView } from '../tests/e2e/support/chromium'
import { pageOfNumbers } from '../tests/unit/pipeline/hostile-corpus'
import { SEEDS_DIR } from '../tests/support/pipeline'
import { busiestMetric } from './built-data'

/** The hostile article's file name; its stem becomes its id. */
const HUGE_FILE = 'huge.txt'

/** One route opened in a fresh browser context, and what happened. */
interface Row {
  path: string
  /** What the route shows, for the table. */
  what: string
  /** Milliseconds from navigation start to the view being ready, or null when it never was. */
  readyMs: number | null
  errors: string[]
}

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1)
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')

/** Writes the five seeds and the 5 MB page of numbers into `dir`. */
function writeInput(dir: string): void {
  for (const name of readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt')))
    copyFileSync(join(SEEDS_DIR, name), join(dir, name))
  writeFileSync(join(dir, HUGE_FILE), pageOfNumbers())
}

/** Builds the data with the CLI exactly as `npm run build:data` does, into `<root>/public/data`. */
function buildData(input: string, publicDir: string): void {
  const out = join(publicDir, 'data')
  execFileSync('node', ['--import', 'tsx', 'src/pipeline/run.ts', '--in', input, '--out', out], {
    // the build's per-file issues go to the console; only a failure matters here, and it throws with its output
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

/**
 * The routes to open. Ids come from the built data: the hostile article's id, a seed's, and the metric with the
 * most figures (the heaviest chart and table), so the list survives changes to the extractors.
 */
function routes(facts: FactsFile): Pick<Row, 'path' | 'what'>[] {
  const huge = facts.articles.find((article) => article.file === HUGE_FILE)
  const seed = facts.articles.find((article) => article.file !== HUGE_FILE)
  if (!huge || !seed) throw new Error(`the build lost ${huge ? 'every seed' : HUGE_FILE}`)
  const busiest = busiestMetric(facts.figures)
  if (busiest === null) throw new Error('the build gave no figures')
  const { metric, figures } = busiest
  const at = (segment: string) => encodeURIComponent(segment)
  return [
    { path: '/', what: 'overview' },
    { path: '/targets', what: 'every metric' },
    { path: `/targets/${at(metric)}`, what: `the metric with the most figures (${figures})` },
    { path: '/agreements', what: 'agreements' },
    { path: '/timeline', what: 'timeline' },
    { path: '/sources', what: 'article list' },
    { path: `/sources/${at(huge.id)}`, what: 'reader, the 5 MB article' },
    { path: `/sources/${at(seed.id)}`, what: 'reader, a seed' },
  ]
}

/** Opens one route in a fresh context (cold cache, like a first visit from a shared link) and times it. */
async function measure(browser: Browser, origin: string, route: Pick<Row, 'path' | 'what'>): Promise<Row> {
  const page = await openPage(browser, route.path, { baseUrl: origin })
  try {
    await waitForView(page)
    // the page's own clock counts from navigation start, so context setup and the tool's round trips are left out
    const readyMs = await page.evaluate(() => performance.now())
    return { ...route, readyMs, errors: pageErrors(page) }
  } catch (error) {
    return { ...route, readyMs: null, errors: [...pageErrors(page), `not ready: ${(error as Error).message}`] }
  } finally {
    await page.context().close()
  }
}

function table(rows: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
  return [
    '| route | view | ready (s) | page errors |',
    '| ----- | ---- | --------: | ----------- |',
    ...rows.map((row) => {
      const ready = row.readyMs === null ? 'never' : (row.readyMs / 1000).toFixed(2)
      const errors = row.errors.length === 0 ? 'none' : cell(row.errors.join('; ').slice(0, 300))
      return `| \`${row.path}\` | ${cell(row.what)} | ${ready} | ${errors} |`
    }),
  ].join('\n')
}

async function main(): Promise<number> {
  // under the git-ignored .tmp/ and relative: the config's 404.html step joins the root with outDir, so an absolute
  // outDir such as /tmp/… would be looked for inside the repository
  mkdirSync('.tmp', { recursive: true })
  const root = mkdtempSync(join('.tmp', 'bench-hostile-'))
  try {
    const loadBefore = load()
    const input = join(root, 'input')
    const publicDir = join(root, 'public')
    const outDir = join(root, 'dist')
    mkdirSync(input)
    writeInput(input)

    let start = performance.now()
    buildData(input, publicDir)
    const dataSeconds = seconds(start)

    // the app build copies its public folder into dist/; pointing it at the temp one leaves the repo's public/data alone
    start = performance.now()
    await build({ base: '/', publicDir, build: { outDir, emptyOutDir: true }, logLevel: 'warn' })
    const appSeconds = seconds(start)

    const facts = JSON.parse(readFileSync(join(publicDir, 'data', 'facts.json'), 'utf8')) as FactsFile
    // port 0: the system picks a free one, so this never collides with the e2e server or another engineer's preview
    const server = await preview({
      base: '/',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
      logLevel: 'warn',
    })
    const browser = await launchBrowser()
    const rows: Row[] = []
    try {
      const { port } = server.httpServer.address() as AddressInfo
      const origin = `http://127.0.0.1:${port}`
      // one route at a time: parallel pages would measure the two cores' contention, not the views
      for (const route of routes(facts)) {
        rows.push(await measure(browser, origin, route))
        console.error(`${route.path}: ${rows.at(-1)!.readyMs?.toFixed(0) ?? 'never'} ms`)
      }
    } finally {
      await browser.close()
      await server.close()
    }

    const date = new Date().toISOString().slice(0, 10)
    console.log(`bench:hostile, ${date}, Node ${process.version}, load average (1/5/15 min) ${loadBefore} → ${load()}`)
    console.log(`data build ${dataSeconds} s, app build ${appSeconds} s\n`)
    console.log(table(rows))
    return rows.every((row) => row.readyMs !== null && row.errors.length === 0) ? 0 : 1
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

process.exitCode = await main()
