import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadFacts, makeFacts, stubGatedFetch } from '../support/builders'
import { renderRoute } from '../support/render-route'

const groupHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)

describe('agreements route /agreements', () => {
  it('shows a loading skeleton, then an error naming the file with a working Retry', async () => {
    const { release, fix } = stubGatedFetch(() => new Response('gone', { status: 503 }))
    renderRoute('/agreements')
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    release()
    // the first visit transforms the lazy route and Recharts, which is slow on a busy machine
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('Could not load facts.json')
    expect(alert).toHaveTextContent('HTTP status 503')
    fix()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Energy (1)' })).toBeInTheDocument()
  })

  it('says so when the dataset has no agreements', async () => {
    renderRoute('/agreements', { facts: makeFacts({ agreements: [] }) })
    expect(await screen.findByRole('heading', { name: 'No agreements found in the sources' })).toBeInTheDocument()
  })

  it('files the package under each sector it covers, counting records rather than inventing per-sector counts', async () => {
    renderRoute('/agreements', { facts: loadFacts() })
    await screen.findByRole('heading', { level: 2, name: 'Energy (1)' })
    expect(groupHeadings()).toEqual([
      'Energy (1)',
      'Transport (1)',
      'Digital (1)',
      'Industry (1)',
      'Health (1)',
      'Statistics (1)',
      'Culture (1)',
      'Diplomacy (1)',
    ])
    const energy = screen.getByRole('region', { name: 'Energy (1)' })
    expect(energy).toHaveTextContent('1 record covers Energy: a package of 15 agreements.')
    const card = within(energy).getByRole('article', { name: 'Package of 15 agreements' })
    expect(card).toHaveTextContent('Astana')
    expect(card).toHaveTextContent('Azerbaijan, Kazakhstan')
    expect(card).toHaveTextContent('Oct 21, 2025')
    expect(within(card).getByRole('blockquote')).toHaveAttribute('lang', 'tr')
    expect(within(card).getByRole('link', { name: 'Show in the article' })).toHaveAttribute(
      'href',
      '/sources/001_f252e9742af12d5d?fact=agr-001_f252e9742af12d5d-386',
    )
  })

  it('charts sector coverage with a table of records per sector', async () => {
    renderRoute('/agreements?tab=table', { facts: loadFacts() })
    const table = await screen.findByRole('table', { name: 'Agreements by sector coverage' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(8)
    expect(
      within(rows[7]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Diplomacy', '1', 'the document “Ortak Bildiri”'])
    expect(screen.getByRole('button', { name: 'Download “Agreements by sector coverage” as CSV' })).toBeEnabled()
  })

  it('shows only the sector in the URL, with the document title in its language', async () => {
    renderRoute('/agreements?sector=diplomacy', { facts: loadFacts() })
    await screen.findByRole('heading', { level: 2, name: 'Diplomacy (1)' })
    expect(groupHeadings()).toEqual(['Diplomacy (1)'])
    expect(screen.getByRole('heading', { level: 3, name: 'Ortak Bildiri' })).toHaveAttribute('lang', 'tr')
    expect(screen.getByRole('checkbox', { name: 'Diplomacy' })).toBeChecked()
  })

  it('writes a clicked sector filter to the URL, and Back undoes it', async () => {
    const { router } = renderRoute('/agreements', { facts: loadFacts() })
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Energy' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sector=energy'))
    await waitFor(() => expect(groupHeadings()).toEqual(['Energy (1)']))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Transport' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sector=energy~transport'))
    await waitFor(() => expect(groupHeadings()).toEqual(['Energy (1)', 'Transport (1)']))
    await router.navigate(-1)
    await waitFor(() => expect(groupHeadings()).toEqual(['Energy (1)']))
    await router.navigate(-1)
    await waitFor(() => expect(groupHeadings()).toHaveLength(8))
  })

  it('says which filters emptied the view and clears them on request', async () => {
    const { router } = renderRoute('/agreements?country=TM', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { name: 'No agreements match these filters' })).toBeInTheDocument()
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await screen.findByRole('heading', { level: 2, name: 'Diplomacy (1)' })).toBeInTheDocument()
  })

  it('ignores an unknown sector and tab with visible notices', async () => {
    renderRoute('/agreements?sector=space&tab=pie', { facts: loadFacts() })
    await screen.findByRole('heading', { level: 2, name: 'Energy (1)' })
    const notices = screen.getAllByRole('status', { name: 'Some link parameters were ignored' })
    const text = notices.map((notice) => notice.textContent).join(' ')
    expect(text).toContain('“space” is not a valid sector value')
    expect(text).toContain('“pie” is not a valid tab value')
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true')
  })
})
