import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { az } from '../../src/lib/i18n/locales/az'
import { tr } from '../../src/lib/i18n/locales/tr'
import {
  datedEvents,
  deepestCitation,
  downloadBy,
  en,
  fill,
  ignoredNotice,
  rarestSector,
  useBrowserSuite,
} from './support/app'
import { appUrl, openView, pageErrors, waitForView } from './support/browser'

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const TRADE = en.metric['trade-turnover']

const search = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)
const cardIds = (page: Page) => page.locator('.agreement-card').evaluateAll((cards) => cards.map((card) => card.id))
const chartNamed = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true })
const downloadButton = (chart: Locator, title: string, format: string) =>
  chart.getByRole('button', { name: fill(en.actions.downloadAs, { title, format }) })

/** Splits a downloaded CSV into lines, without the byte-order mark, the '#' note lines and the final line end. */
function csvLines(bytes: Buffer): string[] {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
    .filter((line) => !line.startsWith('# '))
}

describe('filters', () => {
  const suite = useBrowserSuite()

  it('ticking a sector on Agreements writes it into the URL and narrows the list; Back undoes both', async () => {
    const { sector, documents } = rarestSector(suite.facts)
    const page = await openView(suite.browser, '/agreements')
    const cardsBefore = await cardIds(page)
    expect(cardsBefore).toHaveLength(suite.facts.agreements.length)

    // a click, not check(): the box follows the URL, so it turns on once the navigation lands
    await page.getByRole('checkbox', { name: en.sector[sector] }).click()
    await expect.poll(() => search(page, 'sector')).toBe(sector)
    await expect.poll(() => page.locator('.agreement-card').count()).toBe(documents)

    await page.goBack()
    await expect.poll(() => search(page, 'sector')).toBeNull()
    await expect.poll(() => cardIds(page)).toEqual(cardsBefore)
    await expect(page.getByRole('checkbox', { name: en.sector[sector] }).isChecked()).resolves.toBe(false)
  })

  it('ticking a sector on the overview narrows the key figures; Back brings them back', async () => {
    const page = await openView(suite.browser, '/')
    const cardsBefore = await page.locator('.headline-card h3').allInnerTexts()
    await page.getByRole('checkbox', { name: en.sector.energy }).click()
    await expect.poll(() => search(page, 'sector')).toBe('energy')
    await expect.poll(() => page.locator('.headline-card').count()).toBeLessThan(cardsBefore.length)
    await page.goBack()
    await expect.poll(() => page.locator('.headline-card h3').allInnerTexts()).toEqual(cardsBefore)
  })

  it('picking years on the timeline writes them into the URL', async () => {
    const year = Math.max(...datedEvents(suite.facts).map((event) => Number(event.date?.slice(0, 4))))
    const page = await openView(suite.browser, '/timeline')
    await page.getByLabel(en.timeline.fromYear, { exact: true }).selectOption(String(year))
    await expect.poll(() => search(page, 'from')).toBe(String(year))
    await page.getByLabel(en.timeline.toYear, { exact: true }).selectOption(String(year))
    await expect.poll(() => search(page, 'to')).toBe(String(year))
    const expected = datedEvents(suite.facts).filter((event) => event.date?.startsWith(String(year))).length
    await expect.poll(() => page.locator('svg.recharts-surface [role="button"]').count()).toBe(expected)
  })
})

