import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createLazyI18n } from '../../src/lib/i18n/create-lazy-i18n'
import type { Agreement, FactsFile } from '../../src/schema/dataset'
import { loadFacts, makeFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

// The cards are memoised and read cached interface strings: a filter click or a language switch must still show
// the new cards, counts, links and labels, never a card drawn for the state before.

const fixture = loadFacts()
const [fixturePackage, fixtureDeclaration] = fixture.agreements as [Agreement, Agreement]

/** A package covering energy and a declaration covering trade, neither linked to an occasion. */
function twoSectorFacts(): FactsFile {
  return makeFacts({
    agreements: [
      { ...fixturePackage, id: 'package', sectors: ['energy'], occasionId: null },
      { ...fixtureDeclaration, id: 'declaration', docType: 'joint-declaration', sectors: ['trade'], occasionId: null },
    ],
  })
}

const cardHeadings = () =>
  screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent)

describe('agreements after a filter click or a language switch', () => {
  it('shows the new cards, count and source links on each click, and the old ones again on untick', async () => {
    renderRoute('/agreements', { facts: twoSectorFacts() })
    await screen.findByRole('heading', { level: 2, name: '2 documents or packages' })
    expect(cardHeadings()).toEqual(['Joint declaration', 'Package of 15 agreements'])

    await userEvent.click(screen.getByRole('checkbox', { name: 'Energy' }))
    expect(await screen.findByRole('heading', { level: 2, name: '1 document or package' })).toBeInTheDocument()
    expect(cardHeadings()).toEqual(['Package of 15 agreements'])
    // the card stayed on the page: its link into the article now keeps the filter
    const card = screen.getByRole('article', { name: 'Package of 15 agreements' })
    for (const link of within(card).getAllByRole('link', { name: 'Show in the article' }))
      expect(link.getAttribute('href')).toContain('sector=energy')

    await userEvent.click(screen.getByRole('checkbox', { name: 'Energy' }))
    expect(await screen.findByRole('heading', { level: 2, name: '2 documents or packages' })).toBeInTheDocument()
    expect(cardHeadings()).toEqual(['Joint declaration', 'Package of 15 agreements'])
    for (const link of within(screen.getByRole('article', { name: 'Package of 15 agreements' })).getAllByRole('link', {
      name: 'Show in the article',
    }))
      expect(link.getAttribute('href')).not.toContain('sector=')
  })

  it('redraws every card in the new language, its labels included', async () => {
    const i18n = await createLazyI18n('en')
    renderRoute('/agreements', { facts: twoSectorFacts(), i18n })
    const card = await screen.findByRole('article', { name: 'Joint declaration' })
    expect(card).toHaveTextContent('Signed at')
    expect(card).toHaveTextContent('The sources do not say at which occasion')

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'tr')
    const translated = await screen.findByRole('article', { name: 'Ortak bildiri' })
    await waitFor(() => expect(translated).toHaveTextContent('İmzalandığı etkinlik'))
    expect(translated).toHaveTextContent('Kaynaklar hangi etkinlikte imzalandığını söylemiyor')
    expect(translated).not.toHaveTextContent('Signed at')
    expect(within(translated).getAllByRole('link', { name: 'Makalede göster' }).length).toBeGreaterThan(0)
  })
})
