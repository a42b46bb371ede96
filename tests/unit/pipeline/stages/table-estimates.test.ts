import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of a table as [value, unit, kind, year, deadline], in an article of 17 March 2026. */
const read = (lines: string[], lang: string) =>
  extract(lines, lang, '2026-03-17').map((f) => [f.value, f.unit, f.kind, f.year, f.deadline])

describe('tableRows: an analyst’s table of results and estimates, its years lettered', () => {
  it('en: "2025A | 2026E", the head’s blank first cell unwritten, in billions of tenge "unless stated"', () => {
    const lines = [
      'Key financials and estimates (KZT bn unless stated)',
      '2025A     2026E     2027E',
      'Revenue                  52.6      61.9      70.4',
      'EBITDA                   16.8      20.4      23.9',
    ]
    expect(read(lines, 'en')).toEqual([
      [52_600_000_000, 'KZT', 'achieved', 2025, null],
      [61_900_000_000, 'KZT', 'forecast', null, '2026'],
      [70_400_000_000, 'KZT', 'forecast', null, '2027'],
      [16_800_000_000, 'KZT', 'achieved', 2025, null],
      [20_400_000_000, 'KZT', 'forecast', null, '2026'],
      [23_900_000_000, 'KZT', 'forecast', null, '2027'],
    ])
  })

  it('az: the legend "(F – faktiki, P – proqnoz)" makes F a result, not a forecast', () => {
    const lines = [
      'Əsas göstəricilər və proqnozlar (F – faktiki, P – proqnoz)',
      'Göstərici | 2025F | 2026P',
      'Volfram konsentratı satışı, ton | 4 210 | 4 600',
      'Gəlir, mln ABŞ dolları | 214,7 | 236,0',
    ]
    expect(read(lines, 'az')).toEqual([
      [4210, 't', 'achieved', 2025, null],
      [4600, 't', 'forecast', null, '2026'],
      [214_700_000, 'USD', 'achieved', 2025, null],
      [236_000_000, 'USD', 'forecast', null, '2026'],
    ])
  })

  it.each<[string, string[]]>([
    [
      'ru',
      [
        'Ключевые показатели, млрд тенге',
        'Показатель | 2025Ф | 2026П',
        'Выручка | 52,6 | 61,9',
        'EBITDA | 16,8 | 20,4',
      ],
    ],
    [
      'tr',
      ['Temel göstergeler, milyar TL', 'Gösterge | 2025G | 2026T', 'Hasılat | 52,6 | 61,9', 'FAVÖK | 16,8 | 20,4'],
    ],
  ])('%s: a result’s letter and an estimate’s letter in the language’s own words', (lang, lines) => {
    expect(read(lines, lang).map(([, , kind, year, deadline]) => [kind, year, deadline])).toEqual([
      ['achieved', 2025, null],
      ['forecast', null, '2026'],
      ['achieved', 2025, null],
      ['forecast', null, '2026'],
    ])
  })

  it('guard: a year written with the Russian "г" is a plain year, no estimate', () => {
    const lines = ['Перевалка, тыс. тонн', 'Порт | 2024г | 2025г', 'Актау | 4 100 | 4 600', 'Курык | 2 300 | 2 900']
    expect(read(lines, 'ru').some(([, , kind]) => kind === 'forecast')).toBe(false)
  })
})

describe('tableRows: a development bank’s forecast table, its years noted "est." and "proj."', () => {
  it.each<[string, string[]]>([
    [
      'ru',
      [
        'Основные макроэкономические показатели Азербайджана',
        'Показатель | 2024 | 2025 оц. | 2026 прогн. | 2027 прогн.',
        'Рост ВВП | 4,1 | 2,9 | 2,6 | 2,4',
        'Инфляция (в среднем за год) | 2,2 | 5,6 | 5,2 | 4,5',
      ],
    ],
    [
      'en',
      [
        'Key macroeconomic indicators',
        'Indicator | 2024 | 2025 est. | 2026 proj. | 2027 proj.',
        'Real GDP growth | 4.1 | 2.9 | 2.6 | 2.4',
        'Inflation, average | 2.2 | 5.6 | 5.2 | 4.5',
      ],
    ],
    [
      'tr',
      [
        'Temel makroekonomik göstergeler',
        'Gösterge | 2024 | 2025 (tahmini) | 2026 (projeksiyon) | 2027 (projeksiyon)',
        'Reel GSYH büyümesi | 4,1 | 2,9 | 2,6 | 2,4',
        'Enflasyon (yıllık ortalama) | 2,2 | 5,6 | 5,2 | 4,5',
      ],
    ],
  ])(
    '%s: a past year’s estimate is its result, a projection a forecast by its year, growth in percent',
    (lang, lines) => {
      expect(read(lines, lang)).toEqual([
        [4.1, 'percent', 'achieved', 2024, null],
        [2.9, 'percent', 'achieved', 2025, null],
        [2.6, 'percent', 'forecast', null, '2026'],
        [2.4, 'percent', 'forecast', null, '2027'],
        [2.2, 'percent', 'achieved', 2024, null],
        [5.6, 'percent', 'achieved', 2025, null],
        [5.2, 'percent', 'forecast', null, '2026'],
        [4.5, 'percent', 'forecast', null, '2027'],
      ])
    },
  )
})
