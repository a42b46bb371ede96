import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { FactsFile } from '../../src/schema/dataset'
import { firstArticle, longList, secondArticle } from '../support/long-lists'
import { renderRoute, tableCells } from '../support/render-route'

/** The ids in the order the view lists them: by date, then id. */
const listOrder = (facts: FactsFile) =>
  [...facts.agreements]
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date! < b.date! ? -1 : 1))
    .map((agreement) => agreement.id)

/** The entries on screen, by the id each carries for links to it. */
const entryIds = () => screen.getAllByRole('article').map((entry) => entry.id)

// the first visit transforms the lazy route, which is slow on a busy machine
const SLOW = { timeout: 10_000 }

describe('agreements route /agreements over a list of several pages', () => {
  const facts = longList()
  const order = listOrder(facts)

  it('shows the asked page of the whole list, counting all 120 documents', async () => {
    renderRoute('/agreements?page=2', { facts })
    expect(
      await screen.findByRole('heading', { level: 2, name: '120 documents or packages' }, SLOW),
    ).toBeInTheDocument()
    expect(entryIds()).toEqual(order.slice(25, 50))
  })

  it('charts every document of the series, and cites its articles by count and outlet', async () => {
    renderRoute('/agreements?tab=table', { facts })
    const table = await screen.findByRole('table', { name: 'Agreements by sector coverage' }, SLOW)
    expect(tableCells(table, 2)).toEqual([
      ['Energy', '60'],
      ['Transport', '60'],
    ])
    // the list is not all at hand, so the table counts the documents without naming them
    expect(within(table).queryByRole('columnheader', { name: 'What they are' })).toBeNull()
    const outlets = [firstArticle!.outlet, secondArticle!.outlet].filter((outlet, i, all) => all.indexOf(outlet) === i)
    expect(screen.getByText(/^Source: 2 articles; the outlets that published the most: /)).toHaveTextContent(
      outlets.join(' and '),
    )
  })

  it('opens the page holding the document a link names, and highlights it', async () => {
    const target = order[75]!
    renderRoute(`/agreements?agreement=${target}`, { facts })
    await waitFor(() => expect(document.getElementById(target)).not.toBeNull(), SLOW)
    expect(document.getElementById(target)).toHaveAttribute('aria-current', 'true')
    // the 76th sits first on page 4 (76–100)
    expect(entryIds()).toEqual(order.slice(75, 100))
  })

  it('filters by one sector from that sector’s own pages', async () => {
    renderRoute('/agreements?sector=energy&page=3', { facts })
    expect(await screen.findByRole('heading', { level: 2, name: '60 documents or packages' }, SLOW)).toBeInTheDocument()
    expect(entryIds()).toHaveLength(10)
    expect(screen.getAllByRole('article').every((entry) => entry.textContent?.includes('Energy'))).toBe(true)
  })

  it('reports a page past the end and shows the first page', async () => {
    renderRoute('/agreements?page=6', { facts })
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(25), SLOW)
    expect(screen.getByRole('status', { name: 'Some link parameters were ignored' })).toHaveTextContent('“6”')
    expect(entryIds()).toEqual(order.slice(0, 25))
  })
})
