import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta, FactsFile } from '../../src/schema/dataset'
import { loadFacts, makeFacts, makeFigure, makeSourceRef } from '../support/builders'
import { renderRoute, tableCells } from '../support/render-route'

// A chart's source line names each source while there are few, and counts them with the busiest outlets named when
// there are many: at 100,000 articles one target chart cited over a hundred, a source line longer than the chart.

const [template] = loadFacts().articles as [ArticleMeta]
/** Four Trend articles, three APA, then one each from AA, an outlet the article does not name, and Kazinform. */
const OUTLETS = ['Trend', 'Trend', 'Trend', 'Trend', 'APA', 'APA', 'APA', 'AA', null, 'Kazinform']

/** `count` articles published on 1, 2, … March 2024, each the source of one trade target with its own deadline. */
function targetsFrom(count: number): FactsFile {
  const articles: ArticleMeta[] = OUTLETS.slice(0, count).map((outlet, index) => ({
    ...template,
    id: `article-${index}`,
    file: `article-${index}.txt`,
    outlet,
    published: `2024-03-${String(index + 1).padStart(2, '0')}`,
  }))
  const figures = articles.map((article, index) =>
    makeFigure({
      id: `target-${index}`,
      value: (index + 1) * 1e9,
      deadline: String(2025 + index),
      sources: [makeSourceRef({ articleId: article.id })],
    }),
  )
  return makeFacts({ articles, figures })
}

const sourceLineOf = (title: string) => {
  const frame = screen.getByRole('heading', { level: 3, name: title }).closest('figure')
  return frame?.querySelector('.chart-frame__source')?.textContent
}

describe('a target chart’s source line', () => {
  it('names each of eight sources by outlet and date', async () => {
    renderRoute('/targets/trade-turnover', { facts: targetsFrom(8) })
    await screen.findByRole('heading', { level: 3, name: 'Bilateral trade turnover' })
    expect(sourceLineOf('Bilateral trade turnover')).toBe(
      'Source: Trend, Mar 1, 2024; Trend, Mar 2, 2024; Trend, Mar 3, 2024; Trend, Mar 4, 2024; APA, Mar 5, 2024; ' +
        'APA, Mar 6, 2024; APA, Mar 7, 2024; AA, Mar 8, 2024. Corridor Watch.',
    )
  })

  it('counts ten sources and names the three outlets with most of them, each bar keeping its own source', async () => {
    renderRoute('/targets/trade-turnover?tab=table', { facts: targetsFrom(10) })
    const table = await screen.findByRole('table', { name: 'Bilateral trade turnover' })
    expect(sourceLineOf('Bilateral trade turnover')).toBe(
      'Source: 10 articles; the outlets that published the most: Trend, APA, and AA. Corridor Watch.',
    )
    const sources = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)
    expect(sources).toEqual([
      'Trend, Mar 1, 2024',
      'Trend, Mar 2, 2024',
      'Trend, Mar 3, 2024',
      'Trend, Mar 4, 2024',
      'APA, Mar 5, 2024',
      'APA, Mar 6, 2024',
      'APA, Mar 7, 2024',
      'AA, Mar 8, 2024',
      'unnamed outlet, Mar 9, 2024',
      'Kazinform, Mar 10, 2024',
    ])
    expect(tableCells(table, 1).flat()).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
      '2032',
      '2033',
      '2034',
    ])
  })

  it('counts them in the interface’s language', async () => {
    renderRoute('/targets/trade-turnover?lang=tr', { facts: targetsFrom(10), lang: 'tr' })
    const title = 'İkili ticaret hacmi'
    await screen.findByRole('heading', { level: 3, name: title })
    expect(sourceLineOf(title)).toBe('Kaynak: 10 haber; en çok yayımlayanlar: Trend, APA ve AA. Corridor Watch.')
  })
})
