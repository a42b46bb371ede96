import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** Each quantity of a text as its words, value and unit. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit, q.valueMax])

describe('findQuantities: an address’s postal code and a phone named with a case ending count nothing', () => {
  it.each<[string, string]>([
    ['en', 'Issuer: Ertis Silicon JSC, 45 Lomov Street, Pavlodar 140000, Republic of Kazakhstan.'],
    ['tr', 'Yatırım Destek Ofisi: Faikbey Caddesi No: 41, 36100 Merkez / Kars'],
    ['ru', 'Адрес: 050000, г. Алматы, ул. Абая, 12.'],
    ['az', 'Ünvan: AZ1000, Bakı, Nizami küçəsi 96'],
    ['az', 'Əlaqə telefonu: (012) 555-44-33, daxili 118.'],
    ['ru', 'Справки по телефону: (7172) 74-12-30.'],
    // a floor, a block or a room labelled before its number, and Turkish "numbered" ("No'lu")
    ['tr', 'Aksoy Baran Hukuk Bürosu, Büyükdere Cad. No: 185, Kat: 14, 34394 Levent / İstanbul'],
    ['tr', 'Yapılacağı yer: TCDD Genel Müdürlüğü, B Blok 2. Kat, 214 No’lu Toplantı Salonu'],
    ['en', 'Registered office: Nurly Tau Business Centre, Block 4, Floor: 12, Almaty'],
    ['ru', 'Адрес офиса: бизнес-центр «Нурлы Тау», этаж: 12, офис: 1204.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it('guard, tr: "kat" after a number is a multiple, not a floor', () => {
    expect(read('İhracat iki kat artarak 14 bin tona ulaştı.', 'tr').map(([, value, unit]) => [value, unit])).toEqual([
      [2, 'multiplier'],
      [14000, 't'],
    ])
  })

  it('guard, ru: a plain five-digit amount with its unit beside a street is kept', () => {
    expect(read('На улице Абая высадили 12000 деревьев, проспект расширили на 3 км.', 'ru')).toEqual([
      ['12000', 12000, 'count', null],
      ['3 км', 3, 'km', null],
    ])
  })
})

describe('findQuantities: a bare number that starts a change takes the unit of the amount it ends at', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'ru',
      'Новые правила сократят время обработки с нынешних 36 до 20 часов.',
      [
        ['36', 36, 'hours', null],
        ['20 часов', 20, 'hours', null],
      ],
    ],
    [
      'en',
      'Clearance will fall from 36 to 20 hours.',
      [
        ['36', 36, 'hours', null],
        ['20 hours', 20, 'hours', null],
      ],
    ],
    [
      'tr',
      'Bekleme süresi 36’dan 20 saate indi.',
      [
        ['36’dan', 36, 'hours', null],
        ['20 saate', 20, 'hours', null],
      ],
    ],
    [
      'az',
      'Gözləmə müddəti 36-dan 20 saata enəcək.',
      [
        ['36-dan', 36, 'hours', null],
        ['20 saata', 20, 'hours', null],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, ru: a start far smaller than a scaled end is left unread as a count, never a few tonnes', () => {
    expect(read('Мощность увеличат с 12 до 20 млн тонн.', 'ru')).toEqual([
      ['12', 12, 'count', null],
      ['20 млн тонн', 20e6, 't', null],
    ])
  })
})

describe('findQuantities: a fine from one amount up to another is one range in Azerbaijani and Turkish', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'az',
      'Qaydaların pozulmasına görə hüquqi şəxslər 2 000 manatdan 5 000 manatadək məbləğdə cərimə edilir.',
      [['2 000 manatdan 5 000 manatadək', 2000, 'AZN', 5000]],
    ],
    [
      'tr',
      'Kurala uymayan firmalara 20.000 liradan 50.000 liraya kadar para cezası verilecek.',
      [['20.000 liradan 50.000 liraya', 20000, 'TRY', 50000]],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, az: a rise from one amount to another stays a change of two figures', () => {
    expect(read('Tarif 2 000 manatdan 5 000 manatadək artırılıb.', 'az')).toEqual([
      ['2 000 manatdan', 2000, 'AZN', null],
      ['5 000 manatadək', 5000, 'AZN', null],
    ])
  })
})

describe('findQuantities: a price at an earlier time, beside the price per unit it compares with, is per that unit', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'en',
      'The average realised price was USD 2,140 per tonne in 2025 (2024: USD 2,310).',
      [
        ['USD 2,140 per tonne', 2140, 'USD/t', null],
        ['USD 2,310', 2310, 'USD/t', null],
      ],
    ],
    [
      'tr',
      'Tonu 610 dolara geliyor, geçen yıl 720 dolardı.',
      [
        ['610 dolara', 610, 'USD/t', null],
        ['720 dolardı', 720, 'USD/t', null],
      ],
    ],
    [
      'az',
      'Tonu 610 dollara satılır, ötən il 720 dollar idi.',
      [
        ['610 dollara', 610, 'USD/t', null],
        ['720 dollar', 720, 'USD/t', null],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, en: an amount of another size after last year is no price per tonne', () => {
    expect(read('Prices held at $540 a tonne, last year $12 million was invested.', 'en')).toEqual([
      ['$540 a tonne', 540, 'USD/t', null],
      ['$12 million', 12e6, 'USD', null],
    ])
  })
})

describe('findQuantities: a cubic centimetre is an engine’s volume, and a price per one is per that volume', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['ru', 'Акциз — 0,30 маната за 1 см³ объёма двигателя.', [['0,30 маната за 1 см³', 0.3, 'AZN/cm3', null]]],
    ['en', 'The excise is AZN 0.30 per cm³ of engine volume.', [['AZN 0.30 per cm³', 0.3, 'AZN/cm3', null]]],
    ['ru', 'Объём двигателя — 2 487 см³.', [['2 487 см³', 2487, 'cm3', null]]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, en: a centimetre alone stays a length', () => {
    expect(read('The pipe is 120 cm long.', 'en')).toEqual([['120 cm', 1.2, 'm', null]])
  })
})
