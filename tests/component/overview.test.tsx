import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, loadFacts, makeFacts, serveData } from '../support/builders'
import { renderRoute } from '../support/render-route'

describe('overview route /', () => {
  it('shows a loading skeleton while its data is on its way', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    )
    renderRoute('/')
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Key figures' })).not.toBeInTheDocument()
  })

  it('names the failed file and the reason, and Retry loads the data', async () => {
    let serverUp = false
    const served = serveData(loadFacts())
    const fetchMock = vi.fn(async (url: string) => (serverUp ? served(url) : new Response('gone', { status: 500 })))
    vi.stubGlobal('fetch', fetchMock)
    renderRoute('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load views/figures.json')
    expect(alert).toHaveTextContent('HTTP status 500')
    serverUp = true
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'Key figures' })).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledWith('/data/views/figures.json', expect.anything())
  })

  it('reports the first schema problem when its data file has the wrong shape', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ schemaVersion: 2 })),
    )
    renderRoute('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Could not load views\/(figures|summary)\.json/)
    expect(alert).toHaveTextContent('“schemaVersion”')
  })

  it('says so when the dataset has no figures', async () => {
    renderRoute('/', { facts: makeFacts({ figures: [] }) })
    expect(await screen.findByRole('heading', { name: 'No figures found in the sources' })).toBeInTheDocument()
  })

  it('shows one card per key figure with its value, period and source', async () => {
    renderRoute('/', { facts: loadFacts() })
    const cards = within(await screen.findByRole('region', { name: 'Key figures' })).getAllByRole('article')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Bilateral trade turnover',
      'Middle Corridor cargo volume',
      'Kazakh oil through Baku–Tbilisi–Ceyhan',
      'Trans-Caspian route freight',
      'Trans-Caspian route freight growth',
    ])
    const freight = cards[3]
    expect(freight).toHaveTextContent('4.5 million t')
    expect(freight).toHaveTextContent('in 2024')
    expect(within(freight!).getByRole('link', { name: 'Show in the article' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/001_f252e9742af12d5d\?fact=fig-001_f252e9742af12d5d-\d+$/),
    )
  })

  it('filters cards and chart tables by the sector in the URL', async () => {
    renderRoute('/?sector=energy&tab=table', { facts: loadFacts() })
    const cards = within(await screen.findByRole('region', { name: 'Key figures' })).getAllByRole('article')
    expect(cards).toHaveLength(1)
    expect(cards[0]).toHaveTextContent('1.5 million t')
    const tables = screen.getAllByRole('table')
    expect(tables).toHaveLength(1)
    expect(within(tables[0]!).getByRole('cell', { name: '1.5 million t' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Energy' })).toBeChecked()
  })

  it('writes a ticked sector into the URL and Back undoes it', async () => {
    const { router } = renderRoute('/', { facts: loadFacts() })
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Transport' }))
    expect(router.state.location.search).toBe('?sector=transport')
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Key figures' })).getAllByRole('article')).toHaveLength(3),
    )
    await userEvent.click(screen.getByRole('checkbox', { name: 'Energy' }))
    expect(router.state.location.search).toBe('?sector=energy~transport')
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Energy' })).toBeChecked())
    await router.navigate(-1)
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Energy' })).not.toBeChecked())
    expect(router.state.location.search).toBe('?sector=transport')
  })

  it('offers a way out when the filter leaves nothing', async () => {
    const { router } = renderRoute('/?sector=health', { facts: loadFacts() })
    await userEvent.click((await screen.findAllByRole('button', { name: 'Clear filters' }))[0]!)
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await screen.findByRole('region', { name: 'Key figures' })).toBeInTheDocument()
  })
})
