import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** Each quantity of a text as its words, value and unit. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])

describe('findQuantities: days with the copula, and Russian metres written "м"', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['az', 'Çatdırılma müddəti hazırda 12-14 gündür.', [['12-14 gündür', 12, 'days']]],
    ['tr', 'Bekleme süresi 9 gündür.', [['9 gündür', 9, 'days']]],
    ['ru', 'Строится мост длиной 640 м.', [['640 м', 640, 'm']]],
    [
      'ru',
      'Глубина канала — 6,5 м, ширина — 120 м.',
      [
        ['6,5 м', 6.5, 'm'],
        ['120 м', 120, 'm'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string]>([['Добыто 5 м3 газа.'], ['Площадь склада 300 м2.'], ['Площадь 500 м².']])(
    'guard: "м" with a digit glued is no metre: %s',
    (text) => {
      expect(read(text, 'ru').filter(([, , unit]) => unit === 'm')).toEqual([])
    },
  )
})

describe('findQuantities: a metre’s symbol with its power glued, and a bare "m" or "h" that ends its phrase', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Yıllık su ihtiyacı | 138.600 m³', [['138.600 m³', 138600, 'm3']]],
    ['ru', 'Водопотребление | 96 тыс. м3 в год', [['96 тыс. м3', 96000, 'm3']]],
    ['ru', 'Площадь склада 300 м2.', [['300 м2', 300, 'm2']]],
    ['az', 'Uzunluğu: 140,8 m', [['140,8 m', 140.8, 'm']]],
    ['tr', 'Kars Çayı’na uzaklık | 1.150 m', [['1.150 m', 1150, 'm']]],
    ['en', 'Beam: 16.70 m', [['16.70 m', 16.7, 'm']]],
    [
      'en',
      'Cargo operations completed, draught changed from 2.3 m to 4.1 m',
      [
        ['2.3 m', 2.3, 'm'],
        ['4.1 m', 4.1, 'm'],
      ],
    ],
    ['en', 'Time underway: 32 h', [['32 h', 32, 'hours']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'The fund lent a $5 m loan.'],
    ['en', 'Shipments reached 5 m tonnes.'],
  ])('guard, %s: "m" after a currency or before a noun is no metre: %s', (lang, text) => {
    expect(read(text, lang).filter(([, , unit]) => unit === 'm')).toEqual([])
  })
})
