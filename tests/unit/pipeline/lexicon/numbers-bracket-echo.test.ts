import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

type Read = [words: string, value: number, unit: string]

const read = (text: string, lang: string): Read[] =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])

describe('findQuantities: a filing’s amount spelled again in brackets is one amount, with its unit past them', () => {
  it.each<[string, string, Read[]]>([
    [
      'az',
      'Emissiyanın həcmi: 60 000 000 (altmış milyon) ABŞ dolları',
      [['60 000 000 (altmış milyon) ABŞ dolları', 60_000_000, 'USD']],
    ],
    ['az', 'Tədavül müddəti: 5 (beş) il', [['5 (beş) il', 5, 'years']]],
    ['tr', 'Tahvilin vadesi 3 (üç) yıl olarak belirlendi.', [['3 (üç) yıl', 3, 'years']]],
    [
      'ru',
      'Заем в размере 20 000 000 (двадцать миллионов) тенге выдан сроком на 5 (пять) лет.',
      [
        ['20 000 000 (двадцать миллионов) тенге', 20_000_000, 'KZT'],
        ['5 (пять) лет', 5, 'years'],
      ],
    ],
    ['en', 'The notes have a term of five (5) years.', [['five (5) years', 5, 'years']]],
    [
      'en',
      'The issue totals USD 60,000,000 (sixty million US dollars).',
      [['USD 60,000,000 (sixty million US dollars)', 60_000_000, 'USD']],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, Read[]]>([
    [
      'en',
      'Arrivals rose to 5 (from 3) a week.',
      [
        ['5', 5, 'count'],
        ['3', 3, 'count'],
      ],
    ],
    [
      'ru',
      'Опоздали 5 (10%) поездов.',
      [
        ['5', 5, 'count'],
        ['10%', 10, 'percent'],
      ],
    ],
  ])('guard, %s: another number in brackets is its own: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})
