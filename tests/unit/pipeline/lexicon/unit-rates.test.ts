import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { articleOf } from '../stages/extraction-input'

/** Each quantity's value and unit. */
const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a price in cents of one kilowatt-hour is a rate in dollars', () => {
  const one = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.valueMax, q.unit])
  it.each<[string, string, (string | number | null)[][]]>([
    ['tr', 'Rüzgârdan üretilen elektriğin maliyeti kilovatsaat başına 3-4 sent düzeyinde.', [[0.03, 0.04, 'USD/kWh']]],
    ['az', 'Bir kilovatsaat üçün qiymət 5 sent təşkil edir.', [[0.05, null, 'USD/kWh']]],
    ['en', 'Power from the steppe sells at 4.5 cents a kilowatt-hour.', [[0.045, null, 'USD/kWh']]],
    ['ru', 'Себестоимость составляет 5 центов за кВт·ч.', [[0.05, null, 'USD/kWh']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(one(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number | null)[][]]>([
    ['az', 'Bakı, 3 sentyabr, BXA. Limana 12 gəmi daxil olub.', [[12, null, 'count']]],
    ['ru', 'В регионе открыты 5 центров обслуживания.', [[5, null, 'count']]],
  ])('guard: words that begin as cents do not (%s: %s)', (lang, text, expected) => {
    expect(one(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a price of one tonne or barrel is a rate, not an amount of money', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Milling wheat traded at $236 a tonne FOB Aktau.', [[236, 'USD/t']]],
    ['en', 'Brent held at $71 per barrel.', [[71, 'USD/barrel']]],
    ['en', 'Wheat was quoted at $240/t.', [[240, 'USD/t']]],
    ['ru', 'Пшеница стоит 230 долларов за тонну.', [[230, 'USD/t']]],
    ['ru', 'Цена за тонну составила 230 долларов.', [[230, 'USD/t']]],
    ['tr', 'Kazak buğdayı bu hafta ton başına 228 dolardan işlem gördü.', [[228, 'USD/t']]],
    ['tr', 'Ton başına taşıma maliyeti ise 85 dolar bandında seyrediyor.', [[85, 'USD/t']]],
    ['tr', 'Bir ay önce tonu 1.655 dolardan satılıyordu.', [[1655, 'USD/t']]],
    ['az', 'Buğdayın hər tonu üçün 230 dollar ödənilir.', [[230, 'USD/t']]],
    ['az', 'Bir ton taxılın Aktaudan Ələtə daşınması 28 dollara başa gəlir.', [[28, 'USD/t']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'Wheat rose to $236 a tonne, up from $221 a week earlier.',
      [
        [236, 'USD/t'],
        [221, 'USD/t'],
      ],
    ],
    [
      'ru',
      'Пшеница подорожала до 240 долларов за тонну против 221 доллара неделей ранее.',
      [
        [240, 'USD/t'],
        [221, 'USD/t'],
      ],
    ],
    [
      'tr',
      "2024'te ton başına ortalama 480 dolar olan bitüm fiyatlarının geçen yıl 430 dolara gerilediğini söyledi.",
      [
        [480, 'USD/t'],
        [430, 'USD/t'],
      ],
    ],
    [
      'az',
      'Bir ton üçün 300 dollar olan buğda qiyməti bu il 260 dollara enib.',
      [
        [300, 'USD/t'],
        [260, 'USD/t'],
      ],
    ],
  ])('%s: the amount it is compared with is the same rate: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'Wheat fell to $230 a tonne and the company earned $5 million.',
      [
        [230, 'USD/t'],
        [5e6, 'USD'],
      ],
    ],
    ['en', 'Exports are worth $5 billion a year.', [[5e9, 'USD']]],
    [
      'tr',
      '10 milyon tonu 2 milyar dolara satıldı.',
      [
        [10e6, 't'],
        [2e9, 'USD'],
      ],
    ],
    [
      'ru',
      'Компания перевезла 2 млн тонн и заработала 50 млн долларов.',
      [
        [2e6, 't'],
        [50e6, 'USD'],
      ],
    ],
    [
      'tr',
      'Ton başına 480 dolar olan fiyatlar nedeniyle ihracat 5 milyon dolara düştü.',
      [
        [480, 'USD/t'],
        [5e6, 'USD'],
      ],
    ],
  ])('guard: %s: an amount of money stays money: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('extractFigures: a price is filed as its goods’ price, from its own sentence', () => {
  const figuresOf = (lang: string, sentences: string[]) =>
    extractFigures(articleOf(lang, '2026-09-23', sentences)).map((f) => [f.metric, f.unit, f.value])

  it('en: "$236 a tonne" of wheat is the wheat price, not wheat supplied', () => {
    expect(figuresOf('en', ['Milling wheat traded at $236 a tonne FOB Aktau on Tuesday.'])).toEqual([
      ['wheat-supply-price', 'USD/t', 236],
    ])
  })

  it('tr: a price after a sentence on wheat names no wheat when its own sentence names other goods', () => {
    const found = figuresOf('tr', [
      'Kazak buğdayı ihracatı bu yıl 1,2 milyon tona ulaştı.',
      'Özbek pamuk lifinin fiyatı bu hafta ton başına 1.720 dolara yükseldi.',
    ])
    const price = found.find(([, , value]) => value === 1720)
    expect(price?.[1]).toBe('USD/t')
    expect(price?.[0]).not.toBe('wheat-supply-price')
  })
})

describe('findQuantities: a tonne’s price in a compound, cents with their country, one unit before the price', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'Pamuk ipliğinin ton fiyatı 2.860 dolardan 2.790 dolara geriledi.',
      [
        [2860, 'USD/t'],
        [2790, 'USD/t'],
      ],
    ],
    ['az', 'Unun ton qiyməti bu həftə 318 dollar olub.', [[318, 'USD/t']]],
    ['en', 'The tonne price of zinc rose to $2,900.', [[2900, 'USD/t']]],
    ['az', 'Elektrik enerjisinin tarifi 1 kVt·saat üçün 4,1 ABŞ senti müəyyən edilib.', [[0.041, 'USD/kWh']]],
    ['tr', 'Elektriğin fiyatı 1 kilovatsaat için 6 ABD senti olacak.', [[0.06, 'USD/kWh']]],
    ['en', 'The plant sells power at 3.9 US cents a kilowatt-hour.', [[0.039, 'USD/kWh']]],
    ['ru', 'Тариф за 1 кВт·ч составит 5 центов США.', [[0.05, 'USD/kWh']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      '10 milyon ton fiyatı belirsiz kalan ürün 5 milyar dolara satıldı.',
      [
        [10e6, 't'],
        [5e9, 'USD'],
      ],
    ],
    [
      'az',
      'Stansiya ildə 1 kVt·saat da itirmir, layihə 300 milyon dollara başa gəlib.',
      [
        [1, 'kWh'],
        [300e6, 'USD'],
      ],
    ],
  ])('guard: %s: an amount of goods before money stays an amount: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: the Russian dollar abbreviated with its dot still takes the rate after it', () => {
  it.each<[string, (string | number)[][]]>([
    ['Техническая соль продавалась по 27,80 долл./т.', [[27.8, 'USD/t']]],
    ['Цена составила 64,5 долл. за тонну.', [[64.5, 'USD/t']]],
    ['Сульфат натрия ушел по 121 долл. США за тонну.', [[121, 'USD/t']]],
  ])('ru: %s', (text, expected) => {
    expect(read(text, 'ru')).toEqual(expected)
  })

  it('guard, ru: an amount in abbreviated dollars with no rate after it stays an amount', () => {
    expect(read('Сумма сделок – 5 млн долл. США.', 'ru')).toEqual([[5_000_000, 'USD']])
  })
})
