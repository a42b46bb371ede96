import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extract } from './figure-input'

const read = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-09-17').map((f) => [f.value, f.valueMax, f.unit])
const units = (lang: string, sentence: string) => read(lang, sentence).map(([, , unit]) => unit)

describe('a market’s prices by the ounce, the gram, the pound, the barrel, the litre and the night', () => {
  it.each([
    ['tr', 'Ons altın dün 3.512 dolara çıkarak rekor tazeledi.', [3512, null, 'USD/oz']],
    ['tr', "Gram altın 5.050 TL'nin üzerinde seyrediyor.", [5050, null, 'TRY/g']],
    ['tr', "Kapalıçarşı'da bileziğin gram satış fiyatı 4.720 TL oldu.", [4720, null, 'TRY/g']],
    ['tr', 'Arabica kahve vadelisi libre başına 2,86 dolara geriledi.', [2.86, null, 'USD/lb']],
    ['tr', 'Brent petrolün varili 71,40 dolardan işlem görüyor.', [71.4, null, 'USD/barrel']],
    ['ru', 'Золото закрылось выше 4 200 долларов за тройскую унцию.', [4200, null, 'USD/oz']],
    ['ru', 'Сжиженный газ подорожал до 5 900 сумов за литр.', [5900, null, 'UZS/l']],
    ['en', 'Propane at Almaty filling stations now costs KZT 135 per litre.', [135, null, 'KZT/l']],
    ['en', 'Leyla cites an average of AZN 265 a night in Baku’s hotels.', [265, null, 'AZN/night']],
    ['tr', 'Zincir oda başına gecelik 118 dolar gelir elde etti.', [118, null, 'USD/night']],
  ])('%s: "%s"', (lang, sentence, expected) => {
    expect(read(lang, sentence)).toContainEqual(expected)
  })
})

describe('rents by the square metre, written with its power', () => {
  it.each([
    ['ru', 'Ставка: 3 100 ₸/м² в месяц.', [3100, null, 'KZT/m2']],
    ['ru', 'Средняя ставка выросла до 4 100 ₸ за м² в месяц.', [4100, null, 'KZT/m2']],
    ['az', 'Kommunal xərclər təxminən 3 AZN/m² təşkil edir.', [3, null, 'AZN/m2']],
    ['az', 'İcarə haqqı ayda 1 m² üçün 11 AZN-dir.', [11, null, 'AZN/m2']],
  ])('%s: "%s"', (lang, sentence, expected) => {
    expect(read(lang, sentence)).toContainEqual(expected)
  })
})

describe('a currency’s rate in another', () => {
  it('ru: "12 738,60 сума за доллар" is sums per dollar, decimals after grouped thousands', () => {
    expect(read('ru', 'Центральный банк установил курс 12 738,60 сума за доллар.')).toContainEqual([
      12738.6,
      null,
      'UZS/USD',
    ])
  })
})

describe('guards: a freight rate per box, truck or day stays money, as the corpus writes it', () => {
  it.each([
    ['az', '40 futluq konteyner üçün 1 150 dollar ödənilir.', 'USD'],
    ['en', 'After that we charge USD 90 per day for a reefer truck.', 'USD'],
    ['tr', 'Konteyner tarifesi TEU başına 1.650 dolardan 1.480 dolara inecek.', 'USD'],
    ['ru', 'Далее — 12 долларов в сутки.', 'USD'],
  ])('%s: "%s"', (lang, sentence, unit) => {
    expect(units(lang, sentence)).toContain(unit)
  })
})

describe('findQuantities: thousands grouped by spaces, with the language’s decimals', () => {
  const values = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])
  it.each([
    ['ru', 'Индекс закрылся на отметке 1 084,6 пункта, оборот — 12 738,6 тонн.', [12738.6, 't']],
    ['tr', 'Depolarda 12 738,60 ton ceviz bekliyor.', [12738.6, 't']],
    ['az', 'Anbarda 2 450,5 ton alma saxlanılır.', [2450.5, 't']],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(values(text, lang)).toContainEqual(expected)
  })

  it('guard, en: a comma after spaced thousands is no English decimal', () => {
    expect(values('Stocks reached 12 738,60 tonnes.', 'en')).toEqual([])
  })
})
