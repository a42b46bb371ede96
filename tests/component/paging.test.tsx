import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Agreement, ArticleMeta, FactsFile } from '../../src/schema/dataset'
import { loadFacts, makeEvent, makeFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

const fixture = loadFacts()
const pad = (index: number) => String(index).padStart(3, '0')

/** 130 articles, newest first by their index: article 000 is the newest, so the list reads 000, 001, … */
function manyArticles(count = 130): FactsFile {
  const base = fixture.articles[0] as ArticleMeta
  const articles = Array.from({ length: count }, (_, index) => ({
    ...base,
    id: `art-${pad(index)}`,
    file: `art-${pad(index)}.txt`,
    title: `Article ${pad(index)}`,
    published: `2025-${String(12 - Math.floor(index / 28)).padStart(2, '0')}-${String(28 - (index % 28)).padStart(2, '0')}`,
  }))
  return makeFacts({ articles, figures: [], agreements: [], events: [] })
}

/** 130 agreements on one day (so in id order): the even ones cover energy, the odd ones transport. */
function manyAgreements(count = 130): FactsFile {
  const base = fixture.agreements[0] as Agreement
  const agreements = Array.from({ length: count }, (_, index) => ({
    ...base,
    id: `agr-${pad(index)}`,
    sectors: [index % 2 === 0 ? ('energy' as const) : ('transport' as const)],
    occasionId: null,
  }))
  return makeFacts({ agreements, events: [] })
}

const articleTitles = (listName = 'Sources') =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('heading', { level: 3 }).textContent)
const cardIds = () => screen.getAllByRole('article').map((card) => card.id)
const pager = (name: string) => screen.getByRole('navigation', { name })
const noticeText = () =>
  screen
    .queryAllByRole('status', { name: 'Some link parameters were ignored' })
    .map((notice) => notice.textContent)
    .join(' ')

