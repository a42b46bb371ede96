import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of the figure read from the second sentence, after one dated in the year before the article's. */
const yearAfterPastSentence = (lang: string, past: string, present: string) =>
  extract([past, present], lang, '2026-04-23')
    .filter((f) => present.includes(f.words ?? '\u0000'))
    .map((f) => [f.value, f.year])

describe('presents of paying, charging, arriving and flying date a figure now, after a year gone by', () => {
  it.each([
    [
      'en',
      'Azerbaijan imported 180,000 tonnes of marble in 2025.',
      'Importers pay a 5% customs duty on air conditioners.',
      5,
    ],
    [
      'en',
      'Exports to Georgia reached $40 million in 2025.',
      'Azerbaijan charges 0% customs duty on most syringes.',
      0,
    ],
    [
      'ru',
      'В прошлом году участники экспортировали услуг на 700 млн долларов.',
      'Резиденты платят 7,5% налога на доходы.',
      7.5,
    ],
    ['ru', 'В 2025 году перевозки выросли на 20%.', 'Между Баку и Алматы летают 14 рейсов в неделю.', 14],
    [
      'ru',
      'В 2025 году Казахстан импортировал 41 тыс. т мандаринов.',
      'Туркменский арбуз продаётся по 280 тенге за кг.',
      280,
    ],
  ])('%s: "%s"', (lang, past, present, value) => {
    expect(yearAfterPastSentence(lang, past, present)).toContainEqual([value, 2026])
  })

  it('guard: Turkish "pay" is a share, no verb of paying', () => {
    const figures = extract(
      ['Pazar payı 2025 yılında 25 puan eridi. Böylece pay on yılda 25 puan azaldı.'],
      'tr',
      '2026-04-23',
    )
    expect(figures.map((f) => f.year)).not.toContain(2026)
  })
})

describe('English presents of selling and adding', () => {
  it.each([
    ['A mid-range split unit retails at around TMT 4,800.', 4800],
    ['Installation adds TMT 350–500 to the price.', 350],
    ['The Kars transshipment adds 1–2 days to the trip.', 1],
  ])('"%s" is as of the article’s year', (present, value) => {
    expect(
      yearAfterPastSentence('en', 'Azerbaijan imported 180,000 tonnes of marble in 2025.', present),
    ).toContainEqual([value, 2026])
  })
})

describe('more presents: offering, starting, reaching, and a copula past the thing counted', () => {
  it.each([
    [
      'ru',
      'В 2025 году выставку посетили 9 тыс. человек.',
      'Компания предлагает краски на 20% дешевле турецких аналогов.',
      -20,
    ],
    ['ru', 'В 2025 году выставку посетили 9 тыс. человек.', 'Цена базовой модели начинается от 16 тыс. евро.', 16000],
    ['en', 'Exports reached $40 million in 2025.', 'Container trains from Chongqing reach Almaty in 6–8 days.', 6],
    ['az', 'İxrac 2025-ci ildə 1,1 milyard dollar olub.', 'Texnoparkda 1 650-dən çox şirkət qeydiyyatdadır.', 1650],
  ])('%s: "%s" then "%s"', (lang, past, present, value) => {
    expect(yearAfterPastSentence(lang, past, present)).toContainEqual([value, 2026])
  })

  it('guard: a comparison two words on is no present state ("14 faiz daha çoxdur")', () => {
    expect(
      yearAfterPastSentence('az', 'İxrac 2025-ci ildə artıb.', 'Bu, 2024-cü ildəkindən 14 faiz daha çoxdur.'),
    ).not.toContainEqual([14, 2026])
  })
})

it('guard: a formal present of meaning ("artışa karşılık gelmektedir") only comments on the year told', () => {
  expect(
    yearAfterPastSentence(
      'tr',
      'İhracat 2025 yılında 41 milyon dolara ulaştı.',
      'Bu, değer bazında yüzde 34’lük artışa karşılık gelmektedir.',
    ),
  ).not.toContainEqual([34, 2026])
})
