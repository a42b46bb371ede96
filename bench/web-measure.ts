import type { Browser } from 'playwright-core'

/** What one cold load of a page measured; times in milliseconds from navigation start. */
export interface PageMeasure {
  firstPaint: number | null
  /** The first frame with a chart drawn (a baked SVG or a live Recharts chart). */
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
  firstChart: number | null
  liveChart: number | null
  lcp: number | null
  cls: number
}

/** Runs in the page before anything else: notes the frames where a chart first shows and goes live, LCP and CLS. */
function watchPage(): void {
  const watch: FrameWatch = { firstChart: null, liveChart: null, lcp: null, cls: 0 }
  ;(window as unknown as { benchWatch: FrameWatch }).benchWatch = watch
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.lcp = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) watch.cls += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  const look = (now: number) => {
    const drawn = [...document.querySelectorAll('svg.recharts-surface')].some(
      (svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 0,
    )
    if (watch.firstChart === null && drawn) watch.firstChart = now
    if (watch.liveChart === null && document.querySelector('.recharts-wrapper svg.recharts-surface')) {
      watch.liveChart = now
    }
    if (watch.liveChart === null) requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}

/** Opens a page cold (own context, empty cache) at a CPU slowdown and measures it until its charts are live. */
export async function measurePage(
  browser: Browser,
  url: string,
  cpuRate: number,
  rechartsFiles: ReadonlySet<string>,
): Promise<PageMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
    // as source text: tsx compiles this file keeping function names through a `__name` helper the page lacks
    await page.addInitScript({ content: `var __name = (fn) => fn;\n(${watchPage.toString()})()` })
    await page.goto(url, { waitUntil: 'networkidle' })
    const hasChart = await page.evaluate(
      () =>
        document.querySelector('svg.recharts-surface, [data-chart-island], .recharts-responsive-container') !== null,
    )
    if (hasChart) {
      await page.waitForFunction(
        () => (window as unknown as { benchWatch: FrameWatch }).benchWatch.liveChart !== null,
        undefined,
        { timeout: 60_000 },
      )
    }
    await page.waitForTimeout(500) // late layout shifts and LCP candidates
    const result = await page.evaluate(() => {
      const watch = (window as unknown as { benchWatch: FrameWatch }).benchWatch
      const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? null
      const interactive = performance.getEntriesByName('corridor-watch:interactive')[0]?.startTime
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
        new URL(entry.name).pathname.endsWith('.js'),
      )
      return {
        firstPaint: paint,
        // a chart in the DOM before the first paint shows with that paint
        firstChart: watch.firstChart === null ? null : Math.max(watch.firstChart, paint ?? 0),
        liveChart: watch.liveChart,
        lcp: watch.lcp,
        cls: watch.cls,
        jsGzipBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        jsFirstBytes: scripts
          .filter((entry) => interactive === undefined || entry.startTime < interactive)
          .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        scripts: scripts.map((entry) => new URL(entry.name).pathname.split('/').at(-1) ?? ''),
      }
    })
    const { scripts, ...measure } = result
    return { ...measure, loadsRecharts: scripts.some((file) => rechartsFiles.has(file)) }
  } finally {
    await context.close()
  }
}
