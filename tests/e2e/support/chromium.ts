import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium; npm tools can't download browsers on our machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Starts headless Chromium with the flags this closed network needs (usable outside Vitest, e.g. by scripts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
}

/** Waits until the view shows its main heading, the app has taken over the page, and nothing is left loading. */
export async function waitForView(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' })
  // a baked page shows its heading and charts before the app runs: wait until the app answers input (its mark) and
  // every baked chart has given way to the live one
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('corridor-watch:interactive').length > 0 &&
      document.querySelector('.skeleton, .chart-frame__chart--baked') === null,
  )
}
