import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadFacts, makeFacts, makeSourceRef } from '../support/builders'
import { renderRoute } from '../support/render-route'

const fixture = loadFacts()
const [first, ...others] = fixture.agreements
const [article] = fixture.articles
// one document told by three sentences: the card shows the first and keeps two in a closed list
const several = {
  ...first!,
  sources: [
    first!.sources[0]!,
    makeSourceRef({ articleId: article!.id, start: 10, quote: 'Taraflar yol haritasını imzaladı.' }),
    makeSourceRef({ articleId: article!.id, start: 60, quote: 'The parties signed the roadmap.' }),
  ],
}
const facts = makeFacts({ agreements: [several, ...others] })

describe('an agreement with several sources, drawn after the page went live', () => {
  it('draws its further quotes when their list is opened, each verbatim', async () => {
    renderRoute('/agreements', { facts })
    const more = await screen.findByText(`${several.sources.length - 1} more sources`)
    const details = more.closest('details')!
    // closed and never opened: nothing drawn in it (a client render draws them on demand)
    expect(details.open).toBe(false)
    expect(details.querySelectorAll('blockquote')).toHaveLength(0)
    await userEvent.click(more)
    await waitFor(() => expect(details.querySelectorAll('blockquote')).toHaveLength(several.sources.length - 1))
    const quotes = [...details.querySelectorAll('blockquote')].map((quote) => quote.textContent)
    expect(quotes).toEqual(several.sources.slice(1).map((source) => source.quote))
    const links = within(details).getAllByRole('link', { hidden: true })
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      several.sources.slice(1).map((source) => `/sources/${source.articleId}?fact=${several.id}`),
    )
  })
})
