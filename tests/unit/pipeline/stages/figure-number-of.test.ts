import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure as its value, unit, kind and metric label. */
const figures = (lang: string, sentences: string[]) =>
  extract(sentences, lang, '2026-05-21').map((f) => [f.value, f.unit, f.kind, f.label])

describe('a bare count whose subject is "the number of" something counts that thing', () => {
  it.each<[string, string, [number, string][]]>([
    [
      'en',
      'The number of correspondent accounts rose from 14 at the start of 2024 to 37 by the end of April.',
      [
        [14, 'achieved'],
        [37, 'achieved'],
      ],
    ],
    [
      'tr',
      "THY haftalık sefer sayısını kış tarifesiyle birlikte 7'den 14'e çıkaracağını açıkladı.",
      [
        [7, 'achieved'],
        [14, 'target'],
      ],
    ],
    ['ru', 'Число дата-центров уровня Tier III достигло 14.', [[14, 'achieved']]],
    ['az', 'Zavodda inşa edilən gəmilərin sayı ötən il 19-a çatıb.', [[19, 'achieved']]],
    [
      'en',
      'The airline will raise the number of weekly flights from four to seven.',
      [
        [4, 'achieved'],
        [7, 'target'],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    const found = figures(lang, [sentence])
    expect(found.map(([value, , kind]) => [value, kind])).toEqual(expected)
    expect(found.every(([, unit]) => unit === 'count')).toBe(true)
  })

  it('ru: a count after a measure in megawatts borrows no unit when a "number of" subject stands between', () => {
    const found = figures('ru', [
      'К 2025 году она выросла до 85 МВт, а число дата-центров уровня Tier III достигло 14.',
    ])
    expect(found.map(([value, unit]) => [value, unit])).toEqual([
      [85, 'MW'],
      [14, 'count'],
    ])
  })

  it('en: "from 42 at present to 60" is where the count stands now and where it is to go', () => {
    const found = figures('en', [
      'The two sides agreed to raise the number of weekly flights between the two countries from 42 at present to 60.',
    ])
    expect(found.map(([value, , kind]) => [value, kind])).toEqual([
      [42, 'achieved'],
      [60, 'target'],
    ])
  })

  it('en: "the two ports to 12 from seven" is no range of 2 to 12', () => {
    const found = figures('en', [
      'Azerbaijan plans to raise the number of weekly sailings between the two ports to 12 from seven.',
    ])
    expect(found.map(([value]) => value)).toEqual([12, 7])
  })

  it('tr: "bu rakam" after a target count restates that count for last year', () => {
    const found = figures('tr', [
      "Liderler turist hareketini 2030'a kadar yıllık 15 milyona çıkarma konusunda mutabık kaldı.",
      'Geçen yıl bu rakam yaklaşık 9,3 milyon olarak gerçekleşmişti.',
    ])
    expect(found.map(([value, , kind]) => [value, kind])).toEqual([
      [15_000_000, 'target'],
      [9_300_000, 'achieved'],
    ])
  })

  it('guard: a number word with a noun of its own is no "number of" count', () => {
    expect(figures('en', ['The number of ships rose after the two ports merged.'])).toEqual([])
  })
})

describe('a bare base after "up from" or "против" counts what the count before it counts', () => {
  it.each<[string, string, number]>([
    ['en', 'The corridor carried 1,200 trains, up from 950 a year earlier.', 950],
    ['en', 'Ferries now make 21 crossings a day, up from 17 a day in July.', 17],
    ['ru', 'Через порт прошло 18 тыс. контейнеров против 15 тыс. в прошлом году.', 15_000],
  ])('%s: %s', (lang, sentence, base) => {
    const found = figures(lang, [sentence])
    expect(found.map(([value, unit]) => [value, unit])).toContainEqual([base, 'count'])
    expect(new Set(found.map(([, , , label]) => label)).size).toBe(1)
  })
})