describe('language', () => {
  const suite = useBrowserSuite()

  it('switching the interface language changes its strings and the URL, not the article text', async () => {
    const { articleId } = deepestCitation(suite.facts)
    const article = suite.facts.articles.find((item) => item.id === articleId)
    if (!article) throw new Error('the cited article is missing from the index')
    const page = await openView(suite.browser, `/sources/${articleId}`)
    const text = page.locator('.article-text')
    const textBefore = await text.innerText()

    await page.getByLabel(en.settings.language).selectOption('tr')
    await expect.poll(() => search(page, 'lang')).toBe('tr')
    await page.getByRole('navigation', { name: tr.nav.label }).waitFor()
    await expect(page.getByRole('link', { name: tr.sources.allSources }).isVisible()).resolves.toBe(true)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tr')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(article.title)
    await expect(text.getAttribute('lang')).resolves.toBe(article.lang)
    expect(await text.innerText()).toBe(textBefore)

    await page.getByLabel(tr.settings.language).selectOption('az')
    await expect.poll(() => search(page, 'lang')).toBe('az')
    await page.getByRole('navigation', { name: az.nav.label }).waitFor()
    expect(await text.innerText()).toBe(textBefore)
  })

  it('remembers the chosen language on the next visit without a lang parameter', async () => {
    const page = await openView(suite.browser, '/targets')
    await page.getByLabel(en.settings.language).selectOption('az')
    await page.getByRole('heading', { level: 1, name: az.targets.title }).waitFor()
    await page.goto(appUrl('/'))
    await waitForView(page)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(az.overview.title)
    expect(search(page, 'lang')).toBeNull()
  })

  it('formats numbers in the interface language', async () => {
    const page = await openView(suite.browser, '/targets/trans-caspian-freight')
    const values = page.locator('.figure-card__value')
    await expect.poll(() => values.allInnerTexts()).toContain('4.5 million t')
    await page.getByLabel(en.settings.language).selectOption('tr')
    await expect.poll(() => values.allInnerTexts()).toContain('4,5 milyon ton')
  })

  it('takes the default language from the browser', async () => {
    const page = await openView(suite.browser, '/', { locale: 'tr-TR' })
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(tr.overview.title)
  })
})

describe('malformed link parameters show a notice and the page still works', () => {
  const suite = useBrowserSuite()

  const hasChart = async (page: Page) => {
    await page.locator('svg.recharts-surface').first().waitFor()
  }

  it.each([
    {
      path: '/agreements?sector=energy~nope',
      param: 'sector',
      value: 'nope',
      works: async (page: Page) => {
        await expect(page.getByRole('checkbox', { name: en.sector.energy }).isChecked()).resolves.toBe(true)
      },
    },
    {
      path: '/timeline?country=KZ~ZZZ',
      param: 'country',
      value: 'ZZZ',
      works: async (page: Page) => {
        await expect(page.getByRole('checkbox', { name: 'Kazakhstan' }).isChecked()).resolves.toBe(true)
      },
    },
    {
      path: '/?lang=xx',
      param: 'lang',
      value: 'xx',
      works: async (page: Page) => {
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(en.overview.title)
        await expect(page.getByLabel(en.settings.language).inputValue()).resolves.toBe('en')
      },
    },
    {
      path: '/targets?tab=pie',
      param: 'tab',
      value: 'pie',
      works: async (page: Page) => {
        await hasChart(page)
        await expect(
          page.getByRole('tab', { name: en.chart.tabChart }).first().getAttribute('aria-selected'),
        ).resolves.toBe('true')
      },
    },
    { path: '/?tab=pie', param: 'tab', value: 'pie', works: hasChart },
    { path: '/agreements?tab=pie', param: 'tab', value: 'pie', works: hasChart },
    {
      path: '/timeline?event=nope',
      param: 'event',
      value: 'nope',
      works: async (page: Page) => {
        await hasChart(page)
        expect(await page.getByText(en.timeline.selected).count()).toBe(0)
      },
    },
    {
      path: '/timeline?from=20x5',
      param: 'from',
      value: '20x5',
      works: async (page: Page) => {
        await expect(page.getByLabel(en.timeline.fromYear, { exact: true }).inputValue()).resolves.toBe('')
        await hasChart(page)
      },
    },
  ])('$path', async ({ path, param, value, works }) => {
    const page = await openView(suite.browser, path)
    const notice = ignoredNotice(page)
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toContain(fill(en.notices.item, { param, value }))
    await works(page)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(pageErrors(page)).toEqual([])
  })

  it('fact=<unknown> in the reader shows a notice and the article without a current highlight', async () => {
    const { articleId } = deepestCitation(suite.facts)
    const page = await openView(suite.browser, `/sources/${articleId}?fact=nope`)
    await expect(ignoredNotice(page).innerText()).resolves.toContain(
      fill(en.notices.item, { param: 'fact', value: 'nope' }),
    )
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(0)
    expect(await page.locator('.highlight--current').count()).toBe(0)
  })

  it('after a notice, the menu still leads to another view', async () => {
    const page = await openView(suite.browser, '/?sector=nope&country=ZZZ')
    await ignoredNotice(page).waitFor()
    await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.sources }).click()
    await page.getByRole('heading', { level: 1, name: en.sources.title }).waitFor()
    await waitForView(page)
    expect(await page.locator('.article-list__item').count()).toBe(suite.facts.articles.length)
  })
})

