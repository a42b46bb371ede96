import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, year and deadline, in an article of 24 November 2026. */
const periods = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-11-24').map((f) => [f.words, f.year, f.deadline])

describe('periodOf: "ötən ilki", "geçen yılki" date the value after them, the start of a change', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'az',
      'Sərhəddə gözləmə müddəti ötən ilki 6 saatdan 1 saata enib.',
      [
        ['6 saatdan', 2025, null],
        ['1 saata', 2026, null],
      ],
    ],
    [
      'az',
      'Bələdiyyənin 2027-ci il üçün büdcə layihəsi 486 min manat həcmində hazırlanıb ki, bu da bu ilki 412 min manatlıq büdcədən 18 faiz çoxdur.',
      [
        ['486 min manat', null, '2027'],
        ['412 min manatlıq', 2026, null],
        ['18 faiz', null, '2027'],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(periods(lang, sentence)).toEqual(expected)
  })

  it('tr: "geçen yılki" dates the start of the change, its end is this year’s', () => {
    expect(periods('tr', 'Bu yıl sınırda bekleme süresi geçen yılki 6 saatten 1 saate indi.')).toEqual([
      ['6 saatten', 2025, null],
      ['1 saate', 2026, null],
    ])
  })
})

describe('periodOf: the year a thing was made is its attribute and dates no figure', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'ru',
      'Для автомобилей 2018 года выпуска и старше пошлина составляет не менее 1,20 доллара США за 1 см³.',
      [['1,20 доллара США за 1 см³', null, null]],
    ],
    ['az', '2021-ci il buraxılışlı sedan üçün gömrük rüsumu 20% təşkil edir.', [['20%', 2026, null]]],
    ['tr', '2019 model araçlar için gümrük vergisi yüzde 15 uygulanıyor.', [['yüzde 15', 2026, null]]],
    ['en', 'Duty on a 2019 model year car is 15% of its customs value.', [['15%', 2026, null]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(periods(lang, sentence)).toEqual(expected)
  })
})
