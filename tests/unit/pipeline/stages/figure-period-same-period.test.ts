import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and year, in a report published on 6 November 2025. */
const years = (sentence: string, lang: string) => extract([sentence], lang, '2025-11-06').map((f) => [f.words, f.year])

describe('periodOf: a comparison with the same period last year dates the figure this year', () => {
  it.each<[string, string, [string, number][]]>([
    [
      'ru',
      'Продажи катодной меди выросли на 8,8% по сравнению с аналогичным периодом прошлого года, до 142,5 тыс. тонн.',
      [
        ['8,8%', 2025],
        ['142,5 тыс. тонн', 2025],
      ],
    ],
    [
      'en',
      'Copper sales rose 8.8% from the same period last year to 142,500 tonnes.',
      [
        ['8.8%', 2025],
        ['142,500 tonnes', 2025],
      ],
    ],
    [
      'az',
      'Mis satışı ötən ilin eyni dövrü ilə müqayisədə 8,8 faiz artaraq 142,5 min tona çatıb.',
      [
        ['8,8 faiz', 2025],
        ['142,5 min tona', 2025],
      ],
    ],
    [
      'tr',
      'Bakır satışları geçen yılın aynı dönemine göre yüzde 8,8 artarak 142,5 bin tona ulaştı.',
      [
        ['yüzde 8,8', 2025],
        ['142,5 bin tona', 2025],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(sentence, lang)).toEqual(expected)
  })

  it('guard: ru "по сравнению с прошлым годом" (no same period) stays undated rather than guessed', () => {
    expect(years('Продажи меди выросли на 8,8% по сравнению с прошлым годом.', 'ru')).toEqual([['8,8%', null]])
  })
})
