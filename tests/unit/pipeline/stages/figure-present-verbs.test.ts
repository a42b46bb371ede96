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
