import type { Browser, Page } from 'playwright-core'
import { waitForView } from '../tests/e2e/support/chromium'
import { median } from './bench-args'
import { busiestMetric, searchWordOf, type BuiltFacts } from './built-data'
import { openColdPage, readLoad } from './web-measure'

// The browser half of `npm run bench:scale`: each view of a build served gzip, opened cold in headless Chromium at
// 1× CPU, timed until it is ready (the e2e tests' `waitForView`), then its heap (CDP `Runtime.getHeapUsage`), DOM
// and one filter measured.

/** A view to open, and the filter checkbox to click on it, if it has one. */
export interface ScaleView {
  /** The path as the report shows it (ids replaced by their kind). */
  label: string
  path: string
  filter?: string
}

/** What one view measured at one corpus size; times in milliseconds from navigation start, null if never reached. */
export interface ViewMeasure {
  label: string
  /** `baked` when the host answered with the path's baked page, else the app shell that rendered the view. */
  served: 'baked' | 'index.html' | '404.html'
  firstContent: number | null
  firstChart: number | null
  interactive: number | null
  /** Heading shown, app interactive, no skeleton or baked chart left. */
  ready: number | null
  /** Gzip bytes fetched from `/data/` by the time the view was ready and the network idle. */
  dataGzipBytes: number
  jsGzipBytes: number
  /** JS heap in use after ready and a garbage collection. */
  heapBytes: number | null
  /** JS heap in use after ready, before that garbage collection. */
  heapBeforeGcBytes: number | null
  /** Elements in the document after ready. */
  domNodes: number | null
  /** Click on the filter to the first frame painted after the view's last change: median and worst of the clicks. */
  filter: { medianMs: number; worstMs: number; clicks: number } | null
  /** Why the filter could not be timed, if it could not. */
  filterError: string | null
  /** Why the view never got ready, if it did not. */
  error: string | null
}

/** The first sector (on Agreements) or country (on the timeline) checkbox of the view's filter bar. */
const FIRST_FILTER = 'section.filter-bar fieldset:first-of-type input[type="checkbox"]'

/** Lists the views the issue names, with ids from the built data: the busiest metric, articles, a title word. */
export function scaleViews(facts: BuiltFacts): ScaleView[] {
  const metric = busiestMetric(facts.figures)?.metric
  const first = facts.articles[0]?.id
  const last = facts.articles.at(-1)?.id
  const word = searchWordOf(facts.articles)
  const at = (segment: string) => encodeURIComponent(segment)
  return [
    { label: '/', path: '/' },
    ...(metric ? [{ label: '/targets/<metric>', path: `/targets/${at(metric)}` }] : []),
    { label: '/agreements', path: '/agreements', filter: FIRST_FILTER },
    { label: '/timeline', path: '/timeline', filter: FIRST_FILTER },
    { label: '/sources', path: '/sources' },
    ...(first ? [{ label: '/sources/<first id>', path: `/sources/${at(first)}` }] : []),
    // the last article's page is left unbaked by any BAKE_PAGES number smaller than the corpus: 404.html serves it
    ...(last && last !== first ? [{ label: '/sources/<last id>', path: `/sources/${at(last)}` }] : []),
    ...(word ? [{ label: `/search?q=${word}`, path: `/search?q=${at(word)}` }] : []),
  ]
}

/**
 * Runs in the page: clicks the filter checkbox, waits for the commit that shows it (the URL has changed and the box
 * has its new state), then for the DOM to be still for 500 ms (charts redraw in commits of their own); returns the time
 * from the click to the first frame after the last change (a timer queued from that frame's requestAnimationFrame,
 * so after its paint). The router renders in a transition that yields, so silence alone would not mean done.
 */
