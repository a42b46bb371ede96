import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities(text, lang): a length in years or months is read where the sentence says what lasts', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'Both loans have a tenor of 15 years, including a grace period of three years.',
      [
        [15, 'years'],
        [3, 'years'],
      ],
    ],
    [
      'tr',
      'Kredinin vadesi 25 yıl, geri ödemesiz dönemi ise 5 yıl.',
      [
        [25, 'years'],
        [5, 'years'],
      ],
    ],
    [
      'az',
      'Kreditin müddəti 25 ildir, o cümlədən 5 illik güzəşt müddəti nəzərdə tutulur.',
      [
        [25, 'years'],
        [5, 'years'],
      ],
    ],
    ['ru', 'Изготовление кабеля займет около восьми месяцев.', [[8, 'months']]],
    ['ru', 'Срок окупаемости оцениваем примерно в семь лет.', [[7, 'years']]],
    ['tr', 'Çalışmanın 14 ay sürmesi planlanıyor.', [[14, 'months']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'The port was built 20 years ago.'],
    ['en', 'Trade has grown over the past 5 years.'],
    ['tr', 'Son 10 yılda ticaret büyüdü.'],
    ['az', 'Liman 20 il əvvəl tikilib.'],
    ['ru', 'За последние 5 лет товарооборот вырос.'],
  ])('guard: a time told, no length measured (%s): %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})
