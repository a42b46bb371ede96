import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { FactsFile } from '../../src/schema/dataset'
import { serveData } from '../support/builders'
import { denseFacts, longList } from '../support/long-lists'
import { renderRoute } from '../support/render-route'

// A filter box hovered or focused loads the files its click would show, so the click finds them at hand.

/**
 * Serves the facts' view files through a stubbed fetch, each filtered page 300 ms late (a slow network); counts the
 * requests per file and the answers sent.
 */
function serve(facts: FactsFile) {
  const served = serveData(facts)
  const answered: string[] = []
  const fetchMock = vi.fn(async (url: string) => {
    if (/\/(sector|country)-/.test(url)) await new Promise((resolve) => setTimeout(resolve, 300))
    answered.push(url)
    return served(url)
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    requests: (path: string) => fetchMock.mock.calls.filter(([url]) => url === `/data/${path}`).length,
    answered: (path: string) => answered.includes(`/data/${path}`),
  }
}

/** Notes whether the agreement list ever says it is updating (another page loading) from now on. */
function watchBusy() {
  let busy = false
  const observer = new MutationObserver(() => {
    if (document.querySelector('section.agreement-list[aria-busy="true"]')) busy = true
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  return () => {
    observer.disconnect()
    return busy
  }
}

// the first visit transforms the lazy route, which is slow on a busy machine
const SLOW = { timeout: 10_000 }
// a test that waits on a slow first visit and then on a re-render of the whole list
const LONG_TEST = 30_000
const SECTOR_PAGE = 'views/agreements/sector-energy/1.json'

describe('filter boxes load their files ahead', () => {
  it(
    'on Agreements, focusing a sector box loads its page, and the click shows it without a loading list',
    async () => {
      const { requests, answered } = serve(longList())
      renderRoute('/agreements')
      expect(await screen.findByRole('heading', { level: 2, name: '120 documents or packages' }, SLOW)).toBeVisible()
      expect(requests(SECTOR_PAGE)).toBe(0)
      const box = await screen.findByRole('checkbox', { name: 'Energy' })
      act(() => box.focus())
      await waitFor(() => expect(answered(SECTOR_PAGE)).toBe(true))
      await act(() => new Promise((resolve) => setTimeout(resolve, 50))) // the file is read and checked
      const busy = watchBusy()
      fireEvent.click(box)
      expect(await screen.findByRole('heading', { level: 2, name: '60 documents or packages' }, SLOW)).toBeVisible()
      expect(busy()).toBe(false)
      expect(requests(SECTOR_PAGE)).toBe(1)
    },
    LONG_TEST,
  )

  it(
    'on the timeline, pointing at a country box loads the pages of its occasions before the click',
    async () => {
      const { requests } = serve(denseFacts())
      renderRoute('/timeline')
      expect(await screen.findByText(/each circle counts the events of one pair of countries/, {}, SLOW)).toBeVisible()
      const pages = ['views/timeline/country-TM/1.json', 'views/timeline/country-TM/2.json']
      expect(pages.map(requests)).toEqual([0, 0])
      const box = screen.getByRole('checkbox', { name: 'Turkmenistan' })
      await userEvent.hover(box)
      await waitFor(() => expect(pages.map(requests)).toEqual([1, 1]))
      await userEvent.click(box)
      // a hundred occasions: each drawn once, from the files already read
      await waitFor(() => expect(screen.queryByText(/each circle counts/)).toBeNull())
      expect(pages.map(requests)).toEqual([1, 1])
    },
    LONG_TEST,
  )
})
