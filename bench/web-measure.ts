import type { Browser, CDPSession, Page } from 'playwright-core'

/** What one cold load of a page measured; times in milliseconds from navigation start. */
export interface PageMeasure {
  firstPaint: number | null
  /** The first frame with a chart drawn with its marks (a baked SVG or a live Recharts chart). */
  firstChart: number | null
  /** The first frame with a live (interactive) Recharts chart. */
  liveChart: number | null
  lcp: number | null
  /** Cumulative layout shift over the load, live charts replacing baked ones included. */
  cls: number | null
  /** JavaScript the page downloaded, as sent (gzip), in all. */
  jsGzipBytes: number | null
  /** The part of it fetched before the page answered input (its hydration mark; all of it for the reference page). */
  jsFirstBytes: number | null
  loadsRecharts: boolean
}

interface FrameWatch {
  /** Set once the load is measured: the watcher stops looking (a view with no live chart kept it looking every frame). */
  done: boolean
  firstContent: number | null
  firstChart: number | null
  liveChart: number | null
  lcp: number | null
  cls: number
}

/**
 * Runs in the page before anything else: notes the frames where the main heading first shows, where a chart with marks
 * (bars, points, lines) first shows and where a chart goes live, with LCP and CLS.
 */
function watchPage(): void {
  const watch: FrameWatch = { done: false, firstContent: null, firstChart: null, liveChart: null, lcp: null, cls: 0 }
  ;(window as unknown as { benchWatch: FrameWatch }).benchWatch = watch
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.lcp = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) watch.cls += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  // Recharts' marks, or a dense timeline's monthly grid (plain SVG, no chart library: a path of circles per lane)
  const marks =
    '.recharts-bar-rectangle, .recharts-scatter-symbol, .recharts-line-curve, .recharts-dot, circle, .monthly-bins__marks'
  const look = (now: number) => {
    const heading = document.querySelector('main h1')
    if (watch.firstContent === null && heading?.checkVisibility()) watch.firstContent = now
    const drawn = [...document.querySelectorAll('svg.recharts-surface, svg.monthly-bins')].some(
      (svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 0 && svg.querySelector(marks) !== null,
    )
    if (watch.firstChart === null && drawn) watch.firstChart = now
    if (watch.liveChart === null && document.querySelector('.recharts-wrapper svg.recharts-surface')) {
      watch.liveChart = now
    }
    // a live chart's surface comes a commit before its marks: look until both are seen
    if (!watch.done && (watch.liveChart === null || watch.firstChart === null || watch.firstContent === null))
      requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}

/** A page opened cold: its own browser context (empty cache), a CDP session, the frame watcher installed. */
export interface ColdPage {
  page: Page
  cdp: CDPSession
  close: () => Promise<void>
}

/** Opens a new context and page at a CPU slowdown, with the frame watcher installed; navigate it with `page.goto`. */
export async function openColdPage(browser: Browser, cpuRate: number): Promise<ColdPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
  // tsx compiles the functions run in the page keeping their names through a `__name` helper the page lacks; global,
  // since Playwright wraps an init script in a function of its own
  await page.addInitScript({ content: `globalThis.__name ??= (fn) => fn;\n(${watchPage.toString()})()` })
  return { page, cdp, close: () => context.close() }
}

/** What a load has shown so far: frame times in milliseconds from navigation start, bytes as sent (gzip). */
export interface LoadTimes {
  firstPaint: number | null
  /** The first frame with the main heading shown. */
  firstContent: number | null
  firstChart: number | null
  liveChart: number | null
  /** When the app answered input (its `corridor-watch:interactive` mark). */
  interactive: number | null
  lcp: number | null
  cls: number
  jsGzipBytes: number
  jsFirstBytes: number
  /** Files fetched from the data folder (`/data/`), in all so far. */
  dataGzipBytes: number
  /** The JavaScript files the page fetched, by file name. */
  scripts: string[]
}

/** Reads the frame watcher's notes and the page's resource timings. */
export function readLoad(page: Page): Promise<LoadTimes> {
  return page.evaluate(() => {
    const watch = (window as unknown as { benchWatch: FrameWatch }).benchWatch
    const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? null
    const interactive = performance.getEntriesByName('corridor-watch:interactive')[0]?.startTime ?? null
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const sum = (entries: PerformanceResourceTiming[]) =>
      entries.reduce((total, entry) => total + entry.encodedBodySize, 0)
    const scripts = resources.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    // something in the DOM before the first paint shows with that paint
    const painted = (frame: number | null) => (frame === null ? null : Math.max(frame, paint ?? 0))
    return {
      firstPaint: paint,
      firstContent: painted(watch.firstContent),
      firstChart: painted(watch.firstChart),
      liveChart: watch.liveChart,
      interactive,
      lcp: watch.lcp,
      cls: watch.cls,
      jsGzipBytes: sum(scripts),
      jsFirstBytes: sum(scripts.filter((entry) => interactive === null || entry.startTime < interactive)),
      dataGzipBytes: sum(resources.filter((entry) => new URL(entry.name).pathname.includes('/data/'))),
      scripts: scripts.map((entry) => new URL(entry.name).pathname.split('/').at(-1) ?? ''),
    }
  })
}

/** Opens a page cold (own context, empty cache) at a CPU slowdown and measures it until its charts are live. */
export async function measurePage(
  browser: Browser,
  url: string,
  cpuRate: number,
  rechartsFiles: ReadonlySet<string>,
  expectChart = false,
): Promise<PageMeasure> {
  const { page, close } = await openColdPage(browser, cpuRate)
  try {
    await page.goto(url, { waitUntil: 'networkidle' })
    // a page that draws its chart from fetched data may still be compiling its script when the network goes idle
    // (the reference page at 4× on a loaded machine): one that should have a chart is waited for
    const hasChart =
      expectChart ||
      (await page.evaluate(
        () =>
          document.querySelector('svg.recharts-surface, [data-chart-island], .recharts-responsive-container') !== null,
      ))
    if (hasChart) {
      await page.waitForFunction(
        () => (window as unknown as { benchWatch: FrameWatch }).benchWatch.liveChart !== null,
        undefined,
        { timeout: 60_000 },
      )
    }
    await page.waitForTimeout(500) // late layout shifts and LCP candidates
    const { firstPaint, firstChart, liveChart, lcp, cls, jsGzipBytes, jsFirstBytes, scripts } = await readLoad(page)
    return {
      ...{ firstPaint, firstChart, liveChart, lcp, cls, jsGzipBytes, jsFirstBytes },
      loadsRecharts: scripts.some((file) => rechartsFiles.has(file)),
    }
  } finally {
    await close()
  }
}
