import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

describe('app shell', () => {
  it('shows a not-found view with a way back for an unknown path', async () => {
    const { router } = renderRoute('/no/such/page', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    // the path sits in its own <bdi>, so the sentence is the paragraph's text rather than one text node
    const sentence = screen.getByText(
      (_, element) => element?.tagName === 'P' && element.textContent === 'Nothing lives at /no/such/page.',
    )
    expect(sentence).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Back to the overview' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
  })

  it('ignores malformed sector, country and lang values with a visible notice', async () => {
    renderRoute('/?sector=energy~space&country=XX~kz&lang=fr', { facts: loadFacts() })
    const notice = await screen.findByRole('status', { name: 'Some link parameters were ignored' })
    expect(notice).toHaveTextContent('“space” is not a valid sector value')
    expect(notice).toHaveTextContent('“XX” is not a valid country value')
    expect(notice).toHaveTextContent('“fr” is not a valid lang value')
    expect(screen.getByRole('checkbox', { name: 'Energy' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Kazakhstan' })).toBeChecked()
  })

  it('switches the interface language, writes it to the URL and remembers it', async () => {
    const { router } = renderRoute('/targets', { facts: loadFacts() })
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'tr')
    expect(await screen.findByRole('heading', { level: 1, name: 'Hedefler ve rakamlar' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?lang=tr')
    expect(screen.getByRole('link', { name: 'Genel bakış' })).toHaveAttribute('href', '/?lang=tr')
    expect(window.localStorage.getItem('corridor-watch:lang')).toBe('tr')
    expect(document.documentElement.lang).toBe('tr')
  })

  it('formats numbers in the language from the URL', async () => {
    renderRoute('/targets/trans-caspian-freight?lang=tr&tab=table', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { level: 1, name: 'Hedefler ve rakamlar' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: '4,5 milyon ton' })).toBeInTheDocument()
  })

  it('renders the interface in Azerbaijani from lang=az', async () => {
    renderRoute('/?lang=az', { facts: loadFacts() })
    expect(await screen.findByRole('heading', { level: 1, name: 'İcmal' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Məzmuna keç' })).toHaveAttribute('href', '#main')
  })

  it('keeps the filters and language in the main navigation links', async () => {
    renderRoute('/?sector=energy&lang=en', { facts: loadFacts() })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(nav.querySelector('a[href^="/targets"]')).toHaveAttribute('href', '/targets?sector=energy&lang=en')
  })

  it('remembers the theme choice on the document and in storage', async () => {
    renderRoute('/', { facts: loadFacts() })
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(window.localStorage.getItem('corridor-watch:theme')).toBe('dark')
  })

  // the views themselves belong to their features; the shell only has to route to them and mark the nav link
  it.each([
    ['/agreements', 'Agreements'],
    ['/timeline', 'Timeline'],
    ['/sources', 'Sources'],
    ['/sources/001_f252e9742af12d5d', 'Sources'],
  ])('routes %s to its view and marks “%s” as the current page', async (url, navName) => {
    renderRoute(url, { facts: loadFacts() })
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: navName })).toHaveAttribute('aria-current', 'page')
  })
})
