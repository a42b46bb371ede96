import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { FactsFile } from '../../src/schema/dataset'
import { datedEvents, deepestCitation, en, useBrowserSuite } from './support/app'
import { findA11yViolations, openView, type PageOptions } from './support/browser'

/** One view to audit: how to reach it (ids come from the data) and whether it draws a chart to wait for. */
interface View {
  name: string
  path: (facts: FactsFile) => string
  chart: boolean
}

const VIEWS: View[] = [
  { name: 'overview', path: () => '/', chart: true },
  { name: 'targets', path: () => '/targets', chart: true },
  { name: 'one metric as a table', path: () => '/targets/trade-turnover?tab=table', chart: false },
  // an ignored parameter adds the notice to what is audited
  { name: 'agreements with a notice', path: () => '/agreements?country=ZZZ', chart: true },
  {
    name: 'timeline with an event selected',
    path: (facts) => `/timeline?event=${encodeURIComponent(datedEvents(facts)[0]?.id ?? '')}`,
    chart: true,
  },
  { name: 'sources', path: () => '/sources', chart: false },
  {
    name: 'reader focused on a fact',
    path: (facts) => {
      const { articleId, factId } = deepestCitation(facts)
      return `/sources/${articleId}?fact=${encodeURIComponent(factId)}`
    },
    chart: false,
  },
  { name: 'not found', path: () => '/no/such/page', chart: false },
]

const THEMES = ['light', 'dark'] as const

/** Opens a view and waits until everything it shows is drawn, charts included. */
async function openDrawn(browser: Browser, view: View, facts: FactsFile, options: PageOptions): Promise<Page> {
  const page = await openView(browser, view.path(facts), options)
  if (view.chart) await page.locator('svg.recharts-surface').first().waitFor()
  return page
}

describe('accessibility', () => {
  const suite = useBrowserSuite()

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(VIEWS)('axe finds no WCAG A/AA violation: $name', async (view) => {
      const page = await openDrawn(suite.browser, view, suite.facts, { colorScheme: theme })
      expect(await findA11yViolations(page)).toEqual([])
    })
  })

  it('the theme switch turns the page dark, stays dark after a reload, and passes axe', async () => {
    const page = await openDrawn(suite.browser, VIEWS[0] as View, suite.facts, { colorScheme: 'light' })
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const light = await background()
    await page.getByLabel(en.settings.theme).selectOption('dark')
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await background()).not.toBe(light)
    await page.reload()
    await page.locator('svg.recharts-surface').first().waitFor()
    // the baked page's select says 'system' until the app hydrates, and the baked chart is there before that
    await expect.poll(() => page.getByLabel(en.settings.theme).inputValue()).toBe('dark')
    expect(await background()).not.toBe(light)
    expect(await findA11yViolations(page)).toEqual([])
  })

  it.each(VIEWS)('at 360 px wide the page does not scroll sideways: $name', async (view) => {
    const page = await openDrawn(suite.browser, view, suite.facts, { width: 360 })
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(360)
  })

  it('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const page = await openDrawn(suite.browser, VIEWS[0] as View, suite.facts, {})
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: en.app.skipLink })
    await expect(skip.evaluate((link) => link === document.activeElement)).resolves.toBe(true)
    await expect(skip.isVisible()).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('a point on the timeline is reached with Tab and selects its event with Enter', async () => {
    const page = await openView(suite.browser, '/timeline')
    const point = page.locator('svg.recharts-surface [role="button"]').first()
    await point.waitFor()
    const label = (await point.getAttribute('aria-label')) ?? ''
    // Tab from the chart's tab list until a point has focus: the points sit in the page's tab order
    await page.getByRole('tab', { name: en.chart.tabChart }).focus()
    for (let step = 0; step < 10; step += 1) {
      if (await point.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    await expect(point.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull()
    const heading = await page.locator('#event-details-title').innerText()
    expect(label.startsWith(`${heading}, `)).toBe(true)
  })
})
