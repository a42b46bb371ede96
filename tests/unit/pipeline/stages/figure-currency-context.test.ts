import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, value and unit, in an article of the given sentences. */
const amounts = (sentences: string[], lang: string) =>
  extract(sentences, lang, '2026-05-27').map((f) => [f.words, f.value, f.unit])

describe('extractFigures: a Turkish, Azerbaijani or English "som" is the currency of the country the article tells', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'tr',
      ['Özbekistan sınırını öğleden sonra geçtik.', 'Buhara’da akşam yemeği için iki kişi 180 bin som ödedik.'],
      [['180 bin som', 180000, 'UZS']],
    ],
    [
      'az',
      ['Daşkəndin Malika bazarında telefonların qiyməti 1,9 milyon somdan başlayır.'],
      [['1,9 milyon somdan', 1900000, 'UZS']],
    ],
    ['tr', ['Kırgızistan’da Bişkek pazarında bir kilo pirinç 120 som.'], [['120 som', 120, 'KGS/kg']]],
    [
      'en',
      [
        'The melons come from Uzbekistan’s Surkhandarya region.',
        'At the farm gate I get 9,000 som a kilo this season.',
      ],
      [['9,000 som a kilo', 9000, 'UZS/kg']],
    ],
    ['en', ['In Bishkek’s Osh bazaar a kilo of rice costs 120 som.'], [['120 som', 120, 'KGS/kg']]],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(amounts(sentences, lang)).toEqual(expected)
  })

  it('abstains where the article names both countries or neither: the amount’s currency is unknown', () => {
    expect(amounts(['Pazarda bir kilo pirinç 120 som.'], 'tr')).toEqual([])
    expect(amounts(['At the farm gate I get 9,000 som a kilo this season.'], 'en')).toEqual([])
    expect(amounts(['Özbekistan ve Kırgızistan pazarlarında bir kilo pirinç 120 som.'], 'tr')).toEqual([])
  })
})

describe('extractFigures: "TL" after an amount is the Turkish lira in any language', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Filling up in Trabzon: 3.400,00 TL on the receipt.', [['3.400,00 TL', 3400, 'TRY']]],
    ['az', 'Trabzonda yanacağa 3 400 TL ödədik.', [['3 400 TL', 3400, 'TRY']]],
    ['tr', 'Köprü geçişlerine toplam 1.240 TL ödedik.', [['1.240 TL', 1240, 'TRY']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(amounts([sentence], lang)).toEqual(expected)
  })
})

describe('extractFigures: a manat priced in a Turkmen place is Turkmenistan’s', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['ru', 'Портовые сборы в Туркменбаши — 52 маната за тонну.', [['52 маната за тонну', 52, 'TMT/t']]],
    ['az', 'Türkmənbaşında liman rüsumu 1 400 manat təşkil edir.', [['1 400 manat', 1400, 'TMT']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(amounts([sentence], lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    ['az', 'Bakı limanında liman rüsumu 1 400 manat təşkil edir.', [['1 400 manat', 1400, 'AZN']]],
    ['az', 'Türkmənbaşı–Ələt bərəsində bir vaqonun daşınması 1 900 manatdır.', [['1 900 manatdır', 1900, 'AZN']]],
  ])(
    'guard, %s: a manat of an Azerbaijani place, or of a route with one, stays Azerbaijan’s: %s',
    (lang, sentence, expected) => {
      expect(amounts([sentence], lang)).toEqual(expected)
    },
  )
})
