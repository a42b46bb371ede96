import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { analystEn } from '../../src/lib/i18n/locales/analyst-en'
import { downloadBy, en, fill, useBrowserSuite } from './support/app'
import { appUrl, findA11yViolations, openView, pageErrors } from './support/browser'

const TRADE = en.metric['trade-turnover']

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF), skipping the '#' note lines a download starts with. */
function parseCsv(bytes: Buffer): { notes: string[]; rows: string[][] } {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const notes: string[] = []
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let lineStart = true
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (lineStart && !quoted && char === '#') {
      const end = text.indexOf('\r\n', i)
      notes.push(text.slice(i + 2, end))
      i = end + 1
      continue
    }
    lineStart = false
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1]
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') [row, cell] = [[...row, cell], '']
    else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell])
      ;[row, cell, i, lineStart] = [[], '', i + 1, true]
    } else cell += char
  }
  return { notes, rows }
}

const chartNamed = (page: Page, name: string) => page.getByRole('figure', { name })

describe('cite, embed, download', () => {
  const suite = useBrowserSuite()

  it('copies a chart’s citation: title, Corridor Watch, outlets and dates, permalink, build date', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover?lang=en', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const chart = chartNamed(page, TRADE)
    await chart.getByText(analystEn.cite.button, { exact: true }).click()
    await chart.getByRole('button', { name: analystEn.cite.copy }).click()
    await chart.getByRole('status').filter({ hasText: analystEn.cite.copied }).waitFor()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toMatch(
      new RegExp(`^“${TRADE}”\\. Corridor Watch, from unnamed outlet, Oct 21, 2025; unnamed outlet, Oct 27, 2025\\. `),
    )
    expect(citation).toContain(appUrl('/targets/trade-turnover?lang=en'))
    expect(citation).toMatch(/\(data built [A-Z][a-z]{2} \d{1,2}, \d{4}\)\.$/)
  })

  it('embeds a chart: the snippet’s frame shows the chart, its source line and a link back with the parameters', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover?lang=tr', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const chart = page.getByRole('figure', { name: 'İkili ticaret hacmi' })
    await chart.getByText('Yerleştir', { exact: true }).click()
    const snippet = await chart.locator('.copy-panel__text--code').innerText()
    const src = /src="([^"]+)"/.exec(snippet)?.[1]
    expect(src).toBe(appUrl('/embed/targets/trade-turnover?lang=tr'))
    const embed = await openView(suite.browser, new URL(src!).pathname + new URL(src!).search)
    await embed.locator('svg.recharts-surface').first().waitFor()
    expect(await embed.locator('.site-header').count()).toBe(0)
    expect(await embed.locator('.chart-frame__source').innerText()).toMatch(/^Kaynak: /)
    const back = embed.getByRole('link', { name: 'Corridor Watch’ta aç' })
    expect(await back.getAttribute('href')).toBe(appUrl('/targets/trade-turnover?lang=tr'))
    expect(await findA11yViolations(embed)).toEqual([])
    expect(pageErrors(embed)).toEqual([])
  })

  it.each([
    [
      '/agreements?sector=energy&lang=az',
      'Sektorlar üzrə sazişlər',
      'Yerləşdir',
      '/embed/agreements/sector-coverage',
      'Corridor Watch-da aç',
      '/agreements',
    ],
    [
      '/timeline?country=KZ&tab=table',
      en.timeline.chartTitle,
      analystEn.embed.button,
      '/embed/timeline/occasions',
      analystEn.embed.viewFull,
      '/timeline',
    ],
  ])(
    'embeds %s: the frame shows the chart, its source line and a link back with the parameters',
    async (path, title, button, embedPath, back, fullPath) => {
      const page = await openView(suite.browser, path)
      const chart = chartNamed(page, title)
      await chart.getByText(button, { exact: true }).click()
      const snippet = await chart.locator('.copy-panel__text--code').innerText()
      const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'))
      const query = new URL(appUrl(path)).search
      expect(src.pathname).toBe(embedPath)
      expect(Object.fromEntries(src.searchParams)).toEqual(Object.fromEntries(new URLSearchParams(query)))
      const embed = await openView(suite.browser, `${src.pathname}${src.search}`)
      const framed = chartNamed(embed, title)
      await framed.waitFor()
      expect(await embed.locator('.site-header').count()).toBe(0)
      expect(await framed.locator('.chart-frame__source').innerText()).toMatch(
        /^(Mənbə|Source): .+\. Corridor Watch\.$/,
      )
      const href = new URL((await embed.getByRole('link', { name: back }).getAttribute('href'))!)
      expect(href.pathname).toBe(fullPath)
      expect(Object.fromEntries(href.searchParams)).toEqual(Object.fromEntries(new URLSearchParams(query)))
      expect(await findA11yViolations(embed)).toEqual([])
      expect(pageErrors(embed)).toEqual([])
    },
  )

  it('copies one figure’s citation, whose permalink opens the targets page at that figure', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const card = page.locator('.figure-card').filter({ hasText: analystEn.horizon['near-future'] }).first()
    await card.getByText(analystEn.cite.button, { exact: true }).click()
    await card.getByRole('button', { name: analystEn.cite.copy }).click()
    await card.getByRole('status').filter({ hasText: analystEn.cite.copied }).waitFor()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toMatch(
      new RegExp(
        `^“${TRADE} \\(Target\\): .+, in the near future”\\. Corridor Watch, from .+, [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\. `,
      ),
    )
    const url = / (http\S+) \(data built [A-Z][a-z]{2} \d{1,2}, \d{4}\)\.$/.exec(citation)?.[1]
    expect(url).toMatch(new RegExp(`^${appUrl('/targets/trade-turnover#figure-')}`))
    const opened = await openView(suite.browser, new URL(url!).pathname + new URL(url!).hash)
    const target = opened.locator(new URL(url!).hash.replace(/^#(.*)$/, '[id="$1"]'))
    await expect.poll(() => target.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await findA11yViolations(page)).toEqual([])
  })

  it('copies the selected occasion’s citation with a link that selects it', async () => {
    const event = suite.facts.events.find((item) => item.sources.length > 0)!
    const page = await openView(suite.browser, `/timeline?event=${event.id}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const details = page.getByRole('region', { name: event.title.en })
    await details.getByText(analystEn.cite.button, { exact: true }).click()
    await details.getByRole('button', { name: analystEn.cite.copy }).click()
    await details.getByRole('status').filter({ hasText: analystEn.cite.copied }).waitFor()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation.startsWith(`“${event.title.en}”. Corridor Watch, from `)).toBe(true)
    expect(citation).toContain(` ${appUrl(`/timeline?event=${event.id}`)} (data built `)
    expect(await findA11yViolations(page)).toEqual([])
  })

  it('downloads figures.csv, agreements.csv and occasions.csv with labels, quotes and offsets, and a dated note', async () => {
    const page = await openView(suite.browser, '/')
    const files = [
      [analystEn.downloads.figures, 'figures.csv', 'figure_id', suite.facts.figures],
      [analystEn.downloads.agreements, 'agreements.csv', 'agreement_id', suite.facts.agreements],
      [analystEn.downloads.occasions, 'occasions.csv', 'occasion_id', suite.facts.events],
    ] as const
    for (const [label, name, idColumn, records] of files) {
      const file = await downloadBy(page, () => page.getByRole('link', { name: label }).click())
      expect(file.name).toBe(name)
      // the footer links the file the data build wrote beside facts.json: the same bytes
      const built = await fetch(appUrl(`/data/${name}`))
      expect(built.ok).toBe(true)
      expect(Buffer.from(await built.arrayBuffer()).equals(file.bytes)).toBe(true)
      const { notes, rows } = parseCsv(file.bytes)
      expect(notes[0]).toMatch(
        new RegExp(
          `^Corridor Watch ${name}\\. Data as of \\d{4}-\\d{2}-\\d{2} \\(5 articles\\); built \\d{4}-\\d{2}-\\d{2}\\.$`,
        ),
      )
      const [header = [], ...body] = rows
      expect(header[0]).toBe(idColumn)
      const column = (key: string) => header.indexOf(key)
      // one row per fact and source, each quote with its offsets
      expect(body).toHaveLength(records.reduce((sum, record) => sum + record.sources.length, 0))
      for (const row of body) {
        const start = Number(row[column('start')])
        expect(Number(row[column('end')]) - start).toBe(row[column('quote')]!.length)
      }
      if (name === 'figures.csv') {
        expect(new Set(body.map((row) => row[column('kind')]))).toEqual(new Set(['Target', 'Achieved']))
        expect(body.some((row) => row[column('countries')] === 'Azerbaijan; Kazakhstan')).toBe(true)
        expect(body.some((row) => row[column('horizon')] === 'in the near future')).toBe(true)
      }
    }
  })

  it('offers the CSV files with Turkish labels in the Turkish interface', async () => {
    const page = await openView(suite.browser, '/?lang=tr')
    const file = await downloadBy(page, () => page.getByRole('link', { name: 'Rakamlar (CSV)' }).click())
    expect(file.name).toBe('figures.csv')
    const { notes, rows } = parseCsv(file.bytes)
    expect(notes[0]).toMatch(/^Corridor Watch figures\.csv\. Veri tarihi \d{4}-\d{2}-\d{2} \(5 makale\)/)
    const [header = [], ...body] = rows
    expect(new Set(body.map((row) => row[header.indexOf('kind')]))).toEqual(new Set(['Hedef', 'Gerçekleşen']))
  })

  it('a chart’s CSV says which filters were on', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover?sector=trade&country=AZ&table=trade-turnover')
    const chart = chartNamed(page, TRADE)
    const csv = await downloadBy(page, () =>
      chart.getByRole('button', { name: fill(en.actions.downloadAs, { title: TRADE, format: 'CSV' }) }).click(),
    )
    const { notes, rows } = parseCsv(csv.bytes)
    expect(notes).toContain('Filters: sector=trade; country=AZ')
    expect(rows.length - 1).toBe(await chart.locator('tbody tr').count())
  })
})

describe('reads right in every language', () => {
  const suite = useBrowserSuite()

  it.each([
    ['/', 'Overview · Corridor Watch'],
    ['/targets/trade-turnover', `${TRADE} · Targets · Corridor Watch`],
    ['/targets/trade-turnover?lang=az', 'İkitərəfli ticarət dövriyyəsi · Hədəflər · Corridor Watch'],
    ['/sources', 'Sources · Corridor Watch'],
    ['/no/such/page', 'Page not found · Corridor Watch'],
  ])('titles %s “%s”', async (path, title) => {
    const page = await openView(suite.browser, path)
    await expect.poll(() => page.title()).toBe(title)
  })

  it('names countries and months in Azerbaijani, which Chromium has no data for', async () => {
    const targets = await openView(suite.browser, '/targets?lang=az')
    const filter = await targets.locator('.filter-bar').innerText()
    expect(filter).toContain('Qazaxıstan')
    expect(filter).toContain('Azərbaycan')
    const timeline = await openView(suite.browser, '/timeline?lang=az')
    const xTicks = timeline.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    await xTicks.first().waitFor({ state: 'attached' })
    const ticks = await xTicks.allTextContents()
    expect(ticks.length).toBeGreaterThan(0)
    expect(ticks.join(' ')).not.toMatch(/M\d/)
  })

  it('writes every value tick of a chart at one scale, in Turkish and Azerbaijani', async () => {
    for (const [lang, word] of [
      ['tr', 'Mr dolar'],
      ['az', 'mlrd dollar'],
    ] as const) {
      const page = await openView(suite.browser, `/targets/trade-turnover?lang=${lang}`)
      const chart = page.locator('figure.chart-frame').first()
      await chart.locator('svg.recharts-surface').waitFor()
      const yTicks = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      await yTicks.first().waitFor({ state: 'attached' })
      const ticks = (await yTicks.allTextContents()).filter((tick) => !/^0 /.test(tick))
      expect(ticks.length).toBeGreaterThan(1)
      // a tick wraps onto two lines (tspans), so compare without the spaces
      for (const tick of ticks) expect(tick.replace(/\s/g, '')).toContain(word.replace(/\s/g, ''))
    }
  })

  it('passes axe on a target with its history and on the footer’s downloads', async () => {
    const page = await openView(suite.browser, '/targets/trade-turnover')
    await page.locator('svg.recharts-surface').first().waitFor()
    expect(await findA11yViolations(page)).toEqual([])
  })
})
