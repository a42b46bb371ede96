import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { makeFacts, makeFigure } from '../support/builders'
import { renderRoute } from '../support/render-route'

/** A corpus with one known metric, one filed by its unit and two named by their article's words. */
const facts = makeFacts({
  figures: [
    makeFigure({ metric: 'trade-turnover', label: 'Bilateral trade turnover' }),
    makeFigure({
      metric: 'unnamed-km',
      label: 'Unnamed figure (km)',
      unit: 'km',
      value: 224,
      confidence: 'review',
      reviewReasons: ['metric-unknown'],
    }),
    makeFigure({
      metric: 'bekleme-suresi',
      label: 'bekleme süresi',
      unit: 'hours',
      value: 18,
      confidence: 'review',
      reviewReasons: ['metric-unknown'],
    }),
    makeFigure({
      metric: 'poezdov',
      label: 'поездов',
      unit: 'count',
      value: 84,
      confidence: 'review',
      reviewReasons: ['metric-unknown'],
    }),
  ],
})

describe('targets: the metric list', () => {
  it('shows known metrics and metrics filed by their unit first, and folds those named by their articles’ words', async () => {
    renderRoute('/targets', { facts })
    const nav = await screen.findByRole('navigation', { name: 'Metrics' })
    const shown = within(nav)
      .getAllByRole('link')
      .filter((link) => link.closest('details:not([open])') === null)
      .map((link) => link.textContent)
    expect(shown).toEqual(['All metrics', 'Bilateral trade turnover', 'Unnamed figure in kilometres'])
    const more = within(nav).getByText("Other metrics, named in the articles' own words (2)")
    expect(more.closest('details')).not.toHaveAttribute('open')
    await userEvent.click(more)
    expect(within(nav).getByRole('link', { name: 'bekleme süresi' })).toBeVisible()
    expect(within(nav).getByRole('link', { name: 'поездов' })).toHaveAttribute('href', '/targets/poezdov')
  })

  it('opens the folded list when the page is one of its metrics', async () => {
    renderRoute('/targets/poezdov', { facts })
    const nav = await screen.findByRole('navigation', { name: 'Metrics' })
    expect(
      within(nav).getByText("Other metrics, named in the articles' own words (2)").closest('details'),
    ).toHaveAttribute('open')
  })
})
