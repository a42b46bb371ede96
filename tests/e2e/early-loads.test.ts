import { describe, expect, it } from 'vitest'
import { en, useBrowserSuite } from './support/app'
import { appUrl, openView } from './support/browser'
import { openWatched, preloadWarnings, requestsOf } from './support/watched-page'

const MAIN_CHUNK = /\/assets\/main-[\w-]+\.js$/
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('what a page asks for before the app runs', () => {
  const suite = useBrowserSuite()
  const origin = appUrl('').replace(/\/$/, '')

  it('an unbaked reader page asks for its reader file and its code while parsing, each once, all used', async () => {
    const article = suite.facts.articles.at(-1)
    if (!article) throw new Error('the dataset has no article')
    const watched = await openWatched(suite.browser, origin, `/sources/${encodeURIComponent(article.id)}`, {
      unbakedFrom: 'dist',
    })
    await expect(watched.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(article.title)
    await watched.page.locator('.article-text').waitFor()
    const reader = requestsOf(watched.requests, new RegExp(`/data/views/reader/${escape(article.id)}\\.json$`))
    const main = requestsOf(watched.requests, MAIN_CHUNK)
    const view = requestsOf(watched.requests, /\/assets\/sources-[\w-]+\.js$/)
    expect(reader.count).toBe(1)
    expect(main.count).toBe(1)
    expect(view.count).toBe(1)
    // asked for from the page itself: before the app's code, which would otherwise be the one to ask
    expect(reader.first).toBeLessThan(main.first)
    const scripts = watched.requests.filter((url) => url.endsWith('.js'))
    expect(new Set(scripts).size).toBe(scripts.length)
    expect(requestsOf(watched.requests, /\/data\/articles\//).count).toBe(1)
    expect(await preloadWarnings(watched)).toEqual([])
    expect(watched.messages).toEqual([])
  })

  it('an unknown article asks for its reader file only, never a text', async () => {
    const watched = await openWatched(suite.browser, origin, '/sources/no-such-article', { unbakedFrom: 'dist' })
    await watched.page.getByRole('heading', { name: /no-such-article/ }).waitFor()
    expect(requestsOf(watched.requests, /\/data\/views\/reader\/no-such-article\.json$/).count).toBe(1)
    expect(requestsOf(watched.requests, /\/data\/articles\//).count).toBe(0)
    // the host's 404 for the missing reader file is the answer the app reads; no preload goes unused
    expect(await preloadWarnings(watched)).toEqual([])
  })

  it('a search opened from its address (the baked search page, with a query) asks for the index manifest before the app runs, once', async () => {
    const watched = await openWatched(suite.browser, origin, '/search?q=Kazakhstan')
    const manifest = requestsOf(watched.requests, /\/data\/search\/manifest\.json$/)
    expect(manifest.count).toBe(1)
    expect(manifest.first).toBeLessThan(requestsOf(watched.requests, MAIN_CHUNK).first)
    expect(await preloadWarnings(watched)).toEqual([])
  })

  it('a baked page shown as it is asks for the app code only after its first paint', async () => {
    const page = await openView(suite.browser, '/agreements')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(en.agreements.title)
    const [paint, main] = await page.evaluate(() => [
      performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
      performance.getEntriesByType('resource').find((entry) => /\/assets\/main-/.test(entry.name))?.startTime ?? 0,
    ])
    expect(main).toBeGreaterThan(paint)
  })
})
