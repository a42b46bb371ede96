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

describe('periodOf: a comparison that names its base amount before the base’s date', () => {
  const yearsIn = (sentence: string, lang: string) =>
    extract([sentence], lang, '2026-04-28').map((f) => [f.words, f.year])

  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'Net kâr, geçen yılın ilk çeyreğindeki 17,9 milyon manata kıyasla 21,3 milyon manat oldu.',
      [
        ['17,9 milyon manata', 2025],
        ['21,3 milyon manat', 2026],
      ],
    ],
    [
      'az',
      'Xalis mənfəət ötən ilin birinci rübündəki 17,9 milyon manatla müqayisədə 21,3 milyon manat olub.',
      [
        ['17,9 milyon manatla', 2025],
        ['21,3 milyon manat', 2026],
      ],
    ],
    [
      'en',
      'Net profit of AZN 21.3 million (USD 12.5 million), compared with AZN 17.9 million in the first quarter of 2025.',
      [
        ['AZN 21.3 million', 2026],
        ['USD 12.5 million', 2026],
        ['AZN 17.9 million', 2025],
      ],
    ],
    [
      'en',
      'Exports rose to 3.1 million tonnes, up from 2.4 million tonnes in 2024.',
      [
        ['3.1 million tonnes', 2025],
        ['2.4 million tonnes', 2024],
      ],
    ],
    [
      'ru',
      'Экспорт вырос до 3,1 млн тонн по сравнению с 2,4 млн тонн в 2024 году.',
      [
        ['3,1 млн тонн', 2025],
        ['2,4 млн тонн', 2024],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(yearsIn(sentence, lang)).toEqual(expected)
  })

  it('ends the comparison at a comma: "tripled compared with 2022, reaching 1.4 million tons last year" is 2025’s', () => {
    const read = yearsIn('Exports have tripled compared with 2022, reaching about 1.4 million tons last year.', 'en')
    expect(read).toContainEqual(['1.4 million tons', 2025])
  })
})

describe('periodOf: the same period last year as a base, with the difference between it and the comparative', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'Kazakistan ile ticaret hacmi 178 milyon dolar oldu ve geçen yılın aynı döneminden yüzde 9 daha düşük kaldı.',
      [
        ['178 milyon dolar', 2026],
        ['yüzde 9', 2026],
      ],
    ],
    [
      'az',
      'Qazaxıstanla ticarət dövriyyəsi 178 milyon dollar olub ki, bu da ötən ilin eyni dövründəkindən 9 faiz azdır.',
      [
        ['178 milyon dollar', 2026],
        ['9 faiz', 2026],
      ],
    ],
    [
      'en',
      'Trade with Kazakhstan came to $178 million, 9% less than in the same period last year.',
      [
        ['$178 million', 2026],
        ['9%', 2026],
      ],
    ],
    [
      'ru',
      'Товарооборот с Казахстаном составил 178 млн долларов, что на 9% меньше, чем за аналогичный период прошлого года.',
      [
        ['178 млн долларов', 2026],
        ['9%', 2026],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(extract([sentence], lang, '2026-05-20').map((f) => [f.words, f.year])).toEqual(expected)
  })
})

describe('periodOf: a bound is no comparison', () => {
  it.each<[string, string, string]>([
    ['en', 'The crossing handled more than 4,300 trains in the first nine months of the year.', '4,300'],
    ['ru', 'Через переход прошло более 4 300 поездов за первые девять месяцев 2025 года.', '4 300'],
  ])('%s: "%s" keeps its own year', (lang, sentence, words) => {
    expect(extract([sentence], lang, '2025-11-18').map((f) => [f.words, f.year])).toEqual([[words, 2025]])
  })
})
