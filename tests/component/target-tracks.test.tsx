import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { articleMetaSchema, figureSchema, type FactsFile } from '../../src/schema/dataset'
import corpusFixture from '../fixtures/corpus-targets.json'
import seedFixture from '../fixtures/seed-targets.json'
import { loadFacts } from '../support/builders'
import { renderRoute } from '../support/render-route'

const fixtureSchema = z.object({ articles: z.array(articleMetaSchema), figures: z.array(figureSchema) })

/** A facts file holding only a fixture's real figures and the articles they cite. */
function factsOf(raw: unknown): FactsFile {
  const { articles, figures } = fixtureSchema.parse(raw)
  return { schemaVersion: 1, articles, figures, agreements: [], events: [], issues: [] }
}

const trackCard = async (name: RegExp) => {
  const heading = await screen.findByRole('heading', { level: 4, name })
  const card = heading.closest('article')
  if (!card) throw new Error('no card around the heading')
  return card
}

describe('targets through time', () => {
  it('follows the seeds’ $1B trade target through a Turkish and an Azerbaijani article, restated, with no progress', async () => {
    renderRoute('/targets/trade-turnover', { facts: factsOf(seedFixture) })
    const card = await trackCard(/Azerbaijan – Kazakhstan: \$1 billion, in the near future/)
    expect(within(card).getByText('Restated', { selector: '.badge--status' })).toBeInTheDocument()
    expect(card).toHaveTextContent('Also stated as ×2')
    expect(card).toHaveTextContent('No reported figure for the same metric and countries measures this target yet.')
    const steps = within(card).getAllByRole('listitem')
    expect(steps.map((step) => step.querySelector('.badge')?.textContent)).toEqual(['First stated', 'Restated'])
    expect(within(steps[0]!).getByRole('blockquote')).toHaveAttribute('lang', 'tr')
    expect(steps[0]).toHaveTextContent('Oct 21, 2025')
    expect(within(steps[1]!).getByRole('blockquote')).toHaveAttribute('lang', 'az')
    expect(steps[1]).toHaveTextContent('in Azerbaijani')
  })

  it('marks the corpus container target’s raises as revisions, with the values and deadlines that changed', async () => {
    renderRoute('/targets/container-traffic', { facts: factsOf(corpusFixture) })
    const card = await trackCard(/Azerbaijan – Kazakhstan: 500 thousand TEU, by 2030/)
    expect(within(card).getByText('Revised', { selector: '.badge--status' })).toBeInTheDocument()
    const changes = [...card.querySelectorAll('.target-history__change')].map((change) => change.textContent)
    expect(changes).toEqual([
      'First stated says up to 240 thousand TEU, no date given',
      'Restated says 240 thousand TEU, by 2026',
      'Revised says 500 thousand TEU, by 2029: value 240 thousand TEU → 500 thousand TEU; deadline by 2026 → by 2029',
      'Revised says 500 thousand TEU, by 2030: deadline by 2029 → by 2030',
    ])
  })

  it('measures the corpus $1B trade target by the $650M reported for 2025, in a chart with a table and both sources', async () => {
    const { router } = renderRoute('/targets/trade-turnover', { facts: factsOf(corpusFixture) })
    const card = await trackCard(/Azerbaijan – Kazakhstan: \$1 billion, in the coming years/)
    expect(card).toHaveTextContent('$650 million of $1 billion (65%), as of 2025')
    expect(within(card).getByText('Progress reported')).toBeInTheDocument()
    const chartName = 'Bilateral trade turnover, Azerbaijan – Kazakhstan: progress toward $1 billion'
    const chart = within(card).getByRole('figure', { name: chartName })
    await userEvent.click(within(chart).getByRole('tab', { name: 'Table' }))
    await waitFor(() => expect(router.state.location.search).toBe('?table=trade-turnover.az-kz.usd'))
    const rows = within(await within(card).findByRole('table', { name: chartName })).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'RowValueUnitSource',
      expect.stringMatching(/^Reported, 2025\$650 million \(65%\)USD.*Feb 16, 2026/),
      expect.stringMatching(/^Target, in the coming years\$1 billionUSD/),
    ])
    // the metric's own chart keeps its face: each chart has its own tab
    const metricChart = screen.getByRole('figure', { name: 'Bilateral trade turnover' })
    expect(within(metricChart).getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true')
  })

  it('labels an open horizon in the interface language, not in the source’s words', async () => {
    renderRoute('/targets/trade-turnover?lang=az', { facts: factsOf(seedFixture) })
    expect(await trackCard(/Azərbaycan – Qazaxıstan: .*yaxın gələcəkdə/)).toBeInTheDocument()
  })
})

describe('per-chart tabs on the overview', () => {
  it('turns one chart to its table and leaves the others drawn', async () => {
    const { router } = renderRoute('/', { facts: loadFacts() })
    const trade = await screen.findByRole('figure', { name: 'Bilateral trade turnover' })
    await userEvent.click(within(trade).getByRole('tab', { name: 'Table' }))
    await waitFor(() => expect(router.state.location.search).toBe('?table=trade-turnover'))
    const cargo = screen.getByRole('figure', { name: 'Middle Corridor cargo volume' })
    expect(within(cargo).getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true')
    const turned = screen.getByRole('figure', { name: 'Bilateral trade turnover' })
    await waitFor(() =>
      expect(within(turned).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true'),
    )
  })
})

describe('page titles', () => {
  it.each([
    ['/', 'Overview · Corridor Watch'],
    ['/targets/trade-turnover', 'Bilateral trade turnover · Targets · Corridor Watch'],
    ['/targets/trade-turnover?lang=tr', 'İkili ticaret hacmi · Hedefler · Corridor Watch'],
    ['/agreements', 'Agreements · Corridor Watch'],
    ['/no/such/page', 'Page not found · Corridor Watch'],
  ])('%s is titled “%s”', async (url, title) => {
    renderRoute(url, { facts: loadFacts() })
    await waitFor(() => expect(document.title).toBe(title))
  })
})
