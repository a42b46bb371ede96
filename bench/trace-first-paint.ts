/**
 * `tsx bench/trace-first-paint.ts --app <dist> [--paths /,/agreements --runs 3 --rate 4 --save <dir>]`: traces cold
 * loads of a built app's pages in headless Chromium (CDP tracing through playwright-core, the bench's cold page and
 * frame watcher) and prints, per page, the first paint, the main thread's CPU time from the page's first parse to its
 * first paint, and that work by trace event (inclusive thread time: wall time on a loaded machine mostly measures the
 * others' work), medians over the runs, with the page's element count. A diagnostic for `npm run bench:web`'s first
 * frame (README "First chart"); it asserts nothing.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../scripts/static-host'
import { launchBrowser } from '../tests/e2e/support/chromium'
import { argOf } from './bench-args'
import { openColdPage } from './web-measure'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { frame?: string } }
}

const APP = argOf('app', 'dist')
const PATHS = argOf('paths', '/,/agreements,/timeline').split(',')
const RUNS = Number(argOf('runs', '3'))
const RATE = Number(argOf('rate', '4'))
/** A folder to write each raw trace into (`<page>-<run>.json`), for a closer look; none by default. */
const SAVE = argOf('save', '')
const WATCHED = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'ResourceFetcher::requestResource',
  'FontCache::GetFontPlatformData',
  'FontFaceSet::ready',
  'HTMLDocumentParser::MaybeFetchQueuedPreloads',
  'ScheduleStyleRecalculation',
  'StorageArea::GetItem',
])

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const host = await serveStatic({ root: APP, port: 0, gzip: true })
const browser = await launchBrowser()
try {
  for (const path of PATHS) {
    const byName = new Map<string, number[]>()
    const paints: number[] = []
    const busy: number[] = []
    let elements = 0
    for (let run = 0; run < RUNS; run += 1) {
      const { page, close } = await openColdPage(browser, RATE)
      try {
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'blink',
            'blink.user_timing',
            'loading',
            'v8',
            'fonts',
            'toplevel',
          ],
        })
        await page.goto(`${host.url}${path}`, { waitUntil: 'load' })
        await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0)
        elements = await page.evaluate(() => document.getElementsByTagName('*').length)
        const trace = await browser.stopTracing()
        if (SAVE !== '') writeFileSync(join(SAVE, `${path.replace(/\W+/g, '_')}-${run}.json`), trace)
        const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
        const main = events.find(
          (event) =>
            event.name === 'thread_name' &&
            event.args?.name === 'CrRendererMain' &&
            events.some((other) => other.tid === event.tid && other.name === 'ParseHTML'),
        )
        if (!main) throw new Error('no renderer main thread in the trace')
        const start = events.find((event) => event.name === 'navigationStart' && event.pid === main.pid)?.ts ?? 0
        const paint = events.find((event) => event.name === 'firstPaint' && event.pid === main.pid)?.ts ?? 0
        paints.push((paint - start) / 1000)
        const sums = new Map<string, number>()
        // from the first parse of the page: the navigation before it is the browser's, the same for any page
        const parseStart =
          events.find((event) => event.name === 'ParseHTML' && event.tid === main.tid && event.pid === main.pid)?.ts ??
          start
        let top = 0
        for (const event of events) {
          if (
            event.tid !== main.tid ||
            event.pid !== main.pid ||
            event.ph !== 'X' ||
            event.ts < start ||
            event.ts > paint
          )
            continue
          // thread time (CPU) where the trace has it: wall time on a loaded machine mostly measures the others' work
          const ms = (event.tdur ?? event.dur ?? 0) / 1000
          if (event.name === 'RunTask' && event.ts >= parseStart) top += ms
          if (WATCHED.has(event.name) || event.name.includes('Font') || event.name.includes('Storage')) {
            sums.set(event.name, (sums.get(event.name) ?? 0) + ms)
          }
        }
        busy.push(top)
        for (const [name, ms] of sums) byName.set(name, [...(byName.get(name) ?? []), ms])
      } finally {
        await close()
      }
    }
    console.log(
      `\n${path} at ${RATE}×: first paint ${median(paints).toFixed(0)} ms (${paints.map((ms) => ms.toFixed(0)).join(', ')}), main thread CPU from the parse on ${median(busy).toFixed(0)} ms (${busy.map((ms) => ms.toFixed(0)).join(', ')}), ${elements} elements`,
    )
    const rows = [...byName].map(([name, values]) => [name, median(values)] as const).sort((a, b) => b[1] - a[1])
    for (const [name, ms] of rows) if (ms >= 0.5) console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`)
  }
} finally {
  await browser.close()
  await host.close()
}
