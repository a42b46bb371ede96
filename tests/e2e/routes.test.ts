import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { az } from '../../src/lib/i18n/locales/az'
import { tr } from '../../src/lib/i18n/locales/tr'
import { datedEvents, deepestCitation, en, fill, useBrowserSuite } from './support/app'
import { openView, pageErrors, waitForView } from './support/browser'

const countryName = (code: string) => new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code
const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)))

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText()

/** Waits for a view to arrive after a click or Back/Forward: its heading shown, its data drawn. */
async function arrive(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
  await waitForView(page)
}
const mainNav = (page: Page) => page.getByRole('navigation', { name: en.nav.label })
const timelinePoints = (page: Page) => page.locator('svg.recharts-surface [role="button"]')

async function reloadView(page: Page): Promise<void> {
  await page.reload()
  await waitForView(page)
}

describe('every route', () => {
  const suite = useBrowserSuite()

  it.each([
    { path: '/', heading: en.overview.title, nav: en.nav.overview, content: '.headline-card' },
    { path: '/targets', heading: en.targets.title, nav: en.nav.targets, content: '.metric-section' },
    { path: '/agreements', heading: en.agreements.title, nav: en.nav.agreements, content: '.agreement-card' },
    { path: '/timeline', heading: en.timeline.title, nav: en.nav.timeline, content: '.chart-frame' },
    { path: '/sources', heading: en.sources.title, nav: en.nav.sources, content: '.article-list__item' },
  ])('$path shows its heading, marks its tab in the menu, shows content and no error', async (route) => {
    const page = await openView(suite.browser, route.path)
    expect(await h1(page)).toBe(route.heading)
    await expect(mainNav(page).getByRole('link', { name: route.nav }).getAttribute('aria-current')).resolves.toBe(
      'page',
    )
    expect(await page.locator(route.content).count()).toBeGreaterThan(0)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
  })

  it('/sources lists every article by its title', async () => {
    const page = await openView(suite.browser, '/sources')
    const titles = await page.locator('.article-list__title').allInnerTexts()
    expect(titles.sort()).toEqual(suite.facts.articles.map((article) => article.title).sort())
  })

  it('/targets/:metric shows only that metric, with its chart', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover')
    expect(await h1(page)).toBe(en.targets.title)
    const sections = page.locator('.metric-section > h2')
    await expect(sections.allInnerTexts()).resolves.toEqual([en.metric['trade-turnover']])
    await page.locator('.metric-section svg.recharts-surface').waitFor()
    const metricNav = page.getByRole('navigation', { name: en.targets.metrics })
    await expect(
      metricNav.getByRole('link', { name: en.metric['trade-turnover'] }).getAttribute('aria-current'),
    ).resolves.toBe('page')
    expect(pageErrors(page)).toEqual([])
  })

  it('/sources/:articleId shows the article with its facts highlighted', async () => {
    const article = suite.facts.articles.find((item) => item.id === deepestCitation(suite.facts).articleId)
    if (!article) throw new Error('the cited article is missing from the index')
    const page = await openView(suite.browser, `/sources/${article.id}`)
    expect(await h1(page)).toBe(article.title)
    await expect(page.locator('.article-text').getAttribute('lang')).resolves.toBe(article.lang)
    expect(await page.locator('.article-text mark a').count()).toBeGreaterThan(0)
    await page.getByRole('link', { name: en.sources.allSources }).click()
    await arrive(page, en.sources.title)
    expect(pageErrors(page)).toEqual([])
  })

  it('an unknown path shows the not-found view, and its link leads back to the overview', async () => {
    const page = await openView(suite.browser, '/no/such/page')
    expect(await h1(page)).toBe(en.notFound.title)
    await expect(page.getByText(fill(en.notFound.body, { path: '/no/such/page' })).isVisible()).resolves.toBe(true)
    await page.getByRole('main').getByRole('link', { name: en.actions.backHome }).click()
    await arrive(page, en.overview.title)
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await h1(page)).toBe(en.overview.title)
  })

  it('the not-found view keeps the interface language on its way back', async () => {
    const page = await openView(suite.browser, '/nowhere?lang=az')
    expect(await h1(page)).toBe(az.notFound.title)
    await page.getByRole('main').getByRole('link', { name: az.actions.backHome }).click()
    await arrive(page, az.overview.title)
    expect(await h1(page)).toBe(az.overview.title)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('az')
  })

  it.each([
    { path: '/targets/no-such-metric', title: fill(en.targets.unknownMetric, { metric: 'no-such-metric' }) },
    { path: '/sources/no-such-article', title: fill(en.sources.unknownArticle, { id: 'no-such-article' }) },
  ])('$path says the item does not exist and offers the full list', async ({ path, title }) => {
    const page = await openView(suite.browser, path)
    await expect(page.getByRole('heading', { name: title }).isVisible()).resolves.toBe(true)
    const back = path.startsWith('/targets') ? en.targets.allMetrics : en.sources.allSources
    await page.getByRole('main').getByRole('link', { name: back, exact: true }).last().click()
    await page.getByRole('heading', { name: title }).waitFor({ state: 'detached' })
    await waitForView(page)
    expect(new URL(page.url()).pathname).toBe(path.startsWith('/targets') ? '/targets' : '/sources')
  })
})

