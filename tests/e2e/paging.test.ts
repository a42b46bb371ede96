import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { occasionsEn } from '../../src/lib/i18n/locales/occasions-en'
import type { ViewSlice } from '../../src/schema/view-files'
import { en, fill, ignoredNotice, useBrowserSuite } from './support/app'
import { appUrl, findA11yViolations, openPage, openView, pageErrors, waitForView } from './support/browser'

const articlePager = (page: Page) => page.getByRole('navigation', { name: en.sources.pagesLabel })
const articleTitles = (page: Page) => page.locator('.article-list__title').allInnerTexts()

/**
 * Serves the built list of articles with `extra` more (dated 1999, so they come last), cut into pages of 25 as the
 * build cuts it, so the article list runs to several page files.
 */
async function serveManyArticles(page: Page, extra: number): Promise<void> {
  await page.route(/\/data\/views\/sources\/(\d+)\.json$/, async (route) => {
    const asked = Number(/(\d+)\.json$/.exec(route.request().url())![1])
    const response = await route.fetch({
      url: route
        .request()
        .url()
        .replace(/\d+\.json$/, '1.json'),
    })
    const first = (await response.json()) as ViewSlice
    const base = first.articles[0]!
    const added = Array.from({ length: extra }, (_, index) => ({
      ...base,
      id: `zz-generated-${String(index).padStart(3, '0')}`,
      file: `zz-generated-${index}.txt`,
      title: `Generated article ${String(index).padStart(3, '0')}`,
      published: '1999-01-01',
    }))
    // the seeds fit on the built first page, so it holds every real article
    const all = [...first.articles, ...added]
    const pageCount = Math.ceil(all.length / 25)
    if (asked > pageCount) return route.fulfill({ status: 404, body: 'no such page' })
    const articles = all.slice((asked - 1) * 25, asked * 25)
    const factCounts = Object.fromEntries(articles.map((meta) => [meta.id, first.factCounts?.[meta.id] ?? 0]))
    const list = { total: all.length, page: asked, pageCount }
    await route.fulfill({ response, json: { ...first, articles, factCounts, list } })
  })
}

describe('long lists a page at a time, in Chromium', () => {
  const suite = useBrowserSuite()

  it('/sources and /agreements draw no pager when every entry fits on one page', async () => {
    const sources = await openView(suite.browser, '/sources')
    expect(await articleTitles(sources)).toHaveLength(suite.facts.articles.length)
    expect(await articlePager(sources).count()).toBe(0)
    const agreements = await openView(suite.browser, '/agreements')
    expect(await agreements.locator('article.agreement-card').count()).toBe(suite.facts.agreements.length)
    expect(await agreements.getByRole('navigation', { name: en.agreements.pagesLabel }).count()).toBe(0)
    expect(pageErrors(sources)).toEqual([])
    expect(pageErrors(agreements)).toEqual([])
  })

  it('/sources?page=2 on a short list says the page was ignored, shows page 1 and passes axe', async () => {
    const page = await openView(suite.browser, '/sources?page=2')
    await expect(ignoredNotice(page).innerText()).resolves.toContain(
      fill(en.notices.item, { param: 'page', value: '2' }),
    )
    expect(await articleTitles(page)).toHaveLength(suite.facts.articles.length)
    expect(await findA11yViolations(page)).toEqual([])
    // a page past the end has no file: its 404 is how the app learns it, then it reads page 1
    expect(pageErrors(page).filter((error) => !/status of 404/.test(error))).toEqual([])
  })

  it('/agreements?page=abc says the page was ignored and still lists every document', async () => {
    const page = await openView(suite.browser, '/agreements?page=abc')
    await expect(ignoredNotice(page).innerText()).resolves.toContain(
      fill(en.notices.item, { param: 'page', value: 'abc' }),
    )
    await page
      .getByRole('heading', {
        name: fill(occasionsEn.occasions.listTitle_other, { count: suite.facts.agreements.length }),
      })
      .waitFor()
    expect(await page.locator('article.agreement-card').count()).toBe(suite.facts.agreements.length)
    expect(pageErrors(page)).toEqual([])
  })

  it('follows Next through 130 articles: 26–50 shown, ?page=2 written, focus on the list heading, axe passes', async () => {
    const total = suite.facts.articles.length + 125
    const page = await openPage(suite.browser, '/')
    await serveManyArticles(page, 125)
    // a query keeps the baked five-article page out of it: the app draws the served list itself
    await page.goto(appUrl('/sources?page=1'))
    await waitForView(page)
    const heading = fill(en.sources.listTitle_other, { count: total })
    await page.getByRole('heading', { level: 2, name: heading }).waitFor()
    expect(await articleTitles(page)).toHaveLength(25)
    const pager = articlePager(page)
    await pager.getByText(fill(en.pager.showing, { start: 1, end: 25, total })).waitFor()
    await pager.getByRole('link', { name: en.pager.next }).click()
    await page.waitForURL((url) => url.search === '?page=2')
    await pager.getByText(fill(en.pager.showing, { start: 26, end: 50, total })).waitFor()
    // page 2's file holds generated articles only (the real five are newest, on page 1 with the first 20 generated)
    await page.getByRole('link', { name: 'Generated article 030' }).waitFor()
    expect(await articleTitles(page)).toHaveLength(25)
    await expect(
      pager.getByRole('link', { name: fill(en.pager.page, { page: 2 }) }).getAttribute('aria-current'),
    ).resolves.toBe('page')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(heading)
    const box = await page.getByRole('heading', { level: 2, name: heading }).boundingBox()
    expect(box && box.y >= 0 && box.y < 900).toBe(true)
    expect(await findA11yViolations(page)).toEqual([])
    await page.goBack()
    await page.waitForURL((url) => url.search === '?page=1')
    await pager.getByText(fill(en.pager.showing, { start: 1, end: 25, total })).waitFor()
    expect(pageErrors(page)).toEqual([])
  })
})
