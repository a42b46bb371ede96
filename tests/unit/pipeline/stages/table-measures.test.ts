import { describe, expect, it } from 'vitest'
import { segmentText } from '../../../../src/pipeline/stages/segment'
import { extract } from './figure-input'

/** Each figure of an article of lines: its cell, value, unit, kind, year, deadline and metric label. */
const figuresOf = (lang: string, lines: readonly string[], published: string) =>
  extract(lines, lang, published).map((f) => [f.words, f.value, f.unit, f.kind, f.year, f.deadline, f.label])

describe('table rows: years across the head, a measure and its unit in each row’s label', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'ru',
      [
        'Ключевые показатели компании',
        'Показатель | 2024 | 2025',
        'Контейнерный парк, TEU | 9 400 | 12 600',
        'Выручка, млрд тенге | 48,6 | 61,3',
        'Вагонный парк в лизинге, ед. | 14 200 | 17 850',
      ],
      [
        ['9 400', 9400, 'TEU', 'achieved', 2024, null, 'Container traffic'],
        ['12 600', 12600, 'TEU', 'achieved', 2025, null, 'Container traffic'],
        ['48,6', 48.6e9, 'KZT', 'achieved', 2024, null, 'Выручка'],
        ['61,3', 61.3e9, 'KZT', 'achieved', 2025, null, 'Выручка'],
        ['14 200', 14200, 'count', 'achieved', 2024, null, 'Вагонный парк в лизинге'],
        ['17 850', 17850, 'count', 'achieved', 2025, null, 'Вагонный парк в лизинге'],
      ],
    ],
    [
      'az',
      [
        'Şirkətin əsas göstəriciləri',
        'Göstərici | 2024 | 2025',
        'Gəlir, milyon manat | 48,6 | 61,3',
        'Daşınma, min ton | 910 | 1 240',
      ],
      [
        ['48,6', 48.6e6, 'AZN', 'achieved', 2024, null, 'Gəlir'],
        ['61,3', 61.3e6, 'AZN', 'achieved', 2025, null, 'Gəlir'],
        ['910', 910000, 't', 'achieved', 2024, null, 'Freight volume'],
        ['1 240', 1240000, 't', 'achieved', 2025, null, 'Freight volume'],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(figuresOf(lang, lines, '2026-04-28')).toEqual(expected)
  })
})

describe('table rows: a column dated after the article holds plans by that date', () => {
  it.each<[string, string[], string]>([
    [
      'en',
      [
        'Transit permit fee per truck, US dollars',
        'Country | Paper (2025) | Electronic (from July 2026)',
        'Kazakhstan | 40 | 25',
        'Georgia | 30 | 18',
      ],
      '2026-07',
    ],
    [
      'tr',
      [
        'Kamyon başına geçiş belgesi ücreti, dolar',
        'Ülke | Kâğıt (2025) | Elektronik (Temmuz 2026’dan itibaren)',
        'Kazakistan | 40 | 25',
        'Gürcistan | 30 | 18',
      ],
      '2026-07',
    ],
  ])('%s', (lang, lines, deadline) => {
    const found = figuresOf(lang, lines, '2026-05-14').map(([words, value, unit, kind, year, plan]) => [
      words,
      value,
      unit,
      kind,
      year,
      plan,
    ])
    expect(found).toEqual([
      ['40', 40, 'USD', 'achieved', 2025, null],
      ['25', 25, 'USD', 'target', null, deadline],
      ['30', 30, 'USD', 'achieved', 2025, null],
      ['18', 18, 'USD', 'target', null, deadline],
    ])
  })
})

describe('segmentText: a table row is one sentence, whatever abbreviation stands in its label', () => {
  const rowOf = (lang: string, line: string) => segmentText(`Göstəricilər\n${line}\nSon.`, lang).map((s) => s.text)[1]

  it('ru: "ед." in a row’s label ends no sentence', () => {
    const line = 'Вагонный парк в лизинге, ед. | 14 200 | 17 850'
    expect(rowOf('ru', line)).toBe(line)
  })

  it.each<[string, string]>([
    ['en', 'Fleet, approx. no. of wagons | 14,200 | 17,850'],
    ['tr', 'Filo, yak. adet | 14.200 | 17.850'],
    ['az', 'Vaqon parkı, təqr. ədəd | 14 200 | 17 850'],
  ])('guard: %s: %s', (lang, line) => {
    expect(rowOf(lang, line)).toBe(line)
  })
})

describe('extractFigures: a heading that repeats its paragraph’s figure gives none of its own', () => {
  const cells = (lang: string, lines: string[]) => extract(lines, lang, '2025-12-29').map((f) => f.words)

  it.each<[string, string[], string[]]>([
    ['az', ['2. 3 500 vaqon', 'Şirkət il ərzində 3 500 vaqon icarəyə verib.'], ['3 500']],
    [
      'az',
      ['PAMBIQ: 62 MİN TONDAN 214 MİN TONA', 'Pambıq daşınması 62 min tondan 214 min tona çatıb.'],
      ['62 min tondan', '214 min tona'],
    ],
    [
      'tr',
      ["■ Bakü-Astana hattında haftalık uçuş 21'e çıkıyor", "Bakü-Astana hattında haftalık uçuş sayısı 21'e çıkıyor."],
      ["21'e"],
    ],
    ['en', ['3. 1,200 FLATCARS', 'The company ordered 1,200 flatcars this year.'], ['1,200']],
    ['ru', ['1. 4,5 МЛН ТОНН', 'Перевалка выросла до 4,5 млн тонн.'], ['4,5 млн тонн']],
  ])('%s: %s', (lang, lines, expected) => {
    expect(cells(lang, lines)).toEqual(expected)
  })

  it('guard: en: a heading’s figure the paragraph does not repeat stays', () => {
    expect(cells('en', ['3. 1,200 FLATCARS', 'The company ordered new wagons this year.'])).toEqual(['1,200'])
  })
})