describe('deep links restore their state after a reload', () => {
  const suite = useBrowserSuite()

  /** Opens the link, checks the state, reloads, and checks the same state again. */
  async function checkTwice(path: string, check: (page: Page) => Promise<void>): Promise<void> {
    const page = await openView(suite.browser, path)
    await check(page)
    await reloadView(page)
    await check(page)
    expect(pageErrors(page)).toEqual([])
  }

  it('sector=energy~transport ticks both sectors and lists the documents covering either, each once', async () => {
    const present = new Set(suite.facts.agreements.flatMap((agreement) => agreement.sectors))
    const expected = (['energy', 'transport'] as const).filter((sector) => present.has(sector))
    expect(expected.length).toBeGreaterThan(0)
    await checkTwice('/agreements?sector=energy~transport', async (page) => {
      for (const sector of expected) {
        await expect(page.getByRole('checkbox', { name: en.sector[sector] }).isChecked()).resolves.toBe(true)
      }
      const others = [...present].filter((sector) => !expected.includes(sector as 'energy' | 'transport'))
      for (const sector of others) {
        await expect(page.getByRole('checkbox', { name: en.sector[sector] }).isChecked()).resolves.toBe(false)
      }
      const ids = await page.locator('.agreement-card').evaluateAll((cards) => cards.map((card) => card.id))
      const covering = suite.facts.agreements.filter((agreement) =>
        agreement.sectors.some((sector) => (expected as readonly string[]).includes(sector)),
      )
      expect(ids.sort()).toEqual(covering.map((agreement) => agreement.id).sort())
    })
  })

  it('country=<code> ticks that country and keeps only its events on the time axis', async () => {
    const counts = new Map<string, number>()
    for (const event of datedEvents(suite.facts)) {
      for (const country of event.countries) counts.set(country, (counts.get(country) ?? 0) + 1)
    }
    // the country in the fewest dated events, so the filter visibly narrows the chart
    const [country] = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? []
    if (!country) throw new Error('no dated event names a country')
    const expected = datedEvents(suite.facts).filter((event) => event.countries.includes(country)).length
    await checkTwice(`/timeline?country=${country}`, async (page) => {
      await expect(page.getByRole('checkbox', { name: countryName(country) }).isChecked()).resolves.toBe(true)
      await expect.poll(() => timelinePoints(page).count()).toBe(expected)
    })
  })

  it.each([
    { lang: 'tr', messages: tr, path: '/targets?lang=tr' },
    { lang: 'az', messages: az, path: '/sources?lang=az' },
  ])('lang=$lang shows the interface in that language', async ({ lang, messages, path }) => {
    await checkTwice(path, async (page) => {
      const title = path.startsWith('/targets') ? messages.targets.title : messages.sources.title
      expect(await h1(page)).toBe(title)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang)
      await expect(
        page.getByRole('navigation', { name: messages.nav.label }).getByRole('link').allInnerTexts(),
      ).resolves.toEqual([
        messages.nav.overview,
        messages.nav.targets,
        messages.nav.agreements,
        messages.nav.timeline,
        messages.nav.sources,
      ])
    })
  })

  it('tab=table on a chart shows its data table instead of the drawing', async () => {
    await checkTwice('/targets/trade-turnover?tab=table', async (page) => {
      const chart = page.getByRole('figure', { name: en.metric['trade-turnover'] })
      await expect(chart.getByRole('tab', { name: en.chart.tabTable }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      )
      await expect(chart.getByRole('columnheader').allInnerTexts()).resolves.toContain(en.chart.period)
      expect(await chart.getByRole('row').count()).toBeGreaterThan(1)
      expect(await chart.locator('svg.recharts-surface').count()).toBe(0)
    })
  })

  it('/timeline?event=<id> selects the event, shows its details and focuses them', async () => {
    const [event] = datedEvents(suite.facts)
    if (!event) throw new Error('no dated event in the dataset')
    await checkTwice(`/timeline?event=${encodeURIComponent(event.id)}`, async (page) => {
      const details = page.getByRole('region', { name: event.title.en })
      await expect(details.getByText(en.timeline.selected).isVisible()).resolves.toBe(true)
      await expect(details.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(event.title.en)
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-details-title')
      const pressed = timelinePoints(page).and(page.locator('[aria-pressed="true"]'))
      await expect.poll(() => pressed.count()).toBe(1)
      await expect(pressed.getAttribute('aria-label')).resolves.toContain(event.title.en)
    })
  })

  it('/timeline?event=<id> of an undated event shows its details too', async () => {
    const event = suite.facts.events.find((item) => item.date === null)
    if (!event) return // every event is dated: nothing to check
    await checkTwice(`/timeline?event=${encodeURIComponent(event.id)}`, async (page) => {
      const details = page.getByRole('region', { name: event.title.en }).filter({ hasText: en.timeline.selected })
      await expect(details.getByText(en.timeline.notGiven).first().isVisible()).resolves.toBe(true)
    })
  })

  it('/timeline?from=&to= sets both year selects and keeps only the events of those years', async () => {
    const years = datedEvents(suite.facts).map((event) => yearOf(event.date) ?? 0)
    const year = Math.max(...years)
    const expected = years.filter((item) => item === year).length
    expect(expected).toBeLessThan(suite.facts.events.length)
    await checkTwice(`/timeline?from=${year}&to=${year}`, async (page) => {
      const years = page.getByRole('group', { name: en.timeline.years })
      await expect(years.getByLabel(en.timeline.fromYear, { exact: true }).inputValue()).resolves.toBe(String(year))
      await expect(years.getByLabel(en.timeline.toYear, { exact: true }).inputValue()).resolves.toBe(String(year))
      await expect.poll(() => timelinePoints(page).count()).toBe(expected)
      expect(await page.locator('.undated-events').count()).toBe(0)
    })
  })

  it('/sources/<id>?fact=<id> scrolls to the fact, marks it current and focuses it', async () => {
    const cited = deepestCitation(suite.facts)
    await checkTwice(`/sources/${cited.articleId}?fact=${encodeURIComponent(cited.factId)}`, async (page) => {
      await expect
        .poll(() =>
          page.evaluate(() => {
            const active = document.activeElement
            return active instanceof HTMLElement ? (active.dataset.facts ?? '').split(' ') : []
          }),
        )
        .toContain(cited.factId)
      const focused = page.locator('.article-text a:focus')
      await expect(
        focused.evaluate((link) => link.closest('mark')?.classList.contains('highlight--current')),
      ).resolves.toBe(true)
      // the highlight is on screen, not only focused: the reader sees it without scrolling
      await expect
        .poll(() =>
          focused.evaluate((link) => {
            const box = link.getBoundingClientRect()
            return box.top >= 0 && box.bottom <= window.innerHeight
          }),
        )
        .toBe(true)
    })
  })
})

describe('Back and Forward', () => {
  const suite = useBrowserSuite()

  it('move between views the menu opened', async () => {
    const page = await openView(suite.browser, '/')
    await mainNav(page).getByRole('link', { name: en.nav.targets }).click()
    await arrive(page, en.targets.title)
    await mainNav(page).getByRole('link', { name: en.nav.agreements }).click()
    await arrive(page, en.agreements.title)
    await page.goBack()
    await arrive(page, en.targets.title)
    expect(new URL(page.url()).pathname).toBe('/targets')
    await page.goBack()
    await arrive(page, en.overview.title)
    expect(new URL(page.url()).pathname).toBe('/')
    await page.goForward()
    await arrive(page, en.targets.title)
    expect(new URL(page.url()).pathname).toBe('/targets')
  })

  it('undo and redo selecting an event on the timeline', async () => {
    const page = await openView(suite.browser, '/timeline')
    await timelinePoints(page).first().click()
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull()
    const selected = new URL(page.url()).searchParams.get('event')
    const details = page.locator('#event-details-title')
    await details.waitFor()
    await page.goBack()
    await details.waitFor({ state: 'detached' })
    expect(new URL(page.url()).searchParams.get('event')).toBeNull()
    await page.goForward()
    await details.waitFor()
    expect(new URL(page.url()).searchParams.get('event')).toBe(selected)
  })
})
