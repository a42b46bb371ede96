import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CorridorEvent } from '../../src/schema/dataset'
import { jsonResponse, loadFacts, makeEvent, makeFacts, makeSourceRef, stubGatedFetch } from '../support/builders'
import { render } from '@testing-library/react'
import { TimelineMark } from '../../src/features/timeline/components/timeline-mark'
import { toTimeline } from '../../src/features/timeline/lib/to-timeline'
import { renderRoute, rowCells } from '../support/render-route'

const SUMMIT = 'evt-004_a6dd264eb69775f1-196'
const WELCOME = 'evt-000_3847a3f1d1404b4c-368'

const UNDATED: CorridorEvent = makeEvent('evt-undated', {
  kind: 'visit',
  title: {
    en: "Aliyev's visit to Uzbekistan",
    tr: "Aliyev'in Özbekistan'a ziyareti",
    az: 'Əliyevin Özbəkistana səfəri',
  },
  date: null,
  dateBasis: null,
  place: 'Tashkent',
  countries: ['AZ', 'UZ'],
  host: 'UZ',
  participants: [{ name: 'Ilham Aliyev', role: 'head-of-state', country: 'AZ' }],
  sources: [makeSourceRef({ articleId: '002_55df3fa7821e66eb', quote: 'Prezident rəsmi səfərdə olub.' })],
})

const tableRows = async () => {
  const table = await screen.findByRole('table', { name: 'Events over time' })
  return within(table).getAllByRole('row').slice(1)
}

describe('timeline route /timeline', () => {
  it('shows a loading skeleton, then an error naming the file with a working Retry', async () => {
    const { release, fix } = stubGatedFetch(() => jsonResponse({ schemaVersion: 2 }))
    renderRoute('/timeline?tab=table')
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    release()
    // the first visit transforms the lazy route and Recharts, which is slow on a busy machine
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('Could not load views/timeline.json')
    expect(alert).toHaveTextContent('The data does not have the expected shape')
    fix()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await tableRows()).toHaveLength(3)
  })

  it('says so when the dataset has no events', async () => {
    renderRoute('/timeline', { facts: makeFacts({ events: [] }) })
    expect(await screen.findByRole('heading', { name: 'No events found in the sources' })).toBeInTheDocument()
  })

  it('lists dated events in time order in the table, saying where each date comes from', async () => {
    renderRoute('/timeline?tab=table', { facts: loadFacts() })
    const rows = await tableRows()
    expect(rowCells(rows, 2)).toEqual([
      ['Oct 21, 2025', "Aliyev's state visit to Kazakhstan"],
      ['Oct 21, 2025', '2nd meeting of the Azerbaijan–Kazakhstan Supreme Interstate Council'],
      ['Dec 15, 2025', "Round table at Kazakhstan's embassy in Baku"],
    ])
    expect(rows[0]).toHaveTextContent('the article’s publication date')
    expect(rows[1]).toHaveTextContent('stated in the text')
    expect(rows[0]).toHaveTextContent('Azerbaijan – Kazakhstan')
  })

  it('opens the event in ?event= with its generated title, status, participants with roles and sources', async () => {
    renderRoute(`/timeline?event=${SUMMIT}`, { facts: loadFacts() })
    const title = '2nd meeting of the Azerbaijan–Kazakhstan Supreme Interstate Council'
    const details = await screen.findByRole('region', { name: title })
    const heading = within(details).getByRole('heading', { level: 2 })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(details).toHaveTextContent('Commission or council session')
    expect(details).toHaveTextContent('StatusTook place')
    expect(details).toHaveTextContent('Oct 21, 2025 (stated in the text)')
    expect(details).toHaveTextContent('İlham Əliyev (head of state), Kasım-Jomart Tokayev (head of state)')
    expect(within(details).getByRole('blockquote')).toHaveTextContent('2025-ci il oktyabrın 21-də')
    expect(within(details).getByRole('link', { name: 'Close the details' })).toHaveAttribute('href', '/timeline')
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('Azerbaijan – Kazakhstan')
  })

  it.each([
    ['en', "Round table at Kazakhstan's embassy in Baku", 'Round table'],
    ['tr', "Kazakistan'ın Bakü Büyükelçiliğinde yuvarlak masa toplantısı", 'Yuvarlak masa'],
    ['az', 'Qazaxıstanın Bakıdakı səfirliyində dəyirmi masa', 'Dəyirmi masa'],
  ])('titles the selected occasion in the interface language (%s), never with a quote', async (lang, title, kind) => {
    const roundTable = loadFacts().events.find((e) => e.kind === 'round-table')!
    renderRoute(`/timeline?event=${roundTable.id}&lang=${lang}`, { facts: loadFacts() })
    const heading = await screen.findByRole('heading', { level: 2, name: title })
    expect(heading.closest('section')).toHaveTextContent(kind)
  })

  it('draws a planned occasion and lists its parts and the documents signed at it', async () => {
    const visit = makeEvent('evt-parts', {
      status: 'planned',
      agreementIds: [loadFacts().agreements[0]!.id],
      parts: [
        { kind: 'welcome', sources: [makeSourceRef({ quote: 'Resmi törenle karşılandı.' })] },
        { kind: 'signing', sources: [makeSourceRef({ quote: 'İmza töreni düzenlendi.' })] },
      ],
    })
    renderRoute('/timeline?event=evt-parts', { facts: makeFacts({ events: [visit] }) })
    const details = await screen.findByRole('region', { name: "Aliyev's state visit to Kazakhstan" })
    expect(details).toHaveTextContent('StatusPlanned')
    const parts = within(details).getByRole('heading', { name: 'Parts of the occasion, in order' }).nextElementSibling
    expect(parts?.textContent).toMatch(/^Official welcome.*Signing ceremony/)
    const documents = within(details).getByRole('heading', { name: 'Documents signed' }).nextElementSibling
    expect(within(documents as HTMLElement).getAllByRole('link')).toHaveLength(1)
  })

  it('selects an event from the table with the keyboard and writes ?event=', async () => {
    const { router } = renderRoute('/timeline?tab=table', { facts: loadFacts() })
    const rows = await tableRows()
    within(rows[0]!).getByRole('link', { name: "Aliyev's state visit to Kazakhstan" }).focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe(`?tab=table&event=${WELCOME}`))
    const details = await screen.findByRole('region', { name: "Aliyev's state visit to Kazakhstan" })
    expect(details).toHaveTextContent('Oct 21, 2025 (the article’s publication date)')
  })

  it('lists undated events apart with what is known', async () => {
    renderRoute('/timeline?tab=table', { facts: makeFacts({ events: [...loadFacts().events, UNDATED] }) })
    const section = await screen.findByRole('region', { name: '1 event without a date' })
    expect(section).toHaveTextContent('Tashkent')
    expect(section).toHaveTextContent('Azerbaijan – Uzbekistan')
    expect(section).toHaveTextContent('Ilham Aliyev (head of state)')
    expect(within(section).getByRole('link', { name: "Aliyev's visit to Uzbekistan" })).toHaveAttribute(
      'href',
      '/timeline?tab=table&event=evt-undated',
    )
    expect(await tableRows()).toHaveLength(3)
  })

  it('filters by years from the URL and by a chosen year, keeping other parameters', async () => {
    const { router } = renderRoute('/timeline?tab=table&from=2026', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { name: 'No events match these filters' })).toBeInTheDocument()
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    await waitFor(() => expect(router.state.location.search).toBe('?tab=table'))
    expect(await tableRows()).toHaveLength(3)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2025')
    await waitFor(() => expect(router.state.location.search).toBe('?tab=table&to=2025'))
  })

  it('filters by country through the shared URL state', async () => {
    const { router } = renderRoute('/timeline?tab=table', {
      facts: makeFacts({ events: [...loadFacts().events, { ...UNDATED, date: '2024-06-01' }] }),
    })
    expect(await tableRows()).toHaveLength(4)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Uzbekistan' }))
    await waitFor(() => expect(router.state.location.search).toBe('?tab=table&country=UZ'))
    await waitFor(async () => expect(await tableRows()).toHaveLength(1))
  })

  it('shows notices for an unknown event and a malformed year, and still draws the view', async () => {
    renderRoute('/timeline?event=nope&from=soon&tab=table', { facts: loadFacts() })
    const notice = await screen.findByRole('status', { name: 'Some link parameters were ignored' })
    expect(notice).toHaveTextContent('“nope” is not a valid event value')
    expect(notice).toHaveTextContent('“soon” is not a valid from value')
    expect(await tableRows()).toHaveLength(3)
  })

  it('says planned or took place in the table, and explains hollow and filled marks in the legend', async () => {
    const planned = makeEvent('evt-planned', { status: 'planned', date: '2026-03-10' })
    renderRoute('/timeline?tab=table', { facts: makeFacts({ events: [makeEvent('evt-done'), planned] }) })
    const rows = await tableRows()
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Took place'),
      expect.stringContaining('Planned'),
    ])
    await userEvent.click(screen.getByRole('tab', { name: 'Chart' }))
    const legend = await screen.findByRole('list', { name: 'Legend' })
    expect(within(legend).getByText('Planned (hollow mark)')).toBeInTheDocument()
    expect(legend.querySelector('.chart-legend__swatch--hollow')).not.toBeNull()
    expect(within(legend).getByText('Took place (filled mark)')).toBeInTheDocument()
  })
})

