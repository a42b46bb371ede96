import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Agreement, FactsFile } from '../../src/schema/dataset'
import { loadFacts, makeEvent, makeFacts, stubGatedFetch } from '../support/builders'
import { renderRoute, tableCells } from '../support/render-route'

const fixture = loadFacts()
const [fixturePackage, fixtureDeclaration] = fixture.agreements as [Agreement, Agreement]
const VISIT = makeEvent('state-visit-2025-10-21', { agreementIds: ['package', 'declaration', 'roadmap'] })

/** A multi-sector package, a joint declaration and a roadmap with years, all signed at one state visit. */
function occasionFacts(): FactsFile {
  return makeFacts({
    events: [VISIT],
    agreements: [
      { ...fixturePackage, id: 'package', sectors: ['energy', 'transport', 'digital'], occasionId: VISIT.id },
      { ...fixtureDeclaration, id: 'declaration', docType: 'joint-declaration', occasionId: VISIT.id },
      {
        ...fixtureDeclaration,
        id: 'roadmap',
        title: 'Yol Haritası 2026-2027',
        docType: 'roadmap',
        years: '2026–2027',
        sectors: ['transport', 'trade'],
        occasionId: VISIT.id,
      },
    ],
  })
}

const entryHeadings = () =>
  screen.getAllByRole('article').map((entry) => within(entry).getByRole('heading', { level: 3 }).textContent)
const chips = (entry: HTMLElement) =>
  within(within(entry).getByRole('list', { name: 'Sectors' }))
    .getAllByRole('listitem')
    .map((chip) => chip.textContent)

describe('agreements route /agreements', () => {
  it('shows a loading skeleton, then an error naming the file with a working Retry', async () => {
    const { release, fix } = stubGatedFetch(() => new Response('gone', { status: 503 }))
    renderRoute('/agreements')
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    release()
    // the first visit transforms the lazy route and Recharts, which is slow on a busy machine
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('Could not load views/agreements.json')
    expect(alert).toHaveTextContent('HTTP status 503')
    fix()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 2, name: '2 documents or packages' })).toBeInTheDocument()
  })

  it('says so when the dataset has no agreements', async () => {
    renderRoute('/agreements', { facts: makeFacts({ agreements: [] }) })
    expect(await screen.findByRole('heading', { name: 'No agreements found in the sources' })).toBeInTheDocument()
  })

  it('lists each document once, never per sector, with its sector chips', async () => {
    renderRoute('/agreements', { facts: occasionFacts() })
    await screen.findByRole('heading', { level: 2, name: '3 documents or packages' })
    // same day: by id
    expect(entryHeadings()).toEqual(['Joint declaration', 'Package of 15 agreements', 'Roadmap 2026–2027'])
    expect(screen.getAllByRole('article')).toHaveLength(3)
    expect(chips(screen.getByRole('article', { name: 'Package of 15 agreements' }))).toEqual([
      'Energy',
      'Transport',
      'Digital',
    ])
    expect(chips(screen.getByRole('article', { name: 'Roadmap 2026–2027' }))).toEqual(['Transport', 'Trade'])
  })

  it('shows the generated type label in the interface language beside the title the source gives, in its language', async () => {
    renderRoute('/agreements?lang=tr', { facts: occasionFacts() })
    const entry = await screen.findByRole('article', { name: 'Ortak bildiri' })
    const original = entry.querySelector('.agreement-card__original')
    expect(original).toHaveTextContent('Kaynaktaki başlık: Ortak Bildiri')
    expect(original?.querySelector('bdi')).toHaveAttribute('lang', 'tr')
    expect(screen.getByRole('article', { name: 'Yol haritası 2026–2027' })).toHaveTextContent('Yol Haritası 2026-2027')
  })

  it('links each entry to its occasion on the timeline by the occasion’s generated title', async () => {
    renderRoute('/agreements', { facts: occasionFacts() })
    const entry = await screen.findByRole('article', { name: 'Joint declaration' })
    expect(within(entry).getByRole('link', { name: "Aliyev's state visit to Kazakhstan" })).toHaveAttribute(
      'href',
      '/timeline?event=state-visit-2025-10-21',
    )
    const unlinked = makeFacts({ agreements: [{ ...fixtureDeclaration, occasionId: null }] })
    renderRoute('/agreements', { facts: unlinked })
    expect(await screen.findByText('The sources do not say at which occasion')).toBeInTheDocument()
  })

  it('counts distinct documents per sector in the chart table', async () => {
    renderRoute('/agreements?tab=table', { facts: occasionFacts() })
    const table = await screen.findByRole('table', { name: 'Agreements by sector coverage' })
    const rows = tableCells(table, 2)
    expect(rows).toEqual([
      ['Trade', '1'],
      ['Energy', '1'],
      ['Transport', '2'],
      ['Digital', '1'],
      ['Diplomacy', '1'],
    ])
    expect(within(table).getByRole('columnheader', { name: 'Documents covering it' })).toBeInTheDocument()
  })

  it('filters to the documents that cover any selected sector, each once', async () => {
    renderRoute('/agreements?sector=transport~digital', { facts: occasionFacts() })
    await screen.findByRole('heading', { level: 2, name: '2 documents or packages' })
    expect(entryHeadings()).toEqual(['Package of 15 agreements', 'Roadmap 2026–2027'])
    expect(screen.getByRole('checkbox', { name: 'Transport' })).toBeChecked()
  })

  it('writes a clicked sector filter to the URL, and Back undoes it', async () => {
    const { router } = renderRoute('/agreements', { facts: occasionFacts() })
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Energy' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sector=energy'))
    await waitFor(() => expect(entryHeadings()).toEqual(['Package of 15 agreements']))
    await router.navigate(-1)
    await waitFor(() => expect(entryHeadings()).toHaveLength(3))
  })

  it('highlights and focuses the entry ?agreement= points to', async () => {
    renderRoute('/agreements?agreement=roadmap#roadmap', { facts: occasionFacts() })
    const entry = await screen.findByRole('article', { name: 'Roadmap 2026–2027' })
    expect(entry).toHaveAttribute('id', 'roadmap')
    expect(entry).toHaveAttribute('aria-current', 'true')
    expect(entry).toHaveTextContent('The document the link points to')
    await waitFor(() => expect(entry).toHaveFocus())
    expect(screen.getByRole('article', { name: 'Joint declaration' })).not.toHaveAttribute('aria-current')
  })

  it('ignores an unknown agreement, sector and tab with visible notices', async () => {
    renderRoute('/agreements?agreement=nope&sector=space&tab=pie', { facts: occasionFacts() })
    await screen.findByRole('heading', { level: 2, name: '3 documents or packages' })
    const text = screen
      .getAllByRole('status', { name: 'Some link parameters were ignored' })
      .map((notice) => notice.textContent)
      .join(' ')
    expect(text).toContain('“nope” is not a valid agreement value')
    expect(text).toContain('“space” is not a valid sector value')
    expect(text).toContain('“pie” is not a valid tab value')
    expect(screen.queryByText('The document the link points to')).toBeNull()
  })

  it('says which filters emptied the view and clears them on request', async () => {
    const { router } = renderRoute('/agreements?country=TM', { facts: occasionFacts() })
    expect(await screen.findByRole('heading', { name: 'No agreements match these filters' })).toBeInTheDocument()
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await screen.findByRole('heading', { level: 2, name: '3 documents or packages' })).toBeInTheDocument()
  })
})
