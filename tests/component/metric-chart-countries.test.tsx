import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { barsOf, shortCountries, type PointRow } from '../../src/features/targets/components/point-columns'
import { createI18n } from '../../src/lib/i18n/create-i18n'
import type { MetricPoint } from '../../src/features/targets/lib/to-metric-series'
import { loadFacts, makeFacts, makeFigure, makeSourceRef } from '../support/builders'
import { renderRoute, tableCells } from '../support/render-route'

// A metric reported for several pairs of countries is one chart: each bar must say whose it is.

const articleId = loadFacts().articles[0]!.id
const turnover = (id: string, year: number, value: number, countries: string[]) =>
  makeFigure({ id, kind: 'achieved', year, value, countries, sources: [makeSourceRef({ articleId })] })

describe('a metric chart of several pairs of countries', () => {
  it('names each bar’s countries in its table', async () => {
    const figures = [
      turnover('az-kz-2024', 2024, 2e9, ['KZ', 'AZ']),
      turnover('kz-tm-2024', 2024, 5e8, ['KZ', 'TM']),
      turnover('route-2025', 2025, 7e9, []),
    ]
    renderRoute('/targets/trade-turnover?tab=table', { facts: makeFacts({ figures }) })
    const table = await screen.findByRole('table', { name: 'Bilateral trade turnover' })
    expect(within(table).getByRole('columnheader', { name: 'Countries' })).toBeInTheDocument()
    const countries = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-2)?.textContent)
    expect(tableCells(table, 2)).toEqual([
      ['2024', '$2 billion'],
      ['2024', '$500 million'],
      ['2025', '$7 billion'],
    ])
    expect(countries).toEqual(['Azerbaijan – Kazakhstan', 'Kazakhstan – Turkmenistan', 'Route-wide'])
  })

  it('marks two values of one claim as disputed, in the table and the legend', async () => {
    const figures = [
      { ...turnover('a', 2024, 2e9, ['AZ', 'KZ']), conflict: 'conflict-az-kz-2024' },
      { ...turnover('b', 2024, 3e9, ['AZ', 'KZ']), conflict: 'conflict-az-kz-2024' },
      turnover('c', 2025, 4e9, ['AZ', 'KZ']),
    ]
    const { unmount } = renderRoute('/targets/trade-turnover?tab=table', { facts: makeFacts({ figures }) })
    const table = await screen.findByRole('table', { name: 'Bilateral trade turnover' })
    // the sign is for the eye; a screen reader hears the words
    const disputed = '≠ (Another source states a different value)'
    expect(tableCells(table, 2)).toEqual([
      ['2024', `$2 billion ${disputed}`],
      ['2024', `$3 billion ${disputed}`],
      ['2025', '$4 billion'],
    ])
    unmount()
    renderRoute('/targets/trade-turnover', { facts: makeFacts({ figures }) })
    const legend = await screen.findByRole('list', { name: 'Legend' })
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Achieved (stated)', '≠Another source states a different value'])
  })

  it('lays three bars of different countries sideways, their labels being long, and three of one pair upright', async () => {
    const island = async (countries: (index: number) => string[]) => {
      const figures = [2023, 2024, 2025].map((year, index) => turnover(`t-${year}`, year, 1e9, countries(index)))
      const { unmount } = renderRoute('/targets/trade-turnover', { facts: makeFacts({ figures }) })
      await screen.findByRole('heading', { level: 3, name: 'Bilateral trade turnover' })
      const height = document.querySelector('[data-chart-island]')?.getAttribute('data-chart-island')
      unmount()
      return height
    }
    // sideways: 48 px and 34 px a bar; upright: the chart's usual 280 px
    expect(await island((index) => (index === 1 ? ['KZ', 'TM'] : ['AZ', 'KZ']))).toBe(String(48 + 3 * 34))
    expect(await island(() => ['AZ', 'KZ'])).toBe('280')
  })

  it('labels each bar with its period and, when the bars’ countries differ, their codes; marks a disputed value', () => {
    const row = (period: string, countries: string[], disputed = false): PointRow => ({
      point: { value: 1, countries, disputed } as unknown as MetricPoint,
      period,
      countries: '',
      display: '1',
      formula: null,
      source: '',
    })
    const short = (codes: readonly string[]) => (codes.length > 0 ? codes.join('–') : 'Route-wide')
    const labels = (rows: PointRow[]) => barsOf(rows, short).map((bar) => bar.label)
    expect(labels([row('2024', ['AZ', 'KZ']), row('2025', ['AZ', 'KZ'])])).toEqual(['2024', '2025'])
    expect(labels([row('2024', ['AZ', 'KZ']), row('2024', ['KZ', 'TM']), row('2025', [])])).toEqual([
      '2024 · AZ–KZ',
      '2024 · KZ–TM',
      '2025 · Route-wide',
    ])
    // two values of one claim: the labels are alike, the values carry the mark the legend explains
    expect(
      barsOf([row('2024', ['AZ', 'KZ'], true), row('2025', ['AZ', 'KZ'])], short).map((bar) => bar.display),
    ).toEqual(['1 ≠', '1'])
  })

  it('shortens a bar’s countries to codes, counting more than three, in the interface’s language', () => {
    const en = createI18n('en').t
    const tr = createI18n('tr').t
    expect(shortCountries(['AZ', 'KZ'], en)).toBe('AZ–KZ')
    expect(shortCountries(['AZ', 'KZ', 'TM'], en)).toBe('AZ–KZ–TM')
    expect(shortCountries(['AZ', 'CN', 'GE', 'KZ', 'TM', 'TR', 'UZ'], en)).toBe('7 countries')
    expect(shortCountries(['AZ', 'CN', 'GE', 'KZ'], tr)).toBe('4 ülke')
    expect(shortCountries([], en)).toBe('Route-wide')
    expect(shortCountries([], tr)).toBe('Güzergâh geneli')
  })
})
