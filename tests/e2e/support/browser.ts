import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

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

/** Starts headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
}

/** The address of the built app served for this test run. */
export const appUrl = (path: string) => `${inject('baseUrl')}${path}`

/** Opens a fresh page (own storage) at a path of the app, in a given viewport and colour scheme. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { width?: number; colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  await page.goto(appUrl(path))
  return page
}

/** A WCAG rule axe found broken, with the elements that break it. */
export interface A11yViolation {
  id: string
  impact: string | null | undefined
  targets: string[]
}

/** Runs axe-core in the page and returns the WCAG 2 A/AA violations it finds (none is the goal). */
export async function findA11yViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }))
  })
}

declare global {
  interface Window {
    axe: typeof axe
  }
}
