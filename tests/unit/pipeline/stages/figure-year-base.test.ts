import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of each figure the sentences give, in order. */
const years = (sentence: string, lang: string) => extract([sentence], lang, '2026-03-17').map((f) => [f.words, f.year])

describe('periodOf: a year told with "the year before it" is the figure’s own, not a base', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'Türkiye ile Özbekistan arasındaki ticaret hacmi 2025 yılında bir önceki yıla göre yüzde 9 artarak 3,9 milyar dolara ulaştı.',
      [
        ['yüzde 9', 2025],
        ['3,9 milyar dolara', 2025],
      ],
    ],
    [
      'az',
      'Ticarət dövriyyəsi 2025-ci ildə əvvəlki illə müqayisədə 9 faiz artaraq 3,9 milyard dollara çatıb.',
      [
        ['9 faiz', 2025],
        ['3,9 milyard dollara', 2025],
      ],
    ],
    [
      'en',
      'Trade between the two countries rose 9% in 2025 compared with the previous year, to $3.9 billion.',
      [
        ['9%', 2025],
        ['$3.9 billion', 2025],
      ],
    ],
    [
      'ru',
      'Товарооборот в 2025 году по сравнению с предыдущим годом вырос на 9% и достиг 3,9 млрд долларов.',
      [
        ['9%', 2025],
        ['3,9 млрд долларов', 2025],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(sentence, lang)).toEqual(expected)
  })

  it('still reads tr "2024 yılına göre yüzde 9 arttı" in a 2026 article as a rise over 2024, in 2025', () => {
    expect(years('Ticaret hacmi 2024 yılına göre yüzde 9 arttı.', 'tr')).toEqual([['yüzde 9', 2025]])
  })
})
