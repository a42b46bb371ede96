import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extract } from '../stages/figure-input'

const quantities = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])

describe('findQuantities: Turkish points beside a share or an interest rate are percentage points', () => {
  it.each<[string, (string | number)[][]]>([
    [
      "Poti'nin payı 4 puan gerileyerek yüzde 21'e indi.",
      [
        ['4 puan', 4, 'percent'],
        ["yüzde 21'e", 21, 'percent'],
      ],
    ],
    [
      'Kazakistan’ın payı 12 puanlık artışla yüzde 58’e çıktı.',
      [
        ['12 puanlık', 12, 'percent'],
        ['yüzde 58’e', 58, 'percent'],
      ],
    ],
    [
      '• Faiz desteği: TL kredilerde 7 puan, döviz kredilerinde 2 puan.',
      [
        ['7 puan', 7, 'percent'],
        ['2 puan', 2, 'percent'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quantities(text, 'tr')).toEqual(expected)
  })

  it.each<[string, (string | number)[][]]>([
    [
      'Yıllık enflasyon, Ocak ayındaki yüzde 30,1 seviyesinden 1,7 puan gerilemiştir.',
      [
        ['yüzde 30,1', 30.1, 'percent'],
        ['1,7 puan', 1.7, 'percent'],
      ],
    ],
    ['Cari açığın milli gelire oranı 0,8 yüzde puan daraldı.', [['0,8 yüzde puan', 0.8, 'percent']]],
    [
      'Fonumuz Haziran ayında karşılaştırma ölçütünün 1,07 puan üzerinde getiri sağladı.',
      [['1,07 puan', 1.07, 'percent']],
    ],
    ["Poti Logistics Group'taki pozisyonumuzu 0,8 puan artırdık.", [['0,8 puan', 0.8, 'percent']]],
  ])('points beside a percentage or an inflation rate: %s', (text, expected) => {
    expect(quantities(text, 'tr')).toEqual(expected)
  })

  it('guard: an index’s points beside its percentage change stay its own', () => {
    expect(quantities('BIST 100 endeksi yüzde 1,2 artışla 95 puan yükseldi.', 'tr')).toEqual([
      ['yüzde 1,2', 1.2, 'percent'],
    ])
  })

  it('guard: an index’s points beside no share are no percentage points, nor a count, and its name is no number', () => {
    expect(quantities('BIST 100 endeksi günü 84 puan yükselişle tamamladı.', 'tr')).toEqual([])
  })
})

describe('extractFigures: the level a change by points starts from is a level, not a fall', () => {
  it.each<[string, string]>([
    ['tr', 'Yıllık enflasyon, Ocak ayındaki yüzde 30,1 seviyesinden 1,7 puan gerilemiştir.'],
    ['az', 'İllik inflyasiya yanvardakı 30,1 faiz səviyyəsindən 1,7 faiz bəndi azalıb.'],
    ['en', 'Annual inflation fell from a level of 30.1% in January by 1.7 percentage points.'],
    ['ru', 'Годовая инфляция снизилась с уровня 30,1% в январе на 1,7 процентного пункта.'],
  ])('%s: %s', (lang, sentence) => {
    const values = extract([sentence], lang, '2026-03-19').map((f) => f.value)
    expect(values).toEqual([30.1, -1.7])
  })
})

describe('extractFigures: a share that melted by points fell', () => {
  it('tr: "payı on yılda 25 puan eridi" is a fall of 25 points', () => {
    const figures = extract(['Pazar payı on yılda 25 puan eridi.'], 'tr', '2026-03-01').map((f) => [f.words, f.value])
    expect(figures).toEqual([['25 puan', -25]])
  })
})

describe('findQuantities: a scaled number counting a noun behind its adjective borrows no currency', () => {
  it.each<[string, string, (string | number)[]]>([
    [
      'en',
      'Türkiye earned $3.1 billion and received more than 1.5 million foreign patients.',
      ['1.5 million', 1500000, 'count'],
    ],
    [
      'ru',
      'Доход составил 3,1 млрд долларов, а клиники приняли 1,5 млн иностранных пациентов.',
      ['1,5 млн', 1500000, 'count'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(quantities(text, lang).at(-1)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[]]>([
    ['en', 'It shipped 4 million tonnes in 2025 and 2 million more tonnes this year.', ['2 million', 2000000, 't']],
    ['en', 'Revenue was $5 billion, against 4 billion last year.', ['4 billion', 4000000000, 'USD']],
  ])('guard, %s: %s', (lang, text, expected) => {
    expect(quantities(text, lang).at(-1)).toEqual(expected)
  })
})

describe('findQuantities: a year with its case ending is a date, and cubic kilometres are water', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', "Taşıma maliyeti 2025'te ton başına ortalama 68 dolar oldu.", [['68 dolar', 68, 'USD/t']]],
    ['az', '2025-ci ildə 5 ton yük daşınıb.', [['5 ton', 5, 't']]],
    ['en', 'Deliveries fell to 38 cubic kilometres.', [['38 cubic kilometres', 38e9, 'm3']]],
    ['ru', 'Водозабор сократился до 38 куб. км.', [['38 куб. км', 38e9, 'm3']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(quantities(text, lang)).toEqual(expected)
  })
})

describe('extractFigures: a percent below its base is a fall', () => {
  it('en: "40% below the long-term average"', () => {
    const figures = extract(['Rainfall in 2025 was about 40% below the long-term average.'], 'en', '2026-06-30')
    expect(figures.map((f) => [f.words, f.value])).toEqual([['40%', -40]])
  })
})
