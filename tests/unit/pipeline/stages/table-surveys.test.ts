import { describe, expect, it } from 'vitest'
import { processArticle } from '../../../../src/pipeline/stream/process-article'
import { page } from './header-pages'

/** The table figures of a page run through the whole pipeline: [cell's row, value, unit, year]. */
function tableFigures(text: string) {
  const { drafts } = processArticle({ file: 'survey.txt', bytes: new TextEncoder().encode(text) })
  return drafts.figures
    .filter((figure) => figure.source.quote.includes('|'))
    .map((figure) => [figure.source.quote.split(' | ')[0], figure.value, figure.unit, figure.year])
}

/** A survey's table: its caption asks the question, its unit stands in a parenthesis after the measure's name. */
const SURVEY_AZ = page(
  'Sorğu: ixracatçıların çoxu Qazaxıstanda satışların artacağını gözləyir',
  '14.04.2026',
  '',
  'Mərkəz Qazaxıstan bazarına məhsul ixrac edən şirkətlər arasında keçirdiyi sorğunun nəticələrini açıqlayıb.',
  '',
  'Cədvəl 1. "2025-ci ildə Qazaxıstana satışlarınız necə dəyişib?" (respondentlərin payı, %)',
  'Cavab | Azərbaycan | Gürcüstan | Türkiyə',
  'Artıb | 61 | 54 | 55',
  'Dəyişməyib | 25 | 31 | 28',
  'Azalıb | 14 | 15 | 17',
  '',
  'Sorğunun tam mətni mərkəzin saytında yerləşdirilib.',
)

const SURVEY_EN = page(
  'Survey: most exporters expect sales in Kazakhstan to grow',
  'April 14, 2026',
  '',
  'The centre polled companies that export food and drinks to Kazakhstan.',
  '',
  'Table 1. "How did your sales to Kazakhstan change in 2025?" (share of respondents, %)',
  'Answer | Azerbaijan | Georgia | Türkiye',
  'Rose | 61 | 54 | 55',
  'Unchanged | 25 | 31 | 28',
  'Fell | 14 | 15 | 17',
  '',
  'The full survey is on the centre’s website.',
)

describe('tableRows: a survey’s table of answers', () => {
  it.each([
    ['az', SURVEY_AZ, 'Artıb'],
    ['en', SURVEY_EN, 'Rose'],
  ])('%s: its head is no menu, its cells are shares in percent of the year the question asks about', (_, text, row) => {
    const figures = tableFigures(text)
    expect(figures).toHaveLength(9)
    expect(figures).toContainEqual([row, 61, 'percent', 2025])
    expect(figures.every(([, , unit, year]) => unit === 'percent' && year === 2025)).toBe(true)
  })
})
