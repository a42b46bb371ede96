import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { waitForView } from './chromium'

/** A page opened by {@link openWatched}, with what it asked the host for and what it logged. */
export interface WatchedPage {
  page: Page
  /** Every request's URL, in the order the browser issued them. */
  requests: string[]
  /** Console warnings and errors, but the document's own 404. */
  messages: string[]
}

/**
 * Opens a path in a fresh context, noting its requests and messages, and waits until the view is ready. With
 * `unbakedFrom` (a build's folder), the document is answered as a static host answers a path it has no baked page
 * for (a reader page past BAKE_PAGES): with that build's 404.html and status 404.
 */
export async function openWatched(
  browser: Browser,
  origin: string,
  path: string,
  { unbakedFrom }: { unbakedFrom?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' })
  const address = `${origin}${path}`
  if (unbakedFrom !== undefined) {
    const notFound = await readFile(join(unbakedFrom, '404.html'), 'utf8')
    await context.route(
      (url) => url.href === address,
      (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound }),
    )
  }
  const page = await context.newPage()
  const requests: string[] = []
  const messages: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    const ownNotFound = message.location().url === address && / 404 /.test(message.text())
    if (['warning', 'error'].includes(message.type()) && !ownNotFound) messages.push(message.text())
  })
  page.on('pageerror', (error) => messages.push(error.message))
  await page.goto(address)
  await waitForView(page)
  return { page, requests, messages }
}

/**
 * Waits past the point where Chromium reports a preload the page never used (a few seconds after the load event),
 * then returns the page's messages about preloads.
 */
export async function preloadWarnings({ page, messages }: WatchedPage): Promise<string[]> {
  await page.waitForLoadState('load')
  await page.waitForTimeout(4000)
  return messages.filter((message) => /preload/i.test(message))
}

/** Where in the page's requests a URL matching `pattern` was first asked for (-1: never), and how many times. */
export function requestsOf(requests: readonly string[], pattern: RegExp): { first: number; count: number } {
  const matching = requests.flatMap((url, index) => (pattern.test(url) ? [index] : []))
  return { first: matching[0] ?? -1, count: matching.length }
}
