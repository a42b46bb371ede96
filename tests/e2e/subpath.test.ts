import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { serveStatic, type StaticHost } from '../../scripts/static-host'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { downloadBy, en, loadFacts } from './support/app'
import { closeContexts, launchBrowser, openView, pageErrors, waitForView, type PageOptions } from './support/browser'
import { openWatched, preloadWarnings, requestsOf } from './support/watched-page'

const BASE = '/corridor-watch/'
const OUT_DIR = '.tmp/dist-subpath'
const PORT = 4175

describe('a build under a sub-path', () => {
  let browser: Browser
  let server: StaticHost
  const at: PageOptions = { baseUrl: `http://127.0.0.1:${PORT}` }

  beforeAll(async () => {
    // the data in public/ was built by the global setup; this only rebuilds the app with another base
    await promisify(execFile)(
      'npx',
      ['vite', 'build', '--base', BASE, '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      { env: { ...process.env, BASE_PATH: BASE } },
    )
    server = await serveStatic({ root: OUT_DIR, base: BASE, port: PORT })
    browser = await launchBrowser()
  })
  afterEach(() => closeContexts(browser))
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('opens a deep link straight from the address bar, with its data', async () => {
    const page = await openView(browser, `${BASE}targets/trade-turnover`, at)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(en.targets.title)
    await page.getByRole('figure', { name: en.metric['trade-turnover'] }).locator('svg.recharts-surface').waitFor()
    expect(await page.locator('.figure-card').count()).toBeGreaterThan(0)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
  })

  it('keeps the sub-path when the menu and links move between views, and loads article texts', async () => {
    const facts = await loadFacts()
    const page = await openView(browser, BASE, at)
    await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.sources }).click()
    await page.getByRole('heading', { level: 1, name: en.sources.title }).waitFor()
    await waitForView(page)
    expect(new URL(page.url()).pathname).toBe(`${BASE}sources`)
    const [article] = facts.articles
    if (!article) throw new Error('the dataset has no article')
    await page.getByRole('link', { name: article.title, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor()
    await waitForView(page)
    expect(new URL(page.url()).pathname).toBe(`${BASE}sources/${article.id}`)
    expect((await page.locator('.article-text').innerText()).length).toBeGreaterThan(100)
    expect(pageErrors(page)).toEqual([])
  })

  it('an unbaked reader deep link asks for its file under the sub-path before the app code, once, and uses it', async () => {
    const article = (await loadFacts()).articles.at(-1)
    if (!article) throw new Error('the dataset has no article')
    const path = `${BASE}sources/${encodeURIComponent(article.id)}`
    const watched = await openWatched(browser, at.baseUrl ?? '', path, { unbakedFrom: OUT_DIR })
    await expect(watched.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(article.title)
    const reader = requestsOf(watched.requests, new RegExp(`^${at.baseUrl}${BASE}data/views/reader/[^/]+\\.json$`))
    expect(reader.count).toBe(1)
    expect(reader.first).toBeLessThan(requestsOf(watched.requests, /\/assets\/main-[\w-]+\.js$/).first)
    const scripts = watched.requests.filter((url) => url.endsWith('.js'))
    expect(scripts.every((url) => url.startsWith(`${at.baseUrl}${BASE}assets/`))).toBe(true)
    expect(new Set(scripts).size).toBe(scripts.length)
    expect(await preloadWarnings(watched)).toEqual([])
    expect(watched.messages).toEqual([])
  })

  it('serves the dataset download from under the sub-path', async () => {
    const page = await openView(browser, `${BASE}agreements`, at)
    const link = page.getByRole('link', { name: en.actions.downloadDataset })
    await expect(link.getAttribute('href')).resolves.toBe(`${BASE}data/dataset.json`)
    const file = await downloadBy(page, () => link.click())
    expect((JSON.parse(file.bytes.toString('utf8')) as { schemaVersion: number }).schemaVersion).toBe(1)
  })
})
