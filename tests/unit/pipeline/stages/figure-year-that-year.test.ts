import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and year, in an article of 24 February 2026. */
const years = (lang: string, lines: string[]) => extract(lines, lang, '2026-02-24').map((f) => [f.words, f.year])

describe('periodOf: "that year" is the year the sentence before has just named', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'az',
      [
        '2000-ci ildə o, gəmiçiliyin kadrlar şöbəsinə rəhbərlik edib.',
        'Həmin il şirkətin donanmasında 70-dən çox gəmi var idi.',
      ],
      [['70-dən', 2000]],
    ],
    [
      'tr',
      [
        'Batum üzerinden 2019 yılında 930 bin ton kükürt sevk edildi.',
        'Poti Limanı ise aynı yıl 640 bin ton kükürt elleçledi.',
      ],
      [
        ['930 bin ton', 2019],
        ['640 bin ton', 2019],
      ],
    ],
    [
      'en',
      ['In 2015 he became head of the port.', 'That year the port handled 4 million tonnes.'],
      [['4 million tonnes', 2015]],
    ],
    [
      'ru',
      ['В 2019 году он возглавил академию.', 'В том же году в академию поступили 420 курсантов.'],
      [['420', 2019]],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(years(lang, lines)).toEqual(expected)
  })

  it('the base of a comparison before it is no year it names', () => {
    const lines = [
      '2019 yılında Batum üzerinden 930 bin ton kükürt sevk edildi, bu miktar 2018 yılına göre yüzde 21 arttı.',
      'Poti Limanı ise aynı yıl 640 bin ton kükürt elleçledi.',
    ]
    expect(years('tr', lines).at(-1)).toEqual(['640 bin ton', 2019])
  })
})

describe('periodOf: a deadline already past, on a figure told as done, is the year it was done by', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['ru', 'К 2025 году академия подготовила более 1 900 специалистов.', [['1 900', 2025]]],
    ['en', 'By the end of 2025, 96,000 ha had been converted to drip irrigation.', [['96,000 ha', 2025]]],
    ['tr', 'Stoklar 2019 sonunda 2,7 milyon tona gerilemişti.', [['2,7 milyon tona', 2019]]],
    ['az', '2025-ci ilin sonunda Air Astana qrupunun donanması 60 təyyarəyə çatıb.', [['60', 2025]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(lang, [sentence])).toEqual(expected)
  })

  it('guard, ru: "+35% к 2024 году" sets a change against 2024, in the year after it', () => {
    expect(years('ru', ['Экспорт вырос до 3,1 млн т (+35% к 2024 году).']).map(([, year]) => year)).not.toContain(2024)
  })
})

describe('findDates via periodOf: a part of a month dates its figure ("mart başında", "aralık sonunda")', () => {
  it('tr: the month named with its part is the figure’s, not the end of last year beside it', () => {
    const sentence = "Prim geçen yılın sonunda yüzde 1'i seviyesindeyken, şubat başında yüzde 0,7'ye geriledi."
    expect(years('tr', [sentence])).toEqual([
      ["yüzde 1'i", 2025],
      ["yüzde 0,7'ye", 2026],
    ])
  })
})
