import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DRAWN_CHART_SVG } from '../../src/components/ui/chart-island'
import { sortOccasions } from '../../src/schema/timeline-pages'
import { denseFacts } from '../support/long-lists'
import { renderRoute, tableCells } from '../support/render-route'

const listed = () =>
  within(screen.getByRole('region', { name: /events, in time order/ }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

// the first visit transforms the lazy route, which is slow on a busy machine
const SLOW = { timeout: 10_000 }

/** The centres of the grid's circles, read from the path each lane draws them in (`M left y a r r …` per circle). */
const circleCentres = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('path.monthly-bins__marks')].flatMap((path) =>
    [...(path.getAttribute('d') ?? '').matchAll(/M([\d.-]+) ([\d.-]+)a([\d.]+)/g)].map((circle) => ({
      x: Number(circle[1]) + Number(circle[3]),
      y: Number(circle[2]),
    })),
  )

/** What the grid's tooltip says with the pointer on each circle in turn (one title follows the pointer). */
const circleTitles = () => {
  const svg = document.querySelector<SVGSVGElement>('svg.monthly-bins')!
  return circleCentres(svg).map((centre) => pointAt(svg, centre.x, centre.y))
}

/** Moves the pointer to a point of the grid's drawing (jsdom lays nothing out: a pixel is a unit) and reads its tooltip. */
const pointAt = (svg: SVGSVGElement, x: string | number | null, y: string | number | null) => {
  fireEvent.mouseMove(svg, { clientX: Number(x), clientY: Number(y) })
  return svg.querySelector('.monthly-bins__cells > title')?.textContent
}

describe('timeline route /timeline with more occasions than a chart can label', () => {
  const facts = denseFacts()
  const order = sortOccasions(facts.events).map((event) => event.title.en)

  it('draws monthly counts per pair of countries and lists the occasions a page at a time', async () => {
    renderRoute('/timeline?page=2', { facts })
    expect(
      await screen.findByText(/each circle counts the events of one pair of countries/, {}, SLOW),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '400 events, in time order' })).toBeInTheDocument()
    expect(listed()).toEqual(order.slice(25, 50))
    // the grid is what the build keeps for the baked page: its box must hold a drawing the build recognises
    const box = document.querySelector('[data-chart-island]')
    expect(circleCentres(box!.querySelector<SVGSVGElement>(DRAWN_CHART_SVG)!).length).toBeGreaterThan(0)
  })

  it('names the count of the cell under the pointer, and the chart itself outside the cells', async () => {
    renderRoute('/timeline', { facts })
    await screen.findByText(/each circle counts the events of one pair of countries/, {}, SLOW)
    const svg = document.querySelector<SVGSVGElement>('svg.monthly-bins')!
    // every fourth occasion is Kazakhstan–Turkmenistan's, the rest Azerbaijan–Kazakhstan's, one month in twelve each:
    // January has 34 (all Kazakhstan–Turkmenistan's), February 34 (all Azerbaijan–Kazakhstan's)
    const titles = circleTitles()
    expect(titles).toContain('Kazakhstan – Turkmenistan, Jan 2024: 34 events')
    expect(titles).toContain('Azerbaijan – Kazakhstan, Feb 2024: 34 events')
    // anywhere in a circle's cell names it, not only its centre
    const first = circleCentres(svg)[0]!
    expect(pointAt(svg, first.x + 2, first.y - 2)).toBe(titles[0])
    expect(pointAt(svg, 2, 2)).toBe('Events over time')
  })

  it('names two pairs in the legend, and leaves eight out of it, their colours repeating (the axis names each)', async () => {
    const { unmount } = renderRoute('/timeline', { facts })
    const legend = await screen.findByRole('list', { name: 'Legend' }, SLOW)
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Azerbaijan – Kazakhstan', 'Kazakhstan – Turkmenistan'])
    unmount()
    const partners = ['AZ', 'CN', 'GE', 'TM', 'TR', 'UZ', 'RU', 'IR']
    const manyPairs = {
      ...facts,
      events: facts.events.map((event, index) => ({ ...event, countries: ['KZ', partners[index % partners.length]!] })),
    }
    renderRoute('/timeline', { facts: manyPairs })
    await screen.findByText(/each circle counts the events of one pair of countries/, {}, SLOW)
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull()
  })

  it('gives the same counts as a table: one row per month and pair', async () => {
    renderRoute('/timeline?tab=table', { facts })
    const table = await screen.findByRole('table', { name: 'Events over time' }, SLOW)
    const rows = tableCells(table, 3)
    // every twelfth occasion falls in January, and all of those are Kazakhstan–Turkmenistan's (every fourth)
    expect(rows[0]).toEqual(['Jan 2024', 'Kazakhstan – Turkmenistan', '34'])
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(400)
  })

  it('draws each occasion once a filter leaves few enough', async () => {
    renderRoute('/timeline?country=TM&tab=table', { facts })
    const table = await screen.findByRole('table', { name: 'Events over time' }, SLOW)
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(100)
    expect(screen.queryByText(/each circle counts/)).toBeNull()
  })

  it('shows an occasion a link selects even when it sits on another page', async () => {
    const last = sortOccasions(facts.events).at(-1)!
    renderRoute(`/timeline?event=${last.id}`, { facts })
    await waitFor(
      () => expect(screen.getByRole('heading', { level: 2, name: last.title.en })).toBeInTheDocument(),
      SLOW,
    )
    expect(screen.queryByText(/is not a valid event value/)).toBeNull()
    // the tab's title names it too, from the same page of the timeline
    await waitFor(() => expect(document.title).toContain(last.title.en), SLOW)
  })

  // the grid and the occasions' facts are memoised: a click must still draw the new filter's, and the old on untick
  it('redraws the grid and the list for the new filter, and for the old one on untick', async () => {
    const facts = denseFacts(500, 5)
    const order = sortOccasions(facts.events)
    renderRoute('/timeline', { facts })
    expect(
      await screen.findByRole('heading', { level: 2, name: '500 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    const everyPair = circleTitles()
    expect(everyPair.some((title) => title?.startsWith('Kazakhstan – Turkmenistan'))).toBe(true)
    expect(listed()).toEqual(order.slice(0, 25).map((event) => event.title.en))

    await userEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: '400 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    expect(circleTitles().length).toBeGreaterThan(0)
    expect(circleTitles().every((title) => title?.startsWith('Azerbaijan – Kazakhstan'))).toBe(true)
    const withAzerbaijan = order.filter((event) => event.countries.includes('AZ'))
    expect(listed()).toEqual(withAzerbaijan.slice(0, 25).map((event) => event.title.en))

    await userEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: '500 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    expect(circleTitles()).toEqual(everyPair)
    expect(listed()).toEqual(order.slice(0, 25).map((event) => event.title.en))
  }, 60_000)
})