describe('charts', () => {
  const suite = useBrowserSuite()

  /** Lists, per chart on the page, its title and how many bars or points its SVG draws. */
  const drawnMarks = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('figure.chart-frame')].map((figure) => {
        const svg = figure.querySelector('svg.recharts-surface')
        const sized = (selector: string) =>
          [...(svg?.querySelectorAll<SVGGraphicsElement>(selector) ?? [])].filter((element) => {
            const box = element.getBBox()
            return box.width > 0 && box.height > 0
          }).length
        return {
          title: figure.querySelector('h3')?.textContent ?? '',
          bars: sized('.recharts-bar-rectangle rect, .recharts-bar-rectangle path'),
          points: sized('.recharts-scatter-symbol circle:not(.timeline-point__hit)'),
          ticks: svg?.querySelectorAll('.recharts-cartesian-axis-tick').length ?? 0,
        }
      }),
    )

  it('the overview draws bars in every target chart, the trade target among them', async () => {
    const page = await openView(suite.browser, '/')
    await page.locator('svg.recharts-surface').first().waitFor()
    const charts = await drawnMarks(page)
    expect(charts.map((chart) => chart.title)).toContain(TRADE)
    for (const chart of charts) {
      expect(chart.bars, chart.title).toBeGreaterThan(0)
      expect(chart.ticks, chart.title).toBeGreaterThan(0)
    }
    await expect(chartNamed(page, TRADE).locator('.chart-label').allTextContents()).resolves.toContain('$1 billion')
  })

  it('the overview leads with the $1 billion trade target among its key figures', async () => {
    const page = await openView(suite.browser, '/')
    const card = page.getByRole('article', { name: TRADE })
    await expect(card.locator('.headline-card__value').innerText()).resolves.toBe('$1 billion')
  })

  it('a metric chart draws one bar per table row, derived values hatched and stated ones solid', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover')
    const chart = chartNamed(page, TRADE)
    await chart.locator('svg.recharts-surface').waitFor()
    const fills = await chart
      .locator('.recharts-bar-rectangle rect')
      .evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill))
    expect(fills.some((fill) => fill.startsWith('url('))).toBe(true)
    expect(fills.some((fill) => fill.startsWith('rgb('))).toBe(true)
    await chart.getByRole('tab', { name: en.chart.tabTable }).click()
    await expect.poll(() => search(page, 'table')).toBe('trade-turnover')
    await expect.poll(() => chart.locator('tbody tr').count()).toBe(fills.length)
    await expect(chart.locator('tbody').innerText()).resolves.toContain(en.figure.derived)
  })

  it('the timeline draws one point per dated event and Agreements one bar per sector a document covers', async () => {
    const timeline = await openView(suite.browser, '/timeline')
    await timeline.locator('svg.recharts-surface').waitFor()
    await expect.poll(async () => (await drawnMarks(timeline))[0]?.points).toBe(datedEvents(suite.facts).length)
    const agreements = await openView(suite.browser, '/agreements')
    await agreements.locator('svg.recharts-surface').waitFor()
    const sectors = new Set(suite.facts.agreements.flatMap((agreement) => agreement.sectors))
    expect((await drawnMarks(agreements))[0]?.bars).toBe(sectors.size)
  })
})

