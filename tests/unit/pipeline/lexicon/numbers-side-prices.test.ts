import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** Each quantity of a text as its value and unit. */
const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a price told short beside a price per unit shares its rate', () => {
  it.each<[string, string]>([
    ['ru', 'Цена авиакеросина в Актау около 1050 долларов за тонну, а в Туркменбаши — 820 долларов.'],
    ['tr', 'Jet yakıtı Aktau’da ton başına 1.050 dolar, Türkmenbaşı’nda ise 820 dolar.'],
    ['az', 'Aviayanacaq Aktauda bir tonu 1050 dollar, Türkmənbaşıda isə 820 dollardır.'],
    ['en', 'Jet fuel costs $1,050 a tonne in Aktau and $820 in Turkmenbashi.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([
      [1050, 'USD/t'],
      [820, 'USD/t'],
    ])
  })

  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'The plant costs $50 per tonne to run and $820 million to build.',
      [
        [50, 'USD/t'],
        [820e6, 'USD'],
      ],
    ],
    [
      'ru',
      'Тонна стоит 1050 долларов за тонну. В Туркменбаши построили склад за 820 долларов.',
      [
        [1050, 'USD/t'],
        [820, 'USD'],
      ],
    ],
  ])('guard: %s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a distance set beside a speed stays a distance', () => {
  it.each<[string, string]>([
    ['en', 'Gusts reached 32 m/s and visibility fell to 300 m.'],
    ['ru', 'Порывы достигали 32 м/с, а видимость снизилась до 300 м.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([
      [32, 'm/s'],
      [300, 'm'],
    ])
  })
})

describe('findQuantities: Russian names one tonne’s price with the genitive after a price or a haul', () => {
  it.each<[string, (string | number)[][]]>([
    ['Стоимость доставки тонны металла до Стамбула составляет около 95 долларов.', [[95, 'USD/t']]],
    ['Цена тонны пшеницы — 230 долларов.', [[230, 'USD/t']]],
    [
      'Перевезено 3 тонны груза на 500 долларов.',
      [
        [3, 't'],
        [500, 'USD'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text, 'ru')).toEqual(expected)
  })
})

describe('findQuantities: a price set beside another in its own currency is per the same unit of goods', () => {
  it.each([
    [
      'az',
      'Kürünün ixrac qiyməti kiloqram üçün 1 150 avro, daxili bazarda isə 1 400 manat olub.',
      [
        [1150, 'EUR/kg'],
        [1400, 'AZN/kg'],
      ],
    ],
    [
      'en',
      'Caviar sells for EUR 1,150 a kilo abroad, while at home it fetches 1,400 manat.',
      [
        [1150, 'EUR/kg'],
        [1400, 'AZN/kg'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual(expected)
  })

  it('guard, az: a sum of money far from a price keeps its own unit', () => {
    const text = 'Kürünün ixrac qiyməti kiloqram üçün 1 150 avro, şirkətin gəliri isə 45 milyon manat olub.'
    expect(findQuantities(text, 'az').map((q) => q.unit)).toEqual(['EUR/kg', 'AZN'])
  })
})