async function timeFilterClick(selector: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>(selector)
  if (!input) throw new Error(`no ${selector} on the page`)
  const before = location.href
  const expected = !input.checked
  let shownAt = 0
  let lastChange = 0
  const observer = new MutationObserver(() => {
    lastChange = performance.now()
    if (shownAt === 0 && location.href !== before && input.checked === expected) shownAt = lastChange
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  const frames: number[] = []
  let watching = true
  const frame = () => {
    setTimeout(() => frames.push(performance.now()), 0)
    if (watching) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  const start = performance.now()
  input.click()
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const now = performance.now()
      if (shownAt > 0 && now - lastChange > 500) break
      if (now - start > 300_000) {
        const url = location.href === before ? 'the URL did not change' : `the box is ${String(input.checked)}`
        throw new Error(`the view did not update within 300 s of the click (${url})`)
      }
    }
  } finally {
    watching = false
    observer.disconnect()
  }
  return (frames.find((time) => time >= lastChange) ?? lastChange) - start
}

/** Clicks the filter `clicks` times (ticking and unticking in turn), each timed in the page. */
async function measureFilter(page: Page, selector: string, clicks: number): Promise<ViewMeasure['filter']> {
  const times: number[] = []
  for (let i = 0; i < clicks; i += 1) times.push(await page.evaluate(timeFilterClick, selector))
  console.error(`filter clicks (ms): ${times.map((time) => time.toFixed(0)).join(' ')}`)
  return { medianMs: median(times), worstMs: Math.max(...times), clicks }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0] ?? 'unknown error'

/** Options of {@link measureView}. */
export interface MeasureOptions {
  /** How long a view may take to be ready before it counts as never ready. */
  timeoutMs: number
  filterClicks: number
}

/** Opens one view cold (own context, empty cache, 1× CPU) and measures it; a view that fails records its error. */
export async function measureView(
  browser: Browser,
  origin: string,
  view: ScaleView,
  { timeoutMs, filterClicks }: MeasureOptions,
): Promise<ViewMeasure> {
  const { page, cdp, close } = await openColdPage(browser, 1)
  page.setDefaultTimeout(timeoutMs)
  let served: ViewMeasure['served'] = '404.html'
  const empty = { firstContent: null, firstChart: null, interactive: null, ready: null, dataGzipBytes: 0 }
  const result = {
    label: view.label,
    served,
    ...empty,
    jsGzipBytes: 0,
    heapBytes: null,
    heapBeforeGcBytes: null,
    domNodes: null,
  }
  try {
    const response = await page.goto(`${origin}${view.path}`, { waitUntil: 'commit' })
    const html = (await response?.text()) ?? ''
    served = response?.status() === 404 ? '404.html' : html.includes('name="cw-baked-path"') ? 'baked' : 'index.html'
    await waitForView(page)
    const ready = await page.evaluate(() => performance.now())
    await page.waitForLoadState('networkidle')
    // live charts load their code after the view is ready: wait for one with marks where the page has a chart box
    await page.waitForFunction(
      () =>
        document.querySelector('figure.chart-frame') === null ||
        (window as unknown as { benchWatch: { firstChart: number | null } }).benchWatch.firstChart !== null,
    )
    const load = await readLoad(page)
    const heapUsed = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize
    const heapBeforeGcBytes = await heapUsed()
    await cdp.send('HeapProfiler.collectGarbage')
    const measured = {
      ...result,
      served,
      ...{ firstContent: load.firstContent, firstChart: load.firstChart, interactive: load.interactive, ready },
      ...{ dataGzipBytes: load.dataGzipBytes, jsGzipBytes: load.jsGzipBytes },
      ...{ heapBytes: await heapUsed(), heapBeforeGcBytes },
      domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
    }
    // the frame watcher queries the DOM every frame until it has seen a live chart, which a dense timeline never has
    await page.evaluate(() => {
      ;(window as unknown as { benchWatch: { done: boolean } }).benchWatch.done = true
    })
    await page.waitForTimeout(1000) // late work (lazy chart code) settles before the filter is timed
    try {
      const filter = view.filter && filterClicks > 0 ? await measureFilter(page, view.filter, filterClicks) : null
      return { ...measured, filter, filterError: null, error: null }
    } catch (error) {
      return { ...measured, filter: null, filterError: firstLine(error), error: null }
    }
  } catch (error) {
    return { ...result, served, filter: null, filterError: null, error: firstLine(error) }
  } finally {
    await close()
  }
}
