/**
 * `npm run bench:scale [-- --sizes 1000,10000 --workers 1,2 --only pipeline|views --bake 0 --runs 3]`: writes the
 * synthetic corpus (bench/synthetic-corpus.ts) to a temp folder at each size and builds it with the real CLI in a child
 * process under GNU time, so every row's peak RSS (the maximum resident set, worker threads included) is its own.
 * Then, on the first worker count's output, builds the app against that data folder (Vite's `publicDir`; the build
 * bakes the pages BAKE_PAGES lets through), serves it gzip like a static host and measures every view in headless
 * Chromium (bench/scale-views.ts). Results are kept by size in bench/reports/bench-scale.json (a run replaces the sizes
 * it measured) and written out to bench/reports/bench-scale.md and the README's bench:scale block.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { build } from 'vite'
import { parseBakePages } from '../scripts/bake-pages'
import { serveStatic } from '../scripts/static-host'
import { launchBrowser } from '../tests/e2e/support/chromium'
import { argOf, medianOfRuns } from './bench-args'
import { readBuiltFacts } from './built-data'
import { writeBenchReport } from './report-files'
import {
  mergeScaleResults,
  scaleReport,
  type PipelineRow,
  type ScaleResults,
  type SizeNotes,
  type ViewsAtSize,
} from './scale-report'
import { measureView, scaleViews, type ViewMeasure } from './scale-views'
import { generateCorpus } from './synthetic-corpus'

const SIZES = argOf('sizes', '1000,10000,100000').split(',').map(Number)
const WORKERS = argOf('workers', '1,2').split(',').map(Number)
/** `pipeline` times the data builds only; `views` builds the data once per size (first worker count), then the views. */
const ONLY = argOf('only', 'both')
/**
 * Which pages the app build bakes (scripts/bake-pages.ts): every view but no reader page by default. The views read
 * bounded files, so they bake in seconds at any size; a reader page each is too many at 100,000 (see the README).
 */
const BAKE = argOf('bake', '0')
/** Cold loads a view, per size in the order of --sizes (`3,1`: 3 at the first size, 1 at the others). */
const RUNS = argOf('runs', '3').split(',').map(Number)
const runsAt = (index: number) => RUNS[Math.min(index, RUNS.length - 1)] ?? 1
const CLICKS = Number(argOf('clicks', '10'))
const TIMEOUT_MS = Number(argOf('timeout-s', '600')) * 1000
/** An existing data folder to measure the views on instead of building corpora (its size is its article count). */
const DATA = argOf('data', '')
/** Only these views, by label (`--views /agreements,/timeline`); every view by default. */
const VIEWS = argOf('views', '').split(',').filter(Boolean)
// the app build copies the data folder's parent whole (Vite's publicDir): it must hold the data folder alone
if (DATA && (basename(DATA) !== 'data' || readdirSync(dirname(DATA)).length !== 1))
  throw new Error(`--data must name a folder called data that is alone in its parent (got ${DATA})`)
if (!['both', 'pipeline', 'views'].includes(ONLY)) throw new Error(`--only takes pipeline or views, not ${ONLY}`)
parseBakePages(BAKE) // refuses a bad value before the long builds start
/** Results kept between runs: a run replaces the sizes it measured, so sizes can be run one at a time. */
const RESULTS = 'bench/reports/bench-scale.json'

/** Writes `size` synthetic articles into a new folder. */
function writeCorpus(root: string, size: number): string {
  const dir = join(root, `corpus-${size}`)
  mkdirSync(dir)
  for (const { file, text } of generateCorpus(size)) writeFileSync(join(dir, file), text)
  return dir
}

/** Builds one corpus with the CLI under GNU time; returns wall time and the peak RSS of the build process. */
function buildData(input: string, out: string, workers: number): Omit<PipelineRow, 'size' | 'workers'> {
  const args = ['-f', '%e %M', 'node', '--import', 'tsx', 'src/pipeline/run.ts', '--in', input, '--out', out]
  const run = spawnSync('/usr/bin/time', [...args, '--workers', `${workers}`], { encoding: 'utf8', maxBuffer: 1 << 30 })
  const last = run.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds, kb] = last.split(' ').map(Number)
  if (run.status !== 0 || seconds === undefined || kb === undefined)
    throw new Error(`build failed: ${run.stderr.slice(-2000)}`)
  return { seconds, peakMb: kb / 1024, datasetMb: statSync(join(out, 'dataset.json')).size / 1024 / 1024 }
}

