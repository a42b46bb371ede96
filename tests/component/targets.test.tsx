import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadFacts, makeFacts, stubGatedFetch } from '../support/builders'
import { renderRoute, tableCells } from '../support/render-route'

describe('targets route /targets', () => {
  it('shows a loading skeleton, then an error naming the file with a working Retry', async () => {
    const { release, fix } = stubGatedFetch(() => new Response('{ not json', { status: 200 }))
    renderRoute('/targets?tab=table')
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    release()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load views/figures.json')
    expect(alert).toHaveTextContent('The file is not valid JSON.')
    fix()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilateral trade turnover' })).toBeInTheDocument()
  })

  it('says so when the dataset has no figures', async () => {
    renderRoute('/targets', { facts: makeFacts({ figures: [] }) })
    expect(await screen.findByRole('heading', { name: 'No figures found in the sources' })).toBeInTheDocument()
  })

  it('lists stated and derived values side by side, with the formula, in the table tab', async () => {
    renderRoute('/targets/trans-caspian-freight?tab=table', { facts: loadFacts() })
    const table = await screen.findByRole('table', { name: 'Trans-Caspian route freight' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['2023', '2024'])
    expect(rows[0]).toHaveTextContent('about 2.78 million t')
    expect(rows[0]).toHaveTextContent('Derived')
    expect(rows[0]).toHaveTextContent('4 500 000 t ÷ 1.62')
    expect(rows[1]).toHaveTextContent('4.5 million t')
    expect(rows[1]).toHaveTextContent('Stated')
  })

  it('draws the cargo multiplier from today’s index 1 to ×3 by 2030', async () => {
    renderRoute('/targets/middle-corridor-cargo?tab=table', { facts: loadFacts() })
    const table = await screen.findByRole('table', { name: 'Middle Corridor cargo volume' })
    const values = tableCells(table, 2)
    expect(values).toEqual([
      ['Today (index)', '×1'],
      ['2030', '×3'],
    ])
  })

  it('shows every source of a target in date order, with the history across articles', async () => {
    renderRoute('/targets/trade-turnover', { facts: loadFacts() })
    const card = (await screen.findAllByRole('article')).find(
      (item) => item.classList.contains('figure-card') && item.textContent?.includes('$1 billion'),
    )
    expect(card).toBeDefined()
    expect(card).toHaveTextContent('Stated 2 times, from Oct 21, 2025 to Oct 27, 2025')
    const quotes = within(card!).getAllByRole('blockquote')
    expect(quotes[0]).toHaveAttribute('lang', 'tr')
    expect(quotes[1]).toHaveAttribute('lang', 'az')
    expect(quotes[1]).toHaveTextContent('1 milyard dollara')
    const links = within(card!).getAllByRole('link', { name: 'Show in the article' })
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      expect.stringMatching(/^\/sources\/001_f252e9742af12d5d\?fact=/),
      expect.stringMatching(/^\/sources\/004_a6dd264eb69775f1\?fact=/),
    ])
  })

  it('marks a figure that needs review with its reasons, in the interface language', async () => {
    const facts = loadFacts()
    const figures = facts.figures.map((figure) =>
      figure.metric === 'oil-btc' && figure.value === 1.5e6
        ? { ...figure, confidence: 'review' as const, reviewReasons: ['year-from-context' as const] }
        : figure,
    )
    renderRoute('/targets/oil-btc?lang=tr', { facts: { ...facts, figures } })
    // waits for the review card itself: the first cards can render before it under load
    const card = await waitFor(() => {
      const found = screen.getAllByRole('article').find((item) => item.textContent?.includes('İnceleme'))
      if (!found) throw new Error('no card marked for review yet')
      return found
    })
    expect(card).toHaveTextContent('İnceleme gerekiyor')
    expect(card).toHaveTextContent('yılı cümlesinden değil haberin bağlamından alındı')
  })

  it('marks a derived figure and shows its formula', async () => {
    renderRoute('/targets/trade-turnover', { facts: loadFacts() })
    const card = (await screen.findAllByRole('article')).find((item) =>
      item.textContent?.includes('about $500 million'),
    )
    expect(card).toHaveTextContent('Derived')
    expect(card).toHaveTextContent('How it was computed: 1 000 000 000 USD ÷ 2')
  })

  it('switches a chart to its table through the URL', async () => {
    const { router } = renderRoute('/targets/oil-btc', { facts: loadFacts() })
    await userEvent.click(await screen.findByRole('tab', { name: 'Table' }))
    await waitFor(() => expect(router.state.location.search).toBe('?table=oil-btc'))
    expect(await screen.findByRole('table', { name: 'Kazakh oil through Baku–Tbilisi–Ceyhan' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true')
  })

  it('keeps only the metrics of the sector in the URL', async () => {
    renderRoute('/targets?sector=trade&tab=table', { facts: loadFacts() })
    await screen.findByRole('heading', { level: 1, name: 'Targets and figures' })
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Bilateral trade turnover',
    ])
  })

  it('says which filters emptied the view and clears them on request', async () => {
    const { router } = renderRoute('/targets?country=TM', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { name: 'No figures match these filters' })).toBeInTheDocument()
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilateral trade turnover' })).toBeInTheDocument()
  })

  it('explains an unknown metric in the path and links back to all metrics', async () => {
    renderRoute('/targets/no-such-metric', { facts: loadFacts() })
    expect(
      await screen.findByRole('heading', { name: 'There is no metric “no-such-metric” in the dataset.' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All metrics' })).toHaveAttribute('href', '/targets')
  })

  it('ignores an unknown tab with a visible notice and shows the chart', async () => {
    renderRoute('/targets?tab=pie', { facts: loadFacts() })
    expect(await screen.findByRole('status', { name: 'Some link parameters were ignored' })).toHaveTextContent(
      '“pie” is not a valid tab value',
    )
    expect(screen.getAllByRole('tab', { name: 'Chart' })[0]).toHaveAttribute('aria-selected', 'true')
  })
})
