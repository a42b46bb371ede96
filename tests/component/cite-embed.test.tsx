import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadFacts, makeFacts, makeFigure, makeSourceRef } from '../support/builders'
import { renderRoute } from '../support/render-route'

const facts = loadFacts()

/** Opens a chart's Embed panel and reads the iframe's address from the snippet. */
async function embedSrc(chart: HTMLElement, button = 'Embed'): Promise<URL> {
  await userEvent.setup().click(within(chart).getByText(button, { selector: 'summary' }))
  const snippet = within(chart).getByText(/^<iframe /).textContent ?? ''
  return new URL(/src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? '')
}

/** Opens a chart's Cite panel, copies the citation and returns what landed on the clipboard. */
async function copiedCitation(region: HTMLElement, label: string): Promise<string> {
  const user = userEvent.setup()
  const summary = within(region).getByText('Cite', { selector: 'summary' })
  expect(summary).toHaveAccessibleName(label)
  await user.click(summary)
  await user.click(within(region).getByRole('button', { name: 'Copy citation' }))
  expect(await within(region).findByText('Citation copied')).toBeInTheDocument()
  return navigator.clipboard.readText()
}

const params = (url: URL) => Object.fromEntries(url.searchParams)

describe('Cite and Embed on the agreements and timeline charts', () => {
  it('cites the agreements chart with its sources, the filtered permalink and the build date', async () => {
    renderRoute('/agreements?sector=energy&tab=table', { facts })
    const chart = await screen.findByRole('figure', { name: 'Agreements by sector coverage' })
    const citation = await copiedCitation(chart, 'Cite “Agreements by sector coverage”')
    expect(citation).toMatch(/^“Agreements by sector coverage”\. Corridor Watch, from .+, [A-Z][a-z]{2} \d{1,2}, \d{4}/)
    const url = new URL(/ (http\S+) \(data built/.exec(citation)?.[1] ?? '')
    expect(url.pathname).toBe('/agreements')
    expect(params(url)).toEqual({ sector: 'energy', tab: 'table' })
    expect(citation).toMatch(/\(data built [A-Z][a-z]{2} \d{1,2}, \d{4}\)\.$/)
  })

  it('offers an iframe snippet for the agreements chart that keeps the filters, the language and the tab', async () => {
    renderRoute('/agreements?sector=energy&lang=tr&tab=table', { facts })
    const chart = await screen.findByRole('figure', { name: 'Sektörlere göre anlaşmalar' })
    const src = await embedSrc(chart, 'Yerleştir')
    expect(src.pathname).toBe('/embed/agreements/sector-coverage')
    expect(params(src)).toEqual({ sector: 'energy', lang: 'tr', tab: 'table' })
  })

  it('offers an iframe snippet for the timeline that keeps the countries and years but not the selected occasion', async () => {
    const event = facts.events.find((item) => item.date !== null)!
    renderRoute(`/timeline?country=KZ&from=2025&event=${event.id}`, { facts })
    const chart = await screen.findByRole('figure', { name: 'Events over time' })
    const src = await embedSrc(chart)
    expect(src.pathname).toBe('/embed/timeline/occasions')
    expect(params(src)).toEqual({ country: 'KZ', from: '2025' })
  })
})

describe('embed routes /embed/agreements/… and /embed/timeline/…', () => {
  it('shows the agreements chart alone with its source line and a link back with the same parameters', async () => {
    renderRoute('/embed/agreements/sector-coverage?sector=energy&lang=az&tab=table', { facts })
    const chart = await screen.findByRole('figure', { name: 'Sektorlar üzrə sazişlər' })
    expect(within(chart).getByRole('table')).toBeInTheDocument()
    expect(chart.querySelector('.chart-frame__source')?.textContent).toMatch(/^Mənbə: /)
    expect(screen.queryByRole('banner')).not.toBeInTheDocument()
    const back = screen.getByRole('link', { name: /Corridor Watch/ })
    const href = new URL(back.getAttribute('href') ?? '')
    expect(href.pathname).toBe('/agreements')
    expect(params(href)).toEqual({ sector: 'energy', lang: 'az', tab: 'table' })
  })

  it('shows the timeline alone, filtered as its link says, with a link back to the full timeline', async () => {
    renderRoute('/embed/timeline/occasions?country=KZ&tab=table', { facts })
    const chart = await screen.findByRole('figure', { name: 'Events over time' })
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1)
    const kazakh = facts.events.filter((event) => event.date !== null && event.countries.includes('KZ'))
    expect(rows).toHaveLength(kazakh.length)
    const back = screen.getByRole('link', { name: 'Open in Corridor Watch' })
    const href = new URL(back.getAttribute('href') ?? '')
    expect(href.pathname).toBe('/timeline')
    expect(params(href)).toEqual({ country: 'KZ', tab: 'table' })
  })

  it('says so when the filters leave nothing to draw, and names an unknown chart', async () => {
    const { unmount } = renderRoute('/embed/timeline/occasions?from=1990&to=1991', { facts })
    expect(await screen.findByRole('heading', { name: 'No events match these filters' })).toBeInTheDocument()
    unmount()
    renderRoute('/embed/agreements/nope', { facts })
    expect(await screen.findByRole('heading', { name: 'There is no chart “agreements/nope” to embed.' })).toBeVisible()
  })
})