describe('the article list a page at a time', () => {
  it('shows the first 25 of 130 with a pager whose pages are real links keeping the other parameters', async () => {
    renderRoute('/sources?country=KZ', { facts: manyArticles() })
    expect(await screen.findByRole('heading', { level: 2, name: '130 articles' })).toBeInTheDocument()
    const titles = articleTitles()
    expect(titles).toHaveLength(25)
    expect(titles[0]).toBe('Article 000')
    expect(titles[24]).toBe('Article 024')
    const nav = pager('Pages of the article list')
    expect(nav).toHaveTextContent('Showing 1–25 of 130')
    expect(within(nav).queryByRole('link', { name: 'Previous' })).toBeNull()
    expect(within(nav).getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/sources?country=KZ&page=2')
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/sources?country=KZ')
    expect(within(nav).getByRole('link', { name: 'Page 6' })).toHaveAttribute('href', '/sources?country=KZ&page=6')
    expect(within(nav).queryByRole('link', { name: 'Page 7' })).toBeNull()
  })

  it('Next shows 26–50, writes ?page=2 and moves the focus to the list’s heading', async () => {
    const { router } = renderRoute('/sources', { facts: manyArticles() })
    await screen.findByRole('heading', { level: 2, name: '130 articles' })
    await userEvent.click(within(pager('Pages of the article list')).getByRole('link', { name: 'Next' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'))
    await waitFor(() => expect(articleTitles()[0]).toBe('Article 025'))
    expect(articleTitles()).toHaveLength(25)
    expect(articleTitles()[24]).toBe('Article 049')
    const nav = pager('Pages of the article list')
    expect(nav).toHaveTextContent('Showing 26–50 of 130')
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/sources')
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '130 articles' })).toHaveFocus())
  })

  it('shows the short last page', async () => {
    renderRoute('/sources?page=6', { facts: manyArticles() })
    await screen.findByRole('heading', { level: 2, name: '130 articles' })
    expect(articleTitles()).toEqual(Array.from({ length: 5 }, (_, index) => `Article ${pad(125 + index)}`))
    const nav = pager('Pages of the article list')
    expect(nav).toHaveTextContent('Showing 126–130 of 130')
    expect(within(nav).queryByRole('link', { name: 'Next' })).toBeNull()
  })

  it.each(['abc', '0', '7'])('ignores page=%s with the notice and shows page 1', async (value) => {
    renderRoute(`/sources?page=${value}`, { facts: manyArticles() })
    await screen.findByRole('heading', { level: 2, name: '130 articles' })
    expect(noticeText()).toContain(`“${value}” is not a valid page value`)
    expect(articleTitles()[0]).toBe('Article 000')
    expect(within(pager('Pages of the article list')).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('draws no pager when the list fits on one page', async () => {
    renderRoute('/sources', { facts: manyArticles(25) })
    await screen.findByRole('heading', { level: 2, name: '25 articles' })
    expect(articleTitles()).toHaveLength(25)
    expect(screen.queryByRole('navigation', { name: 'Pages of the article list' })).toBeNull()
  })

  it('speaks Turkish, digits grouped the Turkish way', async () => {
    renderRoute('/sources?lang=tr&page=2', { facts: manyArticles(4210) })
    const tr = await screen.findByRole('navigation', { name: 'Makale listesinin sayfaları' })
    expect(tr).toHaveTextContent('4.210 kayıttan 26–50 arası gösteriliyor')
    expect(within(tr).getByRole('link', { name: 'Sonraki' })).toBeInTheDocument()
    expect(within(tr).getByRole('link', { name: 'Önceki' })).toBeInTheDocument()
    expect(within(tr).getByRole('link', { name: 'Sayfa 169' })).toBeInTheDocument()
    expect(articleTitles('Kaynaklar')).toHaveLength(25)
    expect(articleTitles('Kaynaklar')[0]).toBe('Article 025')
  })

  it('speaks Azerbaijani', async () => {
    renderRoute('/sources?lang=az', { facts: manyArticles(130) })
    const az = await screen.findByRole('navigation', { name: 'Məqalə siyahısının səhifələri' })
    expect(az).toHaveTextContent('130 qeyddən 1–25 göstərilir')
    expect(within(az).getByRole('link', { name: 'Növbəti' })).toHaveAttribute('href', '/sources?lang=az&page=2')
    expect(within(az).getByRole('link', { name: 'Səhifə 6' })).toBeInTheDocument()
  })
})

describe('the agreements a page at a time', () => {
  it('pages the filtered list, and a filter change goes back to page 1', async () => {
    const { router } = renderRoute('/agreements?page=2&tab=table', { facts: manyAgreements() })
    await screen.findByRole('heading', { level: 2, name: '130 documents or packages' })
    expect(cardIds()).toHaveLength(25)
    expect(cardIds()[0]).toBe('agr-025')
    expect(pager('Pages of the document list')).toHaveTextContent('Showing 26–50 of 130')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Energy' }))
    await waitFor(() => expect(router.state.location.search).toBe('?tab=table&sector=energy'))
    await screen.findByRole('heading', { level: 2, name: '65 documents or packages' })
    expect(cardIds()).toHaveLength(25)
    expect(cardIds()[0]).toBe('agr-000')
    expect(cardIds()[1]).toBe('agr-002')
    expect(pager('Pages of the document list')).toHaveTextContent('Showing 1–25 of 65')
  })

  it('keeps the page when only the chart’s tab changes', async () => {
    const { router } = renderRoute('/agreements?page=2', { facts: manyAgreements() })
    await screen.findByRole('heading', { level: 2, name: '130 documents or packages' })
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&tab=table'))
    expect(cardIds()[0]).toBe('agr-025')
  })

  it('opens the page holding the document ?agreement= points to, and leaves it behind on another page', async () => {
    renderRoute('/agreements?agreement=agr-120#agr-120', { facts: manyAgreements() })
    const card = await screen.findByRole('article', { name: (_, element) => element.id === 'agr-120' })
    expect(card).toHaveAttribute('aria-current', 'true')
    await waitFor(() => expect(card).toHaveFocus())
    const nav = pager('Pages of the document list')
    expect(nav).toHaveTextContent('Showing 101–125 of 130')
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/agreements')
  })

  it('reports a page past the end of the filtered list and shows page 1', async () => {
    renderRoute('/agreements?sector=energy&page=4', { facts: manyAgreements() })
    await screen.findByRole('heading', { level: 2, name: '65 documents or packages' })
    expect(noticeText()).toContain('“4” is not a valid page value')
    expect(cardIds()[0]).toBe('agr-000')
  })
})

describe('the occasions without a date a page at a time', () => {
  it('pages them under the chart, and Previous walks back to page 1, which the address leaves unwritten', async () => {
    const undated = Array.from({ length: 60 }, (_, index) =>
      makeEvent(`undated-${pad(index)}`, { date: null, dateBasis: 'published' }),
    )
    const { router } = renderRoute('/timeline?page=3', {
      facts: makeFacts({ events: [makeEvent('dated'), ...undated] }),
    })
    const undatedPager = () => screen.getByRole('navigation', { name: 'Pages of the events without a date' })
    const entries = () =>
      within(screen.getByRole('region', { name: '60 events without a date' }))
        .getAllByRole('listitem')
        .filter((item) => item.closest('nav') === null)
    expect(await screen.findByRole('navigation', { name: 'Pages of the events without a date' })).toHaveTextContent(
      'Showing 51–60 of 60',
    )
    expect(entries()).toHaveLength(10)
    await userEvent.click(within(undatedPager()).getByRole('link', { name: 'Previous' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'))
    await waitFor(() => expect(undatedPager()).toHaveTextContent('Showing 26–50 of 60'))
    expect(entries()).toHaveLength(25)
    await userEvent.click(within(undatedPager()).getByRole('link', { name: 'Previous' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })
})
