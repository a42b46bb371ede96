import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SearchIndexBuilder, type SearchIndexLimits } from '../../src/pipeline/search/build-search-index'
import { articleSchema } from '../../src/schema/dataset'
import rawArticle from '../fixtures/articles/001_f252e9742af12d5d.json'
import { jsonResponse, loadFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

const ARTICLE = articleSchema.parse(rawArticle)

/** The search index of the fixture article, as the build writes it. */
function buildIndex(limits?: SearchIndexLimits, copies = 1): Map<string, string> {
  const builder = new SearchIndexBuilder(limits)
  builder.addArticle(ARTICLE)
  for (let copy = 1; copy < copies; copy++) builder.addArticle({ ...ARTICLE, id: `${ARTICLE.id}-copy-${copy}` })
  builder.addFacts(loadFacts())
  return builder.build()
}

/** Serves the index files and the article; `fail` makes every file answer 503 until it is set back. */
function serveIndex(state = { fail: false }, limits?: SearchIndexLimits, copies = 1) {
  const files = buildIndex(limits, copies)
  const fetchMock = vi.fn(async (url: string) => {
    const path = url.replace(/^\/data\//, '')
    if (state.fail) return new Response('down', { status: 503 })
    if (path === `articles/${ARTICLE.id}.json`) return jsonResponse(ARTICLE)
    const contents = files.get(path)
    return contents === undefined ? new Response('missing', { status: 404 }) : new Response(contents)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const sentenceWith = (word: string) => {
  const start = ARTICLE.text.lastIndexOf('\n', ARTICLE.text.indexOf(word)) + 1
  return { start, text: ARTICLE.text.slice(start, ARTICLE.text.indexOf('.', ARTICLE.text.indexOf(word)) + 1) }
}

describe('search route /search', () => {
  it('finds a word whatever its case and diacritics, grouped by type, each result linking to its view', async () => {
    serveIndex()
    renderRoute('/search?q=AZERBAYCAN', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search articles, figures, agreements and occasions' })).toHaveValue(
      'AZERBAYCAN',
    )
    const status = await screen.findByText(/results for “AZERBAYCAN”/)
    expect(status).toHaveAttribute('role', 'status')
    const articles = screen.getByRole('region', { name: /^Articles \(\d+\)$/ })
    const links = within(articles).getAllByRole('link')
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.getAttribute('href')).toMatch(new RegExp(`^/sources/${ARTICLE.id}`))
    expect(links.some((link) => /\?sentence=\d+-\d+$/.test(link.getAttribute('href') ?? ''))).toBe(true)
    // each article result says where it comes from: this article names no outlet
    for (const item of within(articles).getAllByRole('listitem'))
      expect(item).toHaveTextContent(/ · unnamed outlet, Oct 21, 2025/)
    // the matched words are marked in the snippet, in their own spelling
    const marks = within(articles).getAllByText((_, element) => element?.tagName === 'MARK')
    expect(marks.map((mark) => mark.textContent?.toLocaleLowerCase('tr'))).toContain('azerbaycan')
    const occasions = screen.queryByRole('region', { name: /^Occasions/ })
    if (occasions) {
      for (const link of within(occasions).getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^\/timeline\?event=/)
      }
    }
  })

  it('counts the results exactly while every word is under the index’s cap, and as a lower bound when one reaches it', async () => {
    serveIndex()
    renderRoute('/search?q=azerbaycan', { facts: loadFacts() })
    const exact = await screen.findByText(/results for “azerbaycan”/)
    expect(exact).toHaveTextContent(/^\d+ results for “azerbaycan”/)
    const total = Number(/^(\d+)/.exec(exact.textContent ?? '')?.[1])
    expect(total).toBeGreaterThan(2)
    cleanup()

    // an index that keeps two documents a term finds the word in two, and says there may be more
    serveIndex(undefined, { chunkSize: 32, shardPostings: 4000, termPostings: 2 })
    renderRoute('/search?q=azerbaycan', { facts: loadFacts() })
    const capped = await screen.findByText(/results for “azerbaycan”/)
    expect(capped).toHaveTextContent(/^At least 2 results for “azerbaycan”$/)
  })

  it('says how many of more results than it lists are shown, as a sentence of its own', async () => {
    serveIndex(undefined, undefined, 6)
    renderRoute('/search?q=azerbaycan', { facts: loadFacts() })
    const status = await screen.findByText(/results for “azerbaycan”/)
    expect(status).toHaveTextContent(/^\d+ results for “azerbaycan”\. The best 40 are shown\.$/)
  })

  it('writes what is typed to the URL after a pause, replacing the entry, and runs it', async () => {
    serveIndex()
    const { router } = renderRoute('/search', { facts: loadFacts() })
    expect(await screen.findByText('Type a word, or the start of one, to search.')).toBeInTheDocument()
    const box = screen.getByRole('searchbox', { name: 'Search articles, figures, agreements and occasions' })
    await userEvent.type(box, 'işbirliği')
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${encodeURIComponent('işbirliği')}`))
    expect(router.state.historyAction).toBe('REPLACE')
    expect(await screen.findByText(/results? for “işbirliği”/)).toBeInTheDocument()
    expect(box).toHaveValue('işbirliği')
  })

  it('says there are no results for a word the index does not hold', async () => {
    serveIndex()
    renderRoute('/search?q=zzqx', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { name: 'No results for “zzqx”' })).toBeInTheDocument()
  })

  it('shows an error naming the file with a working Retry when the index cannot be read', async () => {
    const state = { fail: true }
    serveIndex(state)
    renderRoute('/search?q=Kazakistan', { facts: loadFacts() })
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('search/manifest.json')
    state.fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText(/results? for “Kazakistan”/)).toBeInTheDocument()
  })

  it('is reached from the header’s search box, keyboard only', async () => {
    serveIndex()
    const { router } = renderRoute('/sources', { facts: loadFacts() })
    const box = await screen.findByRole('searchbox', { name: 'Search the articles and facts' })
    await userEvent.type(box, 'Tokayev{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(router.state.location.search).toBe('?q=Tokayev')
    expect(await screen.findByText(/results? for “Tokayev”/)).toBeInTheDocument()
    // the page has its own box, so the header's is gone
    expect(screen.queryByRole('searchbox', { name: 'Search the articles and facts' })).not.toBeInTheDocument()
  })
})

describe('the reader at /sources/:articleId?sentence=', () => {
  it('marks the sentence a search result points to and gives it focus', async () => {
    serveIndex()
    const sentence = sentenceWith('işbirliği')
    const end = sentence.start + sentence.text.length
    renderRoute(`/sources/${ARTICLE.id}?sentence=${sentence.start}-${end}`, { facts: loadFacts() })
    const marked = await screen.findByTitle('The sentence the search found')
    expect(marked.tagName).toBe('MARK')
    await waitFor(() => expect(marked).toHaveFocus())
    const all = document.querySelectorAll('.highlight--sentence')
    expect([...all].map((element) => element.textContent).join('')).toBe(sentence.text)
  })

  it('reports a sentence past the end of the article and marks nothing', async () => {
    serveIndex()
    renderRoute(`/sources/${ARTICLE.id}?sentence=900000-900010`, { facts: loadFacts() })
    const notice = await screen.findByRole('status', { name: 'Some link parameters were ignored' })
    expect(notice).toHaveTextContent('900000-900010')
    expect(document.querySelector('.highlight--sentence')).toBeNull()
  })
})
