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
