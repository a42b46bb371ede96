import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { articleSchema, type Article } from '../../src/schema/dataset'
import rawArticle from '../fixtures/articles/001_f252e9742af12d5d.json'
import { jsonResponse, loadFacts, makeFacts, makeFigure, makeSourceRef, serveData } from '../support/builders'
import { renderRoute } from '../support/render-route'

const ARTICLE_ID = '001_f252e9742af12d5d'
const ARTICLE = articleSchema.parse(rawArticle)

/** Serves the one article fixture; any other data file is missing. */
function serveArticle(article: Article = ARTICLE) {
  const fetchMock = vi.fn(async (url: string) =>
    url.endsWith(`articles/${article.id}.json`) ? jsonResponse(article) : new Response('missing', { status: 404 }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('sources route /sources', () => {
  it('lists the articles with outlet, date, language and how many facts cite each', async () => {
    renderRoute('/sources', { facts: loadFacts() })
    const items = within(await screen.findByRole('list', { name: 'Sources' })).getAllByRole('listitem')
    expect(items).toHaveLength(4)
    const link = screen.getByRole('link', {
      name: 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi',
    })
    expect(link).toHaveAttribute('href', `/sources/${ARTICLE_ID}`)
    expect(link.closest('h3')).toHaveAttribute('lang', 'tr')
    const item = link.closest('li')
    expect(item).toHaveTextContent('unnamed outlet · Oct 21, 2025 · Turkish · 9 facts')
    expect(items[0]).toHaveTextContent('Report · Dec 15, 2025 · Azerbaijani · 1 fact')
  })

  it('says so when the dataset has no articles', async () => {
    renderRoute('/sources', { facts: makeFacts({ articles: [] }) })
    expect(await screen.findByRole('heading', { name: 'No articles in the dataset' })).toBeInTheDocument()
  })

  it('shows a loading skeleton for the article, then an error naming its file with a working Retry', async () => {
    let fixed = false
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => (fixed ? jsonResponse(ARTICLE) : new Response('missing', { status: 404 }))),
    )
    renderRoute(`/sources/${ARTICLE_ID}`, { facts: loadFacts() })
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument()
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent(`Could not load articles/${ARTICLE_ID}.json`)
    expect(alert).toHaveTextContent('HTTP status 404')
    fixed = true
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('link', { name: '1 milyar dolara' })).toBeInTheDocument()
  })

  it('shows the cleaned text in its language with every fact highlighted and linked to where it is shown', async () => {
    const fetchMock = serveArticle()
    renderRoute(`/sources/${ARTICLE_ID}`, { facts: loadFacts() })
    const money = await screen.findByRole('link', { name: '1 milyar dolara' })
    expect(money).toHaveAttribute('href', '/targets/trade-turnover')
    const text = money.closest('[lang]')
    expect(text).toHaveAttribute('lang', 'tr')
    expect(text?.textContent).toBe(ARTICLE.text)
    expect(screen.getByRole('link', { name: '15 işbirliği anlaşması' })).toHaveAttribute('href', '/agreements')
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'tr')
    expect(screen.getByRole('heading', { name: '9 facts read from this article' })).toBeInTheDocument()
    // the reader fetches this article only, never the others or the whole dataset
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([`/data/articles/${ARTICLE_ID}.json`])
  })

  it('scrolls to and focuses the fact in ?fact=, even when another fact marks the same words', async () => {
    serveArticle()
    renderRoute(`/sources/${ARTICLE_ID}?fact=fig-001_f252e9742af12d5d-1710-previous`, { facts: loadFacts() })
    const freight = await screen.findByRole('link', { name: '4,5 milyon tona' })
    await waitFor(() => expect(freight).toHaveFocus())
    expect(freight).toHaveAttribute('href', '/targets/trans-caspian-freight')
  })

  it('moves to a fact chosen from the facts list and writes ?fact=', async () => {
    serveArticle()
    const { router } = renderRoute(`/sources/${ARTICLE_ID}`, { facts: loadFacts() })
    await userEvent.click(await screen.findByRole('link', { name: 'show in the text: Agreement: Ortak Bildiri' }))
    await waitFor(() => expect(router.state.location.search).toBe('?fact=agr-001_f252e9742af12d5d-737'))
    await waitFor(() => expect(screen.getByRole('link', { name: 'Ortak Bildiri' })).toHaveFocus())
  })

  it('links an event highlight to the timeline with the event selected', async () => {
    const article: Article = {
      ...ARTICLE,
      id: '002_55df3fa7821e66eb',
      lang: 'az',
      text: 'Qazaxıstanın Bakıdakı səfirliyində iki ölkə arasında münasibətlərin mövcud vəziyyətinə və perspektivlərinə həsr olunmuş dəyirmi masa iclası keçirilib.',
    }
    serveArticle(article)
    renderRoute('/sources/002_55df3fa7821e66eb', { facts: loadFacts() })
    const link = await screen.findByRole('link', { name: 'dəyirmi masa iclası' })
    expect(link).toHaveAttribute('href', '/timeline?event=evt-002_55df3fa7821e66eb-120')
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'az')
  })

  it('refuses a source whose span runs past the article, naming where it is, instead of clipping its highlight', async () => {
    serveArticle()
    const facts = loadFacts()
    const past = ARTICLE.text.length + 10
    const quote = 'x'.repeat(20)
    const broken = makeFigure({ sources: [makeSourceRef({ articleId: ARTICLE_ID, start: past, quote })] })
    renderRoute(`/sources/${ARTICLE_ID}`, { facts: { ...facts, figures: [...facts.figures, broken] } })
    // the reader file keeps the build's order: the broken figure comes after the figures that cite the article
    const readerFigures = facts.figures.filter((figure) =>
      figure.sources.some((source) => source.articleId === ARTICLE_ID),
    ).length
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Could not load articles/${ARTICLE_ID}.json`)
    expect(alert).toHaveTextContent(
      `views/reader/${ARTICLE_ID}.json figures.${readerFigures}.sources.0”: span ${past}–${past + 20} runs past the end of article ${ARTICLE_ID} (${ARTICLE.text.length} characters)`,
    )
    expect(screen.queryByRole('link', { name: '1 milyar dolara' })).not.toBeInTheDocument()
  })

  it('shows what cleaning removed, collapsed', async () => {
    serveArticle({ ...ARTICLE, removed: [{ reason: 'news-feed list', text: 'Son dakika haberleri' }] })
    renderRoute(`/sources/${ARTICLE_ID}`, { facts: loadFacts() })
    const summary = await screen.findByText('Removed from the source: news-feed list (1 passage)')
    const details = summary.closest('details')
    expect(details).not.toHaveAttribute('open')
    await userEvent.click(summary)
    expect(details).toHaveAttribute('open')
    expect(details).toHaveTextContent('Son dakika haberleri')
  })

  it("names what cleaning removed in the reader's language, the passages themselves as written", async () => {
    const removed = [
      { reason: 'credit line', text: 'Kaynak: AA' },
      { reason: 'share buttons', text: 'Paylaş Facebook Twitter' },
    ]
    serveArticle({ ...ARTICLE, removed })
    renderRoute(`/sources/${ARTICLE_ID}?lang=tr`, { facts: loadFacts() })
    const summary = await screen.findByText('Kaynaktan çıkarılanlar: künye satırı, paylaşım düğmeleri (2 parça)')
    await userEvent.click(summary)
    const items = within(summary.closest('details')!).getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('.removed-text__reason')?.textContent)).toEqual([
      'künye satırı',
      'paylaşım düğmeleri',
    ])
    // the passages are the article's own words, in its language: never translated
    expect(within(items[0]!).getByText('Kaynak: AA')).toHaveAttribute('lang', 'tr')
    expect(within(items[1]!).getByText('Paylaş Facebook Twitter')).toHaveAttribute('lang', 'tr')
  })

  it('shows a notice for an unknown fact and still shows the article', async () => {
    serveArticle()
    renderRoute(`/sources/${ARTICLE_ID}?fact=fig-nope`, { facts: loadFacts() })
    expect(await screen.findByRole('status', { name: 'Some link parameters were ignored' })).toHaveTextContent(
      '“fig-nope” is not a valid fact value',
    )
    expect(await screen.findByRole('link', { name: '1 milyar dolara' })).toBeInTheDocument()
  })

  it('says an unknown article is not in the dataset and links back to the list', async () => {
    const fetchMock = serveArticle()
    renderRoute('/sources/no-such-article?lang=en', { facts: loadFacts() })
    expect(
      await screen.findByRole('heading', { name: 'There is no article “no-such-article” in the dataset.' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All sources' })).toHaveAttribute('href', '/sources?lang=en')
    expect(fetchMock).not.toHaveBeenCalled() // the index does not list the id, so its file is never requested
  })

  it("asks for an unknown article's reader file only, never its text", async () => {
    const fetchMock = vi.fn(async (url: string) => serveData(loadFacts())(url))
    vi.stubGlobal('fetch', fetchMock)
    renderRoute('/sources/no-such-article')
    expect(
      await screen.findByRole('heading', { name: 'There is no article “no-such-article” in the dataset.' }),
    ).toBeInTheDocument()
    expect(fetchMock.mock.calls.map(([url]) => url).filter((url) => !url.endsWith('summary.json'))).toEqual([
      '/data/views/reader/no-such-article.json',
    ])
  })

  it('keeps the first of a repeated fact and reports the dropped one', async () => {
    serveArticle()
    renderRoute(`/sources/${ARTICLE_ID}?fact=fig-nope&fact=other`, { facts: loadFacts() })
    const notice = await screen.findByRole('status', { name: 'Some link parameters were ignored' })
    expect(notice).toHaveTextContent('“fig-nope” is not a valid fact value')
    expect(notice).toHaveTextContent('“other” is not a valid fact value')
  })
})
