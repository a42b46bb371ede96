import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { IsolatedList } from '../../src/components/ui/isolated-list'
import { withIsolatedValue } from '../../src/components/ui/isolated-value'
import { loadFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

// RIGHT-TO-LEFT OVERRIDE with no closing POP: unisolated, it would reverse everything after it on the line.
const RLO = '\u202E'

describe('bidirectional text from the data or the URL', () => {
  it('isolates article titles and outlets in the source list', async () => {
    const facts = loadFacts()
    const [first, ...rest] = facts.articles
    if (!first) throw new Error('the fixture has no article')
    const title = `${RLO}Evil title`
    const outlet = `Outlet ${RLO}gro`
    renderRoute('/sources', { facts: { ...facts, articles: [{ ...first, title, outlet }, ...rest] } })
    const link = await screen.findByRole('link', { name: title })
    expect(within(link).getByText(title).tagName).toBe('BDI')
    expect(screen.getByText(outlet).tagName).toBe('BDI')
  })

  it('isolates an ignored link value inside its notice sentence', async () => {
    renderRoute(`/sources?tab=${encodeURIComponent(`${RLO}x`)}&lang=en&lang=${encodeURIComponent(RLO)}`, {
      facts: loadFacts(),
    })
    const notice = await screen.findByRole('status', { name: 'Some link parameters were ignored' })
    const isolated = within(notice).getByText(RLO)
    expect(isolated.tagName).toBe('BDI')
    expect(isolated.parentElement).toHaveTextContent(`“${RLO}” is not a valid lang value, so it was ignored.`)
  })

  it('isolates the unknown path on the not-found page', async () => {
    renderRoute(`/no/${encodeURIComponent(RLO)}path`, { facts: loadFacts() })
    const path = await screen.findByText(`/no/${encodeURIComponent(RLO)}path`)
    expect(path.tagName).toBe('BDI')
  })
})

describe('withIsolatedValue(sentence, value)', () => {
  it.each([
    ['a value in the middle', (slot: string) => `“${slot}” was ignored`, ['“', 'x', '” was ignored']],
    ['a value at the start', (slot: string) => `${slot} was ignored`, ['', 'x', ' was ignored']],
    ['a value used twice', (slot: string) => `${slot} and ${slot}`, ['', 'x', ' and ', 'x', '']],
  ])('puts %s in a <bdi> and keeps the sentence text', (_name, sentence, pieces) => {
    const { container } = render(<p>{withIsolatedValue(sentence, 'x')}</p>)
    expect(container.textContent).toBe(pieces.join(''))
    expect(container.querySelectorAll('bdi')).toHaveLength(pieces.filter((piece) => piece === 'x').length)
  })
})

describe('IsolatedList({ items })', () => {
  it('joins names with commas, each in its own <bdi>', () => {
    const { container } = render(<p>{<IsolatedList items={['Aliyev', `${RLO}Tokayev`, 'Berdimuhamedov']} />}</p>)
    expect(container.textContent).toBe(`Aliyev, ${RLO}Tokayev, Berdimuhamedov`)
    expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'Aliyev',
      `${RLO}Tokayev`,
      'Berdimuhamedov',
    ])
  })
})
