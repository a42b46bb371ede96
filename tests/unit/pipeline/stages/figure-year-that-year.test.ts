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
