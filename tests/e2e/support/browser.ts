import axe from 'axe-core'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { inject } from 'vitest'
import { launchBrowser, waitForView } from './chromium'

export { launchBrowser, waitForView }

/** The address of the built app served for this test run. */
export const appUrl = (path: string) => `${inject('baseUrl')}${path}`

/** How a test page is set up: viewport width, colour scheme, browser language, extra context options. */
export interface PageOptions {
  width?: number
  colorScheme?: 'light' | 'dark'
  locale?: string
  permissions?: BrowserContextOptions['permissions']
  /** Another server to open the path on (e.g. a sub-path build); defaults to the app served for this run. */
  baseUrl?: string
}

const errorsByPage = new WeakMap<Page, string[]>()

/** Opens a fresh page (own storage) at a path of the app, in a given viewport and colour scheme. */
export async function openPage(browser: Browser, path: string, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    permissions: options.permissions,
  })
  const page = await context.newPage()
  // recorded before the first navigation, so a crash while the view loads is not missed
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // a static host answers an address no page was baked for with 404.html and status 404, as it should
    const documentNotFound = message.location().url === page.url() && / 404 /.test(message.text())
    if (message.type() === 'error' && !documentNotFound) errors.push(`console: ${message.text()}`)
  })
  errorsByPage.set(page, errors)
  // the built site runs under a Content-Security-Policy; anything it blocks is an error like any other
  await page.exposeFunction('reportCspViolation', (report: string) => errors.push(`csp: ${report}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''
      void window.reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`)
    })
  })
  await page.goto(options.baseUrl === undefined ? appUrl(path) : `${options.baseUrl}${path}`)
  return page
}

/** Opens a page at a path and waits until its view has drawn (heading shown, no skeleton left). */
export async function openView(browser: Browser, path: string, options: PageOptions = {}): Promise<Page> {
  const page = await openPage(browser, path, options)
  await waitForView(page)
  return page
}

/** Lists the uncaught exceptions and console errors a page opened by {@link openPage} has logged so far. */
export function pageErrors(page: Page): string[] {
  return [...(errorsByPage.get(page) ?? [])]
}

/** Closes every context a test opened, so pages do not pile up in the shared browser. */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()))
}

/** A WCAG rule axe found broken, with the elements that break it. */
export interface A11yViolation {
  id: string
  impact: string | null | undefined
  targets: string[]
}

/** Runs axe-core in the page and returns the WCAG 2 A/AA violations it finds (none is the goal). */
export async function findA11yViolations(page: Page): Promise<A11yViolation[]> {
  // evaluated rather than added as a <script>: the site's CSP rightly refuses inline scripts
  await page.evaluate(axe.source)
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }))
  })
}

declare global {
  interface Window {
    axe: typeof axe
    reportCspViolation: (report: string) => Promise<void>
  }
}