/** Medians of each measure over cold runs; the first run's error, if any, stands for all. */
function medianView(runs: readonly ViewMeasure[]): ViewMeasure {
  const [first] = runs
  if (!first) throw new Error('no runs')
  const failed = runs.find((run) => run.error !== null)
  if (failed) return failed
  const pick = (key: keyof ViewMeasure) => medianOfRuns(runs, key)
  const filters = runs.flatMap((run) => (run.filter ? [run.filter] : []))
  return {
    ...first,
    ...{ firstContent: pick('firstContent'), firstChart: pick('firstChart'), interactive: pick('interactive') },
    ...{ ready: pick('ready'), dataGzipBytes: pick('dataGzipBytes') ?? 0, jsGzipBytes: pick('jsGzipBytes') ?? 0 },
    ...{ heapBytes: pick('heapBytes'), heapBeforeGcBytes: pick('heapBeforeGcBytes'), domNodes: pick('domNodes') },
    filter: filters.length
      ? {
          medianMs: medianOfRuns(filters, 'medianMs') ?? 0,
          worstMs: Math.max(...filters.map((f) => f.worstMs)),
          clicks: filters.reduce((sum, f) => sum + f.clicks, 0),
        }
      : null,
  }
}

/** Builds the app against a data folder (`<publicDir>/data`), serves it gzip and measures every view in Chromium. */
async function measureViews(out: string, size: number, runs: number, root: string): Promise<ViewsAtSize> {
  const outDir = join(root, `app-${size}`)
  const start = performance.now()
  process.env.BAKE_PAGES = BAKE // read by scripts/bake.ts, which the build runs in a child process
  await build({ base: '/', mode: 'production', publicDir: dirname(out), build: { outDir, emptyOutDir: true } })
  console.error(`${size} articles: app built in ${((performance.now() - start) / 1000).toFixed(0)} s`)
  const facts = await readBuiltFacts(join(out, 'facts.json'))
  const host = await serveStatic({ root: outDir, port: 0, gzip: true })
  const browser = await launchBrowser()
  const views: ViewMeasure[] = []
  try {
    // one view at a time: parallel pages would measure the two cores' contention, not the views
    for (const view of scaleViews(facts).filter((v) => VIEWS.length === 0 || VIEWS.includes(v.label))) {
      const loads: ViewMeasure[] = []
      for (let i = 0; i < runs; i += 1) {
        // the filter is timed on the first load only: its clicks give the median
        const filterClicks = i === 0 ? CLICKS : 0
        loads.push(await measureView(browser, host.url, view, { timeoutMs: TIMEOUT_MS, filterClicks }))
        if (loads.at(-1)?.error) break // a view that never got ready will not on a second try either
      }
      views.push(medianView(loads))
      console.error(`${size} ${view.label}: ${JSON.stringify(views.at(-1))}`)
    }
  } finally {
    await browser.close()
    await host.close()
    rmSync(outDir, { recursive: true, force: true })
  }
  return { size, views }
}

const root = mkdtempSync(join(tmpdir(), 'corridor-watch-scale-'))
const pipeline: PipelineRow[] = []
const sizes: ViewsAtSize[] = []
const loadBefore = loadavg()[0] ?? 0
const dataSize = DATA ? (await readBuiltFacts(join(DATA, 'facts.json'))).articles.length : 0
if (DATA) SIZES.splice(0, SIZES.length, dataSize)
try {
  if (DATA) sizes.push(await measureViews(DATA, dataSize, runsAt(0), root))
  for (const [sizeIndex, size] of (DATA ? [] : SIZES).entries()) {
    const input = writeCorpus(root, size)
    for (const [index, workers] of (ONLY === 'views' ? WORKERS.slice(0, 1) : WORKERS).entries()) {
      const out = join(root, `public-${size}-${workers}`, 'data')
      const row = { size, workers, ...buildData(input, out, workers) }
      pipeline.push(row)
      console.error(`${size} articles, ${workers} workers: ${row.seconds} s, ${row.peakMb.toFixed(0)} MB peak`)
      // the output is byte-identical whatever the worker count, so the views are measured once per size
      if (index === 0 && ONLY !== 'pipeline') sizes.push(await measureViews(out, size, runsAt(sizeIndex), root))
      rmSync(dirname(out), { recursive: true, force: true })
    }
    rmSync(input, { recursive: true, force: true })
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}

const when = new Date().toISOString().slice(0, 10)
const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}`
const notes: ScaleResults['notes'] = Object.fromEntries(
  SIZES.map((size, index) => {
    const how = `${when}, Node ${process.version}, ${load}`
    const data = DATA ? ' on an existing data folder (--data)' : ''
    const views = `${how}: medians of ${runsAt(index)} cold loads, BAKE_PAGES=${BAKE}, ${CLICKS} filter clicks${data}`
    const parts: SizeNotes = {}
    if (ONLY !== 'views' && !DATA) parts.pipeline = how
    if (ONLY !== 'pipeline') parts.views = views
    return [String(size), parts]
  }),
)
const kept: ScaleResults = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as ScaleResults)
  : { pipeline: [], sizes: [], notes: {} }
const results = mergeScaleResults(kept, { pipeline, sizes, notes })
mkdirSync(dirname(RESULTS), { recursive: true })
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
const report = scaleReport(results)
writeBenchReport('bench/reports/bench-scale.md', 'npm run bench:scale', 'bench:scale', report)
console.log(report)
