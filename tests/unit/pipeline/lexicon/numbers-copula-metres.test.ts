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
