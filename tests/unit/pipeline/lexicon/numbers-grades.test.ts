import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a hotel’s stars are its class, no count', () => {
  it.each([
    ['tr', 'Heyet 5 yıldızlı bir otelde kaldı ve 120 dolar ödedi.', [[120, 'USD']]],
    ['tr', 'Kafile 4* otele yerleşti.', []],
    ['az', 'Qonaqlar 5 ulduzlu oteldə qalıb.', []],
    ['ru', 'Делегация разместилась в 5-звёздочном отеле на 240 номеров.', [[240, 'count']]],
    ['en', 'The group stays at a 5-star hotel and a 4★ lodge.', []],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    ['tr', 'Gelir | 52,6 | 61,9*', [52.6, 61.9]],
    ['en', 'Rated 4.7 stars by 1,200 guests.', [1200]],
  ])('guard, %s: a star marking a note, and a number of guests, stay ("%s")', (lang, text, values) => {
    expect(read(text, lang).map(([value]) => value)).toEqual(values)
  })
})

describe('findQuantities: the size of a ranking is how many a list shows, no count', () => {
  it.each([
    ['en', 'The top 10 holdings make up 53% of the fund.', [[53, 'percent']]],
    ['en', 'The 10 largest ports handled 5 million tonnes.', [[5e6, 't']]],
    ['ru', 'На 10 крупнейших позиций приходится 53,3% портфеля.', [[53.3, 'percent']]],
    ['tr', 'En büyük 10 ihracatçının payı yüzde 40 oldu.', [[40, 'percent']]],
    ['az', 'Ən böyük 10 şirkətin payı 40 faiz olub.', [[40, 'percent']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, en: the count out of a ranking stays ("4 of the 5 largest producers")', () => {
    expect(read('Hopper shortages were cited by 4 of the 5 largest producers.', 'en')).toEqual([[4, 'count']])
  })

  it('guard, tr: "ilk 6" of a delivery is a count, no ranking', () => {
    expect(read('İlk 6 aracı çeyrek içinde teslim ettik.', 'tr')).toEqual([[6, 'count']])
  })
})
