import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CorridorEvent, FactsFile } from '../../src/schema/dataset'
import { sortOccasions } from '../../src/schema/timeline-pages'
import { makeEvent, makeFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

// The monthly grid and the occasions' facts are memoised: a filter click must still redraw the grid's circles and
// the list for the new filter, and the old ones on untick, never the drawing of the state before.

/** 500 occasions in 2024: every fifth between Kazakhstan and Turkmenistan, the rest between Azerbaijan and Kazakhstan. */
function densePairs(): FactsFile {
  const events: CorridorEvent[] = Array.from({ length: 500 }, (_, index) =>
    makeEvent(`occasion-${String(index).padStart(3, '0')}`, {
      title: { en: `Meeting ${index}`, tr: `Toplantı ${index}`, az: `Görüş ${index}` },
      countries: index % 5 === 0 ? ['KZ', 'TM'] : ['AZ', 'KZ'],
      date: `2024-${String((index % 12) + 1).padStart(2, '0')}-10`,
    }),
  )
  return makeFacts({ events, agreements: [] })
}

const circleTitles = () => [...document.querySelectorAll('svg.monthly-bins circle title')].map((t) => t.textContent)
const listed = () =>
  within(screen.getByRole('region', { name: /events, in time order/ }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

// the first visit transforms the lazy route, and a grid of 500 occasions renders slowly on a busy machine
const SLOW = { timeout: 20_000 }

describe('dense timeline after a filter click', () => {
  it('redraws the grid and the list for the new filter, and for the old one on untick', async () => {
    const facts = densePairs()
    const order = sortOccasions(facts.events)
    renderRoute('/timeline', { facts })
    expect(
      await screen.findByRole('heading', { level: 2, name: '500 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    const everyPair = circleTitles()
    expect(everyPair.some((title) => title?.startsWith('Kazakhstan – Turkmenistan'))).toBe(true)
    expect(listed()).toEqual(order.slice(0, 50).map((event) => event.title.en))

    await userEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: '400 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    expect(circleTitles().length).toBeGreaterThan(0)
    expect(circleTitles().every((title) => title?.startsWith('Azerbaijan – Kazakhstan'))).toBe(true)
    const withAzerbaijan = order.filter((event) => event.countries.includes('AZ'))
    expect(listed()).toEqual(withAzerbaijan.slice(0, 50).map((event) => event.title.en))

    await userEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: '500 events, in time order' }, SLOW),
    ).toBeInTheDocument()
    expect(circleTitles()).toEqual(everyPair)
    expect(listed()).toEqual(order.slice(0, 50).map((event) => event.title.en))
  }, 60_000)
})