describe('TimelineMark', () => {
  const [happened, planned] = toTimeline([
    makeEvent('evt-done'),
    makeEvent('evt-planned', { status: 'planned', date: '2026-03-10' }),
  ]).points as [
    NonNullable<ReturnType<typeof toTimeline>['points'][number]>,
    ReturnType<typeof toTimeline>['points'][number],
  ]

  const renderMark = (point: typeof happened, onSelect = () => {}) =>
    render(
      <svg>
        <TimelineMark
          point={point}
          cx={100}
          cy={50}
          label={point.event.title.en}
          ariaLabel="mark"
          colorVar="--timeline-lane-0"
          selected={false}
          onSelect={onSelect}
        />
      </svg>,
    )

  it('draws a planned occasion hollow (outlined in its lane colour, no fill of its own) and a held one filled', () => {
    const { container, unmount } = renderMark(planned!)
    const dot = container.querySelector('.timeline-point__dot') as SVGCircleElement
    expect(container.querySelector('.timeline-point--planned')).not.toBeNull()
    expect(dot.style.fill).toBe('')
    expect(dot.style.stroke).toBe('var(--timeline-lane-0)')
    unmount()
    const filled = renderMark(happened).container.querySelector('.timeline-point__dot') as SVGCircleElement
    expect(filled.style.fill).toBe('var(--timeline-lane-0)')
    expect(filled.closest('.timeline-point--planned')).toBeNull()
  })

  it('labels the mark with the occasion’s generated title and gives it a 24 px hit area', () => {
    const { container } = renderMark(happened)
    expect(container.querySelector('.timeline-point__label')).toHaveTextContent("Aliyev's state visit to Kazakhstan")
    expect(container.querySelector('.timeline-point__hit')).toHaveAttribute('r', '12')
  })

  it('selects on Enter', async () => {
    const selected: string[] = []
    renderMark(happened, () => selected.push('evt-done'))
    screen.getByRole('button', { name: 'mark' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(selected).toEqual(['evt-done'])
  })
})
