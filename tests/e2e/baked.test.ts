import { readdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { toMetricSeries } from '../../src/features/targets/lib/to-metric-series'
import { en, useBrowserSuite } from './support/app'
import { appUrl } from './support/browser'

/** Every page the build baked, as the address it stands for (dist/targets/index.html → /targets). */
async function bakedAddresses(): Promise<string[]> {
  const files = (await readdir('dist', { recursive: true })).filter((file) => file.endsWith('index.html'))
  return files.map((file) => `/${file.replace(/\\/g, '/').replace(/\/?index\.html$/, '')}`).sort()
}

// the global setup has built dist/ before any test file loads
const ADDRESSES = await bakedAddresses()

/** The views that always have a chart (a metric's page has one only when the metric is worth charting). */
const CHARTED = new Set(['/', '/targets', '/agreements', '/timeline'])

async function openWithoutScript(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(appUrl(path))
  return page
}

/** Watches the frames a page paints until `ms` have passed, recording whether baked markup was ever visible. */
async function watchFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { bakedVisible: 0, frames: 0 }
    ;(window as unknown as { frameWatch: typeof seen }).frameWatch = seen
    const look = () => {
      seen.frames += 1
      const baked = document.querySelectorAll('#root[data-baked] > *')
      if ([...baked].some((element) => element.checkVisibility())) seen.bakedVisible += 1
      if (seen.frames < 240) requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
}

describe('baked pages', () => {
  const suite = useBrowserSuite()

  it('are written for every view, every metric and every article', async () => {
    const addresses = ADDRESSES
    const metrics = [...new Set(toMetricSeries(suite.facts.figures).map((series) => series.metric))]
    expect(addresses).toEqual(
      expect.arrayContaining([
        '/',
        '/targets',
        '/agreements',
        '/timeline',
        '/sources',
        ...metrics.map((metric) => `/targets/${metric}`),
        ...suite.facts.articles.map((article) => `/sources/${article.id}`),
      ]),
    )
  })

  // one test a page: twenty pages in one test outran its minute on the shared machine
  it.each(ADDRESSES)('%s shows its content and charts with JavaScript disabled', async (path) => {
    const page = await openWithoutScript(suite.browser, path)
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText()
    expect(heading.length, path).toBeGreaterThan(2)
    expect(await page.locator('.skeleton').count(), path).toBe(0)
    const islands = page.locator('.chart-frame__chart--baked')
    if (CHARTED.has(path)) expect(await islands.count(), path).toBeGreaterThan(0)
    for (const island of await islands.all()) {
      const chart = island.locator('svg.baked-wide')
      await expect(chart.isVisible(), path).resolves.toBe(true)
      // drawn marks, not an empty frame: bars, dots or lines
      expect(await chart.locator('path, rect, circle').count(), path).toBeGreaterThanOrEqual(2)
    }
    await page.context().close()
  })

  it('shows an article with its highlights with JavaScript disabled', async () => {
    const reader = await openWithoutScript(suite.browser, `/sources/${suite.facts.articles[0]?.id}`)
    expect((await reader.locator('.article-text').innerText()).length).toBeGreaterThan(100)
    expect(await reader.locator('.article-text mark').count()).toBeGreaterThan(0)
  }, 240_000) // one cold page after another (twenty on the seeds), each a new browser context

  it.each([1280, 360])(
    'carry their styles inline at %i px: no stylesheet is fetched, and the drawing that fits the window shows',
    async (width) => {
      const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } })
      const page = await context.newPage()
      const stylesheets: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'stylesheet') stylesheets.push(request.url())
      })
      await page.goto(appUrl('/agreements'))
      expect(stylesheets).toEqual([])
      expect(await page.locator('head style').count()).toBe(1)
      const box = page.locator('.chart-frame__chart--baked').first()
      await expect(box.locator('svg.baked-wide').isVisible()).resolves.toBe(width > 640)
      await expect(box.locator('svg.baked-narrow').isVisible()).resolves.toBe(width <= 640)
      await context.close()
    },
  )

  it.each(['/', '/agreements', '/timeline'])(
    '%s paints its first screen whole in its first frame at 4× CPU, and nothing moves until its charts are live',
    async (path) => {
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      // a slow main thread is when a frame would come halfway through the markup
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.addInitScript(() => {
        const seen = { firstScreenWhole: null as boolean | null, shift: 0 }
        ;(window as unknown as { paintWatch: typeof seen }).paintWatch = seen
        requestAnimationFrame(() => {
          // the first screen's mark is parsed, and with it everything above it
          seen.firstScreenWhole =
            document.querySelector('#first-screen-end') !== null && document.querySelector('main h1') !== null
        })
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.shift += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(appUrl(path))
      await page.waitForFunction(() => document.querySelector('.chart-frame__chart--baked') === null, undefined, {
        timeout: 45_000,
      })
      const watch = await page.evaluate(
        () => (window as unknown as { paintWatch: { firstScreenWhole: boolean; shift: number } }).paintWatch,
      )
      expect(watch).toEqual({ firstScreenWhole: true, shift: 0 })
      await context.close()
    },
  )

  it.each(ADDRESSES)(
    '%s hydrates without a hydration error or warning, then draws live charts in place',
    async (path) => {
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      const warnings: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
      })
      page.on('pageerror', (error) => warnings.push(error.message))
      await page.goto(appUrl(path))
      await page.locator('main h1').first().waitFor()
      expect(await page.evaluate(() => document.documentElement.dataset.render), path).toBe('baked')
      // every chart box swaps its baked drawing for the live chart once the page has hydrated
      await page.waitForFunction(() => document.querySelector('.chart-frame__chart--baked') === null)
      const boxes = await page.locator('[data-chart-island]').count()
      if (CHARTED.has(path)) expect(boxes, path).toBeGreaterThan(0)
      await expect(page.locator('[data-chart-island] .recharts-wrapper').count(), path).resolves.toBe(boxes)
      expect(warnings, path).toEqual([])
      await context.close()
    },
  )

  it('keeps a document’s further sources in the baked page, without JavaScript and once hydrated', async () => {
    // the app draws a closed list of further sources only when it is opened; the build and hydration draw them all
    const further = suite.facts.agreements.reduce((sum, agreement) => sum + agreement.sources.length - 1, 0)
    expect(further).toBeGreaterThan(0)
    const baked = await openWithoutScript(suite.browser, '/agreements')
    expect(await baked.locator('.agreement-card__more blockquote').count()).toBe(further)
    await baked.context().close()
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(appUrl('/agreements'))
    await page.waitForFunction(() => document.querySelector('.chart-frame__chart--baked') === null)
    expect(await page.locator('.agreement-card__more blockquote').count()).toBe(further)
    await context.close()
  })

  it.each([
    { path: '/agreements?sector=energy', heading: en.agreements.title },
    { path: '/targets/trade-turnover?country=AZ', heading: en.targets.title },
    { path: '/?lang=tr', heading: null },
  ])('never paint the unfiltered baked page for $path', async ({ path, heading }) => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await watchFrames(page)
    await page.goto(appUrl(path))
    await page.locator('main h1').first().waitFor()
    if (heading) await expect(page.locator('main h1').first().innerText()).resolves.toBe(heading)
    await page.waitForFunction(() => (window as unknown as { frameWatch: { frames: number } }).frameWatch.frames > 30)
    const watch = await page.evaluate(() => (window as unknown as { frameWatch: { bakedVisible: number } }).frameWatch)
    expect(watch.bakedVisible).toBe(0)
    expect(await page.evaluate(() => document.documentElement.dataset.render)).toBe('client')
  })

  it('never paints the English baked page for a reader whose browser asks for Turkish', async () => {
    const context = await suite.browser.newContext({ locale: 'tr-TR', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await watchFrames(page)
    await page.goto(appUrl('/agreements'))
    await page.locator('main h1').first().waitFor()
    await page.waitForFunction(() => (window as unknown as { frameWatch: { frames: number } }).frameWatch.frames > 30)
    const watch = await page.evaluate(() => (window as unknown as { frameWatch: { bakedVisible: number } }).frameWatch)
    expect(watch.bakedVisible).toBe(0)
    await expect(page.locator('main h1').first().innerText()).resolves.not.toBe(en.agreements.title)
  })
})