describe('a citation for one figure and one occasion', () => {
  const TARGET = 'fig-001_f252e9742af12d5d-1198'

  it('cites a figure card: what, kind, value and date, both sources, a permalink to the card, the build date', async () => {
    renderRoute('/targets/trade-turnover?country=AZ', { facts })
    const card = (await screen.findAllByRole('article', { name: '$1 billion' }))[0]!
    const citation = await copiedCitation(
      card,
      'Cite “Bilateral trade turnover (Target): $1 billion, in the near future”',
    )
    expect(citation).toMatch(
      /^“Bilateral trade turnover \(Target\): \$1 billion, in the near future”\. Corridor Watch, from unnamed outlet, Oct 21, 2025; unnamed outlet, Oct 27, 2025\. /,
    )
    const url = new URL(/ (http\S+) \(data built/.exec(citation)?.[1] ?? '')
    expect(`${url.pathname}${url.search}${url.hash}`).toBe(`/targets/trade-turnover?country=AZ#figure-${TARGET}`)
    expect(citation).toMatch(/\(data built Dec 15, 2025\)\.$/)
  })

  it('opens a figure’s permalink at its card, which takes focus', async () => {
    renderRoute(`/targets/trade-turnover#figure-${TARGET}`, { facts })
    const card = await screen.findByRole('article', { name: '$1 billion' })
    await waitFor(() => expect(card).toHaveFocus())
    expect(card).toHaveAttribute('id', `figure-${TARGET}`)
  })

  it('cites the selected occasion in the interface language with a link that selects it', async () => {
    const event = facts.events[0]!
    renderRoute(`/timeline?event=${event.id}&lang=tr`, { facts })
    const details = await screen.findByRole('region', { name: event.title.tr })
    const user = userEvent.setup()
    await user.click(within(details).getByText('Kaynak göster', { selector: 'summary' }))
    await user.click(within(details).getByRole('button', { name: 'Künyeyi kopyala' }))
    expect(await within(details).findByText('Künye kopyalandı')).toBeInTheDocument()
    const citation = await navigator.clipboard.readText()
    expect(citation).toMatch(new RegExp(`^“${event.title.tr}”\\. Corridor Watch, kaynak: AA, 21 Eki 2025\\. `))
    const url = new URL(/ (http\S+) \(veri/.exec(citation)?.[1] ?? '')
    expect(url.pathname).toBe('/timeline')
    expect(params(url)).toEqual({ event: event.id, lang: 'tr' })
  })
})

describe('full downloads in the footer', () => {
  it('links each CSV file the data build wrote, in the interface language, saved under its plain name', async () => {
    const links = async () => {
      const footer = await screen.findByRole('contentinfo')
      return within(footer)
        .getAllByRole('link', { name: /\(CSV\)$/ })
        .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('download')])
    }
    const { unmount } = renderRoute('/', { facts })
    // the footer fills in once the data and the interface language are there
    await waitFor(async () =>
      expect(await links()).toEqual([
        ['Figures (CSV)', '/data/figures.csv', 'figures.csv'],
        ['Agreements (CSV)', '/data/agreements.csv', 'agreements.csv'],
        ['Occasions (CSV)', '/data/occasions.csv', 'occasions.csv'],
      ]),
    )
    unmount()
    renderRoute('/?lang=az', { facts })
    await waitFor(async () =>
      expect(await links()).toEqual([
        ['Rəqəmlər (CSV)', '/data/figures.az.csv', 'figures.csv'],
        ['Sazişlər (CSV)', '/data/agreements.az.csv', 'agreements.csv'],
        ['Tədbirlər (CSV)', '/data/occasions.az.csv', 'occasions.csv'],
      ]),
    )
  })
})

describe('a horizon of a count of years, labelled in each interface language', () => {
  it.each([
    ['en', 'within 3 years'],
    ['tr', '3 yıl içinde'],
    ['az', '3 il ərzində'],
  ] as const)('%s: “%s” on the figure card', async (lang, label) => {
    const figure = makeFigure({
      id: 'fig-within-3',
      horizon: 'üç il ərzində',
      horizonTerm: 'within-3-years',
      sources: [makeSourceRef({ articleId: '002_55df3fa7821e66eb', quote: 'üç il ərzində 1 milyard dollar' })],
    })
    renderRoute(`/targets/trade-turnover?lang=${lang}`, { facts: makeFacts({ figures: [figure] }) })
    await waitFor(() => expect(document.getElementById('figure-fig-within-3')).toHaveTextContent(label))
    // the target's heading says it too
    expect(screen.getByRole('heading', { level: 4, name: new RegExp(label) })).toBeInTheDocument()
  })
})
