import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** What each quantity of a sentence reads: its words, value and unit. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])

describe('findQuantities: two amounts joined by "and" share the unit written once', () => {
  it.each<[string, string, (number | string)[][]]>([
    [
      'ru',
      'Для 40-футовых контейнеров — 25 и 50 USD в сутки соответственно.',
      [
        ['25', 25, 'USD'],
        ['50 USD', 50, 'USD'],
      ],
    ],
    [
      'en',
      'The detention fees are USD 25 and 50 per day respectively.',
      [
        ['USD 25', 25, 'USD'],
        ['50', 50, 'USD'],
      ],
    ],
    [
      'tr',
      'Bekleme ücretleri sırasıyla 25 ve 50 dolar.',
      [
        ['25', 25, 'USD'],
        ['50 dolar', 50, 'USD'],
      ],
    ],
    [
      'az',
      'Gecikmə haqları müvafiq olaraq 10 və 8 gündür.',
      [
        ['10', 10, 'days'],
        ['8 gündür', 8, 'days'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: a count with its own noun after "and" keeps it', () => {
    expect(read('Exports reached 50 tonnes and 25 companies joined the scheme.', 'en')).toEqual([
      ['50 tonnes', 50, 't'],
      ['25', 25, 'count'],
    ])
  })

  it('guard: a scale written once is not lent to a number of another size', () => {
    expect(read('Инвестиции составят 1,2 и 1,5 млрд долларов.', 'ru')[0]).toEqual(['1,2', 1.2, 'count'])
  })
})

describe('findQuantities: sizes, grades, standards and posting times count nothing', () => {
  it.each<[string, string]>([
    ['en', 'The company leases 20- and 40-foot containers.'],
    ['ru', 'Аренда 20- и 40-футовых контейнеров.'],
    ['tr', "20 ve 40 feet'lik konteynerler kiralanıyor."],
    ['en', 'Both 5- and 10-year bonds were placed.'],
    ['tr', 'Yük: Hurda metal HMS 1&2 (80:20)'],
    ['ru', 'Груз: деревянные поддоны б/у 1200×800'],
    ['tr', 'KKH ANATOLIA (IMO 9387421) ve KKH COLCHIS'],
    ['tr', 'Aranan nitelikler: EN ISO 9606-1 sertifikası.'],
    ['tr', 'ISPM 15 standardı gereği ısıl işlem zorunlu.'],
    ['ru', 'Размещено: 19.06, 10:10'],
    ['en', 'Posted 21.05, 16:45'],
    ['tr', "Kılavuz alma noktası (41°20,5'K – 036°21,0'D)."],
    ['ru', 'Нарушение влечет штраф в размере 500 МРП.'],
    ['en', 'Notice (2 pages, 214 KB)'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it('guard: a count beside a pallet’s size is still read', () => {
    expect(read('Поддоны 1200×800, 1 400 шт.', 'ru')).toEqual([['1 400', 1400, 'count']])
  })
})

describe('findQuantities: hours and their minutes are one duration', () => {
  it.each<[string, string, number]>([
    ['tr', 'Kapalı kalınan süre 13 saat 45 dakikadır.', 13.75],
    ['en', 'The port was closed for 13 hours and 45 minutes.', 13.75],
    ['ru', 'Порт был закрыт 13 часов 45 минут.', 13.75],
    ['az', 'Liman 2 saat 30 dəqiqə bağlı qalıb.', 2.5],
  ])('%s: %s', (lang, text, hours) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual([[hours, 'hours']])
  })

  it('guard: minutes after a comma may be a figure of their own', () => {
    expect(read('Trains take 30 hours, 45 minutes less than before.', 'en')).toEqual([
      ['30 hours', 30, 'hours'],
      ['45 minutes', 45, 'minutes'],
    ])
  })
})

describe('findQuantities: a currency named with its country', () => {
  it.each<[string, string, number]>([
    ['az', 'Müqavilənin dəyəri 1 150 000 Gürcüstan larisidir.', 1150000],
    ['ru', 'Сумма сделки — 12 000 грузинских лари.', 12000],
  ])('%s: %s', (lang, text, value) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual([[value, 'GEL']])
  })
})
