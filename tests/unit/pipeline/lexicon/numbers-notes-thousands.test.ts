import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: an endnote’s marker glued after a figure marks it, it measures nothing', () => {
  it.each([
    [
      'az',
      'kivi ixracında Rusiyanın payı 81%6, Gürcüstanın payı 7%, Qazaxıstanın payı isə 5%.',
      [
        [81, 'percent'],
        [7, 'percent'],
        [5, 'percent'],
      ],
    ],
    ['ru', 'Средняя загрузка в 2025 году составила 58%10: заводы простаивают.', [[58, 'percent']]],
    ['az', '2022–2025-ci illərdə ixrac 1,8 dəfə5 artıb.', [[1.8, 'multiplier']]],
    ['az', 'Rusiya ərazisindən keçən marşrutla isə 14–16 gün9.', [[14, 'days']]],
    ['en', 'Transit takes 9–11 days12 via the Middle Corridor.', [[9, 'days']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang).map(([value, unit]) => [value, unit])).toEqual(expected)
  })

  it('tr: a percent sign after a space is still the next number’s, as Turkish writes it', () => {
    expect(read("Payı 2022'deki %12'den %15'e çıktı.", 'tr')).toEqual([
      [12, 'percent'],
      [15, 'percent'],
    ])
  })
})

describe('findQuantities: Turkish and Azerbaijani say one thousand with the bare word', () => {
  it.each([
    ['tr', 'Türkistan Şehir Hastanesi bin 250 yataklı bir eserdir.', 1250],
    ['tr', 'Hastane bin 600 yatak kapasitesiyle açılacak.', 1600],
    ['az', 'Aksiyada min 200 nəfər iştirak edib.', 1200],
  ])('%s: %s', (lang, text, value) => {
    expect(read(text, lang)[0]?.[0]).toBe(value)
  })

  it('tr: after a number the word is that number’s scale', () => {
    expect(read('2 bin 500 ton yük taşındı.', 'tr')).toEqual([[2500, 't']])
  })

  it('tr: a percent in words after its word', () => {
    expect(read('Devlet yüzde yetmiş doluluk garantisi verdi.', 'tr')).toEqual([[70, 'percent']])
  })
})

describe('findQuantities: what names a standard, a note or a date, and the amounts beside them', () => {
  it.each([
    ['en', 'The statements are prepared in accordance with IAS 34 Interim Financial Reporting and IFRS 8.'],
    ['tr', 'Tablolar TMS 34 ve TFRS 15 kapsamında hazırlanmıştır.'],
    ['ru', 'Отчётность составлена по МСФО 16 «Аренда».'],
    ['tr', 'Dipnot 14 – Hasılat'],
    ['en', 'See Note 9 for the terms of the loan.'],
  ])('%s: %s names no amount', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it('en: a date’s year before a currency’s code leaves the code to the amount after it', () => {
    expect(read('At 30 June 2026 USD 20 million had been drawn.', 'en')).toEqual([[20_000_000, 'USD']])
  })

  it.each([
    [
      'tr',
      'Fiyat ton başına 548 ABD Doları (önceki dönem: 571 ABD Doları) olarak gerçekleşmiştir.',
      [
        [548, 'USD/t'],
        [571, 'USD/t'],
      ],
    ],
    [
      'en',
      'The average price was $372 a tonne (H1 2025: $398).',
      [
        [372, 'USD/t'],
        [398, 'USD/t'],
      ],
    ],
    [
      'ru',
      'Средняя цена составила 548 долларов за тонну (год назад: 571 доллар).',
      [
        [548, 'USD/t'],
        [571, 'USD/t'],
      ],
    ],
  ])('%s: a price’s earlier value in brackets is per the same unit', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: Turkish amounts told short beside their neighbours', () => {
  it('"X ile Y avro arasında": both ends of the span are euros', () => {
    expect(read('Kiralama bedeli 9 bin ile 35 bin avro arasında değişiyor.', 'tr')).toEqual([
      [9000, 'EUR'],
      [35_000, 'EUR'],
    ])
  })

  it('"38 binden fazla kişi": people counted, not days borrowed from the fair’s length', () => {
    expect(read('Fuarı 4 gün boyunca 38 binden fazla kişi ziyaret etti.', 'tr')).toEqual([
      [4, 'days'],
      [38_000, 'count'],
    ])
  })
})
