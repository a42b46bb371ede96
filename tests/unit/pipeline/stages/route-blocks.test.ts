import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { routeBlocks, routeOfLine } from '../../../../src/pipeline/stages/route-blocks'
import { paragraphsOf } from './extraction-input'

describe('routeOfLine: a route line between two countries', () => {
  it.each<[string, string, string[] | null]>([
    ['ru', 'Ташкент (UZ) → Мерсин (TR)', ['TR', 'UZ']],
    ['tr', 'Güzergâh: Mersin (TR) → Almatı (KZ), Sarp ve Bakü–Aktau feribotu üzerinden', ['KZ', 'TR']],
    ['en', 'Route: Poti, Georgia → Aktau, Kazakhstan', ['GE', 'KZ']],
    ['az', 'Marşrut: Ələt (AZ) -> Kurık (KZ)', ['AZ', 'KZ']],
    ['en', 'Almaty (KZ) → Astana (KZ)', null],
    ['en', 'Exports rose → imports fell', null],
  ])('%s: %s', (lang, line, expected) => {
    expect(routeOfLine(line, lang)).toEqual(expected)
  })
})

describe('figureCountries: the fields under a route line are the route’s two ends’', () => {
  /** The countries of the figure of `value` in a load board's block. */
  const countriesOf = (lang: string, block: string[], value: number) =>
    extractFigures(paragraphsOf(lang, '2026-06-22', [block])).find((f) => f.value === value)?.countries

  it.each<[string, string[], number, string[]]>([
    [
      'ru',
      ['Ташкент (UZ) → Мерсин (TR)', 'Груз: кунжут очищенный в биг-бэгах, 22 т', 'Ставка: 4 100 USD за машину'],
      22,
      ['TR', 'UZ'],
    ],
    [
      'tr',
      [
        'Güzergâh: Mersin (TR) → Almatı (KZ)',
        'Yük: Kuru soğan, file çuvalda, 22 ton',
        'Teklif edilen navlun: 5.850 USD / araç',
      ],
      5850,
      ['KZ', 'TR'],
    ],
    [
      'en',
      ['Route: Poti (GE) → Aktau (KZ)', 'Cargo: flax seed, 26 t', 'Rate: USD 2,450 per container'],
      2450,
      ['GE', 'KZ'],
    ],
    [
      'az',
      ['Marşrut: Ələt (AZ) → Türkmənbaşı (TM)', 'Yük: motor yağları, 21 ton', 'Tarif: 3 300 ABŞ dolları'],
      21,
      ['AZ', 'TM'],
    ],
  ])('%s', (lang, block, value, expected) => {
    expect(countriesOf(lang, block, value)).toEqual(expected)
  })

  it('guard: the route holds down to its block’s blank line, and a route inside prose opens no block', () => {
    const text = 'Poti (GE) → Aktau (KZ)\nCargo: flax seed, 26 t\n\nRates rose 4%. Poti (GE) → Aktau (KZ) is busy.'
    const sentences = [
      'Poti (GE) → Aktau (KZ)',
      'Cargo: flax seed, 26 t',
      'Rates rose 4%.',
      'Poti (GE) → Aktau (KZ) is busy.',
    ].map((sentence) => ({
      start: text.indexOf(sentence),
      end: text.indexOf(sentence) + sentence.length,
      text: sentence,
    }))
    expect(routeBlocks(text, sentences, 'en')).toEqual([null, ['GE', 'KZ'], null, null])
  })
})
