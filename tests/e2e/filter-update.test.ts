import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en, rarestSector, useBrowserSuite } from './support/app'
import { openView } from './support/browser'

/** What changed in `main` after a click, by animation frame: which frame each kind of change first and last came in. */
interface FrameLog {
  /** Frames counted from the click; -1 when nothing of that kind changed. */
  headingFirst: number
  chartLast: number
  /** Whether the list was ever marked busy (dimmed, the previous filter's cards shown) after the click. */
  busySeen: boolean
}

// a string, not a function: the page must not depend on how the test runner compiles functions
const WATCH = `(() => {
  const log = { frame: 0, headingFirst: -1, chartLast: -1, busySeen: false }
  window.__frameLog = log
  const tick = () => { log.frame++; if (log.frame < 300) requestAnimationFrame(tick) }
  requestAnimationFrame(tick)
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target.nodeType === 1 ? record.target : record.target.parentElement
      if (!target) continue
      if (target.closest('#agreement-list-title') && log.headingFirst < 0) log.headingFirst = log.frame
      if (target.closest('.chart-frame__chart')) log.chartLast = log.frame
      if (record.attributeName === 'aria-busy' && target.getAttribute('aria-busy') === 'true') log.busySeen = true
    }
  }).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true })
})()`

const frameLog = (page: Page) => page.evaluate(() => (window as unknown as { __frameLog: FrameLog }).__frameLog)

describe('a filter update', () => {
  const suite = useBrowserSuite()

  it('back to a filter already seen, the list and the chart change at once, with no dimmed list between', async () => {
    const { sector } = rarestSector(suite.facts)
    const page = await openView(suite.browser, '/agreements')
    const box = page.getByRole('checkbox', { name: en.sector[sector] })
    const heading = page.locator('#agreement-list-title')
    const headingAll = await heading.textContent()
    await box.click()
    await expect.poll(() => heading.textContent()).not.toBe(headingAll)
    const headingOne = await heading.textContent()
    await box.click()
    await expect.poll(() => heading.textContent()).toBe(headingAll)
    await page.locator('.chart-frame__chart .recharts-bar-rectangle').first().waitFor()

    // both files are loaded now: the third click has everything at hand
    await page.evaluate(WATCH)
    await box.click()
    await expect.poll(() => heading.textContent()).toBe(headingOne)
    await page.waitForTimeout(500) // let any later redraw come
    const log = await frameLog(page)
    expect(log.busySeen).toBe(false)
    expect(log.headingFirst).toBeGreaterThanOrEqual(0)
    // the chart's new height comes with the list, not through its ResizeObserver a render later; Recharts applies it
    // to its axes and grid at its store's next notification, which it batches to the next animation frame
    expect(log.chartLast).toBeLessThanOrEqual(log.headingFirst + 1)
  })
})
