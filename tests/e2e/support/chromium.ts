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

/** Waits until the view shows its main heading and no loading skeleton is left on the page. */
export async function waitForView(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' })
  await page.waitForFunction(() => document.querySelector('.skeleton') === null)
}
