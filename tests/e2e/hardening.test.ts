import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { deepestCitation, downloadBy, en, fill, ignoredNotice, useBrowserSuite } from './support/app'
import { appUrl, openView, pageErrors } from './support/browser'

const CSP_META = 'meta[http-equiv="Content-Security-Policy"]'
const TRADE = en.metric['trade-turnover']

const policyOf = (page: Page) => page.locator(CSP_META).getAttribute('content')
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText()

/** Lists the article files the page has requested so far (the browser's own resource timing). */
const articleRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/data/articles/')),
  )

describe('Content-Security-Policy', () => {
  const suite = useBrowserSuite()

  it('the built index.html carries a strict policy in a <meta http-equiv> ahead of every script', async () => {
    const html = await (await fetch(appUrl('/'))).text()
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(-1)
    expect(meta).toBeLessThan(html.indexOf('<script'))
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-(inline|eval|hashes)/)
  })

  it.each([
    '/',
    '/targets',
    '/targets/trade-turnover?tab=table',
    '/agreements?tab=table',
    '/timeline',
    '/timeline?tab=table',
    '/sources',
    '/no/such/page',
  ])('%s runs under the policy without a violation or console error', async (path) => {
    const page = await openView(suite.browser, path)
    expect(await policyOf(page)).toContain("default-src 'none'")
    expect(pageErrors(page)).toEqual([])
  })

  it('the article reader, scrolled to a fact, runs without a violation', async () => {
    const { articleId, factId } = deepestCitation(suite.facts)
    const page = await openView(suite.browser, `/sources/${articleId}?fact=${factId}`)
    await page.locator('.highlight--current').first().waitFor()
    expect(pageErrors(page)).toEqual([])
  })

  it('PNG, SVG and CSV exports and the theme switch work under the policy; the SVG keeps its styles', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover')
    const chart = page.getByRole('figure', { name: TRADE })
    await chart.locator('svg.recharts-surface').waitFor()
    const button = (format: string) =>
      chart.getByRole('button', { name: fill(en.actions.downloadAs, { format, title: TRADE }) })
    const png = await downloadBy(page, () => button('PNG').click())
    expect(png.bytes.length).toBeGreaterThan(1000)
    const svg = (await downloadBy(page, () => button('SVG').click())).bytes.toString('utf8')
    // the chart's colours come from the stylesheet; the export copies them onto each element through the CSSOM
    expect(svg).toMatch(/style="[^"]*fill: /)
    await downloadBy(page, () => button('CSV').click())
    await page.getByLabel(en.settings.theme).selectOption('dark')
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    expect(pageErrors(page)).toEqual([])
  })
})

describe('links that used to misbehave', () => {
  const suite = useBrowserSuite()

  it('an unknown article id has no reader file: no article text is requested, no error but that 404', async () => {
    const page = await openView(suite.browser, '/sources/no-such-article')
    const title = fill(en.sources.unknownArticle, { id: 'no-such-article' })
    await page.getByRole('heading', { name: title }).waitFor()
    expect(await articleRequests(page)).toEqual([])
    expect(await page.getByRole('alert').count()).toBe(0)
    // the static host's answer for the missing reader file is the lookup itself; Chromium logs it, nothing else is
    expect(pageErrors(page).filter((error) => !/status of 404/.test(error))).toEqual([])
  })

  it('a known article id fetches its file once', async () => {
    const { articleId } = deepestCitation(suite.facts)
    const page = await openView(suite.browser, `/sources/${articleId}`)
    await page.locator('.article-text').waitFor()
    expect(await articleRequests(page)).toEqual([appUrl(`/data/articles/${articleId}.json`)])
  })

  it.each([
    {
      path: '/timeline?from=2024&from=abc',
      param: 'from',
      dropped: 'abc',
      works: async (page: Page) =>
        expect(page.getByLabel(en.timeline.fromYear, { exact: true }).inputValue()).resolves.toBe('2024'),
    },
    {
      path: '/targets/trade-turnover?tab=table&tab=bogus',
      param: 'tab',
      dropped: 'bogus',
      works: async (page: Page) => expect(page.locator('.chart-frame table').first().isVisible()).resolves.toBe(true),
    },
  ])('$path keeps the first value and reports the dropped one', async ({ path, param, dropped, works }) => {
    const page = await openView(suite.browser, path)
    await expect(ignoredNotice(page).innerText()).resolves.toContain(fill(en.notices.item, { param, value: dropped }))
    await works(page)
    expect(pageErrors(page)).toEqual([])
  })

  it.each([
    { path: '//targets', pathname: '/targets', search: '', heading: en.targets.title },
    { path: '/targets//trade-turnover', pathname: '/targets/trade-turnover', search: '', heading: en.targets.title },
    { path: '///timeline?tab=table', pathname: '/timeline', search: '?tab=table', heading: en.timeline.title },
    { path: '//sources//', pathname: '/sources/', search: '', heading: en.sources.title },
  ])('$path opens its view at $pathname instead of "Page not found"', async ({ path, pathname, search, heading }) => {
    const page = await openView(suite.browser, path)
    expect(await h1(page)).toBe(heading)
    const url = new URL(page.url())
    expect([url.pathname, url.search]).toEqual([pathname, search])
    expect(pageErrors(page)).toEqual([])
  })

  it('a doubled slash is replaced in place, adding no history entry', async () => {
    const historyLength = async (path: string) => {
      const page = await openView(suite.browser, path)
      await page.getByRole('figure', { name: TRADE }).waitFor()
      return page.evaluate(() => history.length)
    }
    expect(await historyLength('/targets//trade-turnover')).toBe(await historyLength('/targets/trade-turnover'))
  })
})