describe('downloads and sharing', () => {
  const suite = useBrowserSuite()

  it('a chart downloads as a PNG image and as an SVG with its title and source line', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover')
    const chart = chartNamed(page, TRADE)
    await chart.locator('svg.recharts-surface').waitFor()
    const png = await downloadBy(page, () => downloadButton(chart, TRADE, 'PNG').click())
    expect(png.name).toMatch(/\.png$/)
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC)
    expect(png.bytes.length).toBeGreaterThan(1000)

    const svg = await downloadBy(page, () => downloadButton(chart, TRADE, 'SVG').click())
    expect(svg.name).toMatch(/\.svg$/)
    const markup = svg.bytes.toString('utf8')
    expect(markup.startsWith('<svg')).toBe(true)
    expect(markup).toContain(TRADE)
    expect(markup).toContain(await chart.locator('.chart-frame__source').innerText())
  })

  it('a chart downloads as CSV with a header line and one line per row of its table', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover?tab=table')
    const chart = chartNamed(page, TRADE)
    const rows = await chart.locator('tbody tr').count()
    const csv = await downloadBy(page, () => downloadButton(chart, TRADE, 'CSV').click())
    expect(csv.name).toMatch(/\.csv$/)
    const lines = csvLines(csv.bytes)
    const c = en.chart
    expect(lines[0]).toBe([c.period, c.value, c.unit, c.kind, c.basis, c.formula, c.countries, c.source].join(','))
    expect(lines.length - 1).toBe(rows)
    // every bar of the seeds' trade turnover is Azerbaijan's and Kazakhstan's, by their codes
    for (const line of lines.slice(1)) expect(line).toContain(',AZ KZ,')
  })

  it('the CSV holds only what the filters show', async () => {
    const page = await openView(suite.browser, '/agreements?sector=energy')
    const title = en.agreements.chartTitle
    const chart = chartNamed(page, title)
    await chart.locator('svg.recharts-surface').waitFor()
    const lines = csvLines((await downloadBy(page, () => downloadButton(chart, title, 'CSV').click())).bytes)
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['energy'])
  })

  it('the dataset link downloads the complete dataset as JSON', async () => {
    const page = await openView(suite.browser, '/')
    const file = await downloadBy(page, () => page.getByRole('link', { name: en.actions.downloadDataset }).click())
    expect(file.name).toBe('dataset.json')
    const dataset = JSON.parse(file.bytes.toString('utf8')) as { schemaVersion: number; articles: { text: string }[] }
    expect(dataset.schemaVersion).toBe(1)
    expect(dataset.articles).toHaveLength(suite.facts.articles.length)
    expect(dataset.articles.every((article) => article.text.length > 0)).toBe(true)
  })

  it('"Copy link" copies the address of the current view with its state', async () => {
    const page = await openView(suite.browser, '/agreements?sector=energy&lang=tr', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await page.getByRole('button', { name: tr.actions.copyLink, exact: true }).click()
    await page.getByRole('status').filter({ hasText: tr.actions.linkCopied }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    expect(new URL(copied).searchParams.get('sector')).toBe('energy')
  })

  it('a chart\'s "Copy link" copies a link that opens that chart with the current filters', async () => {
    const page = await openView(suite.browser, '/?sector=trade', { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.getByRole('button', { name: fill(en.actions.copyChartLink, { title: TRADE }) }).click()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const url = new URL(copied)
    expect([url.pathname, url.searchParams.get('sector')]).toEqual(['/targets/trade-turnover', 'trade'])
    await page.goto(copied)
    await waitForView(page)
    await chartNamed(page, TRADE).locator('svg.recharts-surface').waitFor()
  })
})