describe('table rows: a forecast’s scenarios across the head, each row’s unit in its label', () => {
  /** The row's figures: its achieved year's first, then each scenario's forecast by the caption's year. */
  const scenarios = (words: string[], values: number[], unit: string, label: string) =>
    words.map((cell, k) => [
      cell,
      values[k] ?? null,
      unit,
      k === 0 ? 'achieved' : 'forecast',
      k === 0 ? 2025 : null,
      k === 0 ? null : '2026',
      label,
    ])
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'ru',
      [
        'Таблица 1. Прогноз показателей на 2026 год по сценариям',
        'Показатель | 2025 (факт) | Базовый | Оптимистичный | Пессимистичный',
        'Экспорт текстильной продукции, млрд долл. США | 3,42 | 3,85 | 4,10 | 3,30',
        'Экспорт пряжи в Турцию, тыс. тонн | 148,5 | 165,0 | 180,0 | 135,0',
        'Производство полиэтилена, тыс. тонн | 505 | 640 | 690 | 560',
      ],
      [
        ...scenarios(
          ['3,42', '3,85', '4,10', '3,30'],
          [3.42e9, 3.85e9, 4.1e9, 3.3e9],
          'USD',
          'Экспорт текстильной продукции',
        ),
        ...scenarios(
          ['148,5', '165,0', '180,0', '135,0'],
          [148500, 165000, 180000, 135000],
          't',
          'Экспорт пряжи в Турцию',
        ),
        ...scenarios(['505', '640', '690', '560'], [505000, 640000, 690000, 560000], 't', 'Производство полиэтилена'),
      ],
    ],
    [
      'tr',
      [
        'Tablo 1. 2026 Yılı Sonu Tahminleri',
        'Gösterge | 2025 (gerçekleşme) | Baz senaryo | İyimser senaryo | Kötümser senaryo',
        "Özbekistan'dan pamuk ipliği ithalatı (bin ton) | 221 | 245 | 270 | 210",
        "Türkmenistan'dan pamuk lifi ithalatı (bin ton) | 163 | 150 | 165 | 128",
        "Orta Asya'dan tekstil ithalatı (milyon dolar) | 1.105 | 1.240 | 1.380 | 1.090",
      ],
      [
        ...scenarios(
          ['221', '245', '270', '210'],
          [221e3, 245e3, 270e3, 210e3],
          't',
          "Özbekistan'dan pamuk ipliği ithalatı",
        ),
        ...scenarios(
          ['163', '150', '165', '128'],
          [163e3, 150e3, 165e3, 128e3],
          't',
          "Türkmenistan'dan pamuk lifi ithalatı",
        ),
        ...scenarios(
          ['1.105', '1.240', '1.380', '1.090'],
          [1.105e9, 1.24e9, 1.38e9, 1.09e9],
          'USD',
          "Orta Asya'dan tekstil ithalatı",
        ),
      ],
    ],
    [
      'en',
      [
        'Table 2. Outlook for 2026 by scenario',
        'Indicator | 2025 (actual) | Baseline | Optimistic | Pessimistic',
        'Copper concentrate via the Caspian, thousand tonnes | 412 | 480 | 520 | 390',
        'Zinc concentrate via the Caspian, thousand tonnes | 147 | 160 | 175 | 130',
        'Freight revenue, USD million | 96 | 110 | 121 | 88',
      ],
      [
        ...scenarios(
          ['412', '480', '520', '390'],
          [412e3, 480e3, 520e3, 390e3],
          't',
          'Copper concentrate via the Caspian',
        ),
        ...scenarios(
          ['147', '160', '175', '130'],
          [147e3, 160e3, 175e3, 130e3],
          't',
          'Zinc concentrate via the Caspian',
        ),
        ...scenarios(['96', '110', '121', '88'], [96e6, 110e6, 121e6, 88e6], 'USD', 'Freight revenue'),
      ],
    ],
    [
      'az',
      [
        'Cədvəl 1. 2026-cı il üzrə proqnoz ssenariləri',
        'Göstərici | 2025 (faktiki) | Əsas ssenari | Optimist ssenari | Pessimist ssenari',
        'Mis konsentratı, min ton | 412 | 480 | 520 | 390',
        'Sink konsentratı, min ton | 147 | 160 | 175 | 130',
        'Daşınma gəliri, milyon manat | 96 | 110 | 121 | 88',
      ],
      [
        ...scenarios(['412', '480', '520', '390'], [412e3, 480e3, 520e3, 390e3], 't', 'Mis konsentratı'),
        ...scenarios(['147', '160', '175', '130'], [147e3, 160e3, 175e3, 130e3], 't', 'Sink konsentratı'),
        ...scenarios(['96', '110', '121', '88'], [96e6, 110e6, 121e6, 88e6], 'AZN', 'Daşınma gəliri'),
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(figuresOf(lang, lines, '2026-07-20')).toEqual(expected)
  })
})
