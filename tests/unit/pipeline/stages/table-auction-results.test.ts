import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's value and unit, in an auction agency's notice. */
const read = (lang: string, lines: string[], published: string) =>
  extract(lines, lang, published).map((f) => [f.value, f.unit])

describe('tableRows: an auction’s results, its winners named by their companies’ legal forms', () => {
  it('tr: each lot’s starting price, its bidders and its final price, never its number', () => {
    const figures = read(
      'tr',
      [
        'İhale Sonuçları Tablosu',
        'Lot | Tesis | İl | Başlangıç Bedeli (TL) | Teklif Veren Sayısı | Nihai Teklif (TL) | En Yüksek Teklifi Veren',
        '1 | Sarıkamış Kayak Merkezi | Kars | 350.000.000 | 6 | 612.000.000 | Kafkas Dağ Turizmi Yatırımları A.Ş.',
        '2 | Kars Tuğla ve Kiremit Fabrikası | Kars | 85.000.000 | 4 | 143.500.000 | Serhat Yapı Malzemeleri San. ve Tic. Ltd. Şti.',
        '3 | Iğdır Tuğla Fabrikası | Iğdır | 48.000.000 | 1 | – | Yeterli teklif alınamadı',
      ],
      '2026-08-27',
    )
    expect(figures).toEqual(
      expect.arrayContaining([
        [350e6, 'TRY'],
        [6, 'count'],
        [612e6, 'TRY'],
        [143.5e6, 'TRY'],
        [48e6, 'TRY'],
      ]),
    )
    // the lots' numbers ("2", "3") are no counts, and each row gives its three cells once
    expect(figures).not.toContainEqual([2, 'count'])
    expect(figures).not.toContainEqual([3, 'count'])
    expect(figures).toHaveLength(8)
  })

  it('ru: a column of participants counts them, though the caption prices in manats', () => {
    const figures = read(
      'ru',
      [
        'Итоги аукциона (цены в манатах)',
        '№ лота | Объект | Стартовая цена, манатов | Итоговая цена, манатов | Участников | Победитель',
        '1 | Завод оптики | 2 850 000 | 4 120 000 | 5 | ООО «Optik Vizyon Kafkas»',
        '2 | Кирпичный завод № 2 | 1 400 000 | 1 960 000 | 3 | ООО «Abşeron Tikinti»',
        '3 | Кислородная станция | 980 000 | 1 510 000 | 4 | ООО «Caspian Industrial Gases»',
      ],
      '2026-11-18',
    )
    expect(figures).toEqual(
      expect.arrayContaining([
        [2.85e6, 'AZN'],
        [4.12e6, 'AZN'],
        [5, 'count'],
        [3, 'count'],
      ]),
    )
    expect(figures).not.toContainEqual([5, 'AZN'])
  })
})

describe('tableRows: a budget’s plan for the year against its results so far', () => {
  it.each<[string, string[], string]>([
    [
      'tr',
      [
        'Tablo: 2026 Yılı Bütçe Hedefleri ve Ocak-Eylül Gerçekleşmeleri (milyar TL)',
        'Kalem | 2026 Bütçe Hedefi | Ocak-Eylül Gerçekleşme | Gerçekleşme Oranı (%)',
        'Bütçe giderleri | 18.912,0 | 13.284,7 | 70,2',
        'Faiz giderleri | 2.745,0 | 2.091,3 | 76,2',
        'Bütçe gelirleri | 16.216,1 | 11.906,3 | 73,4',
      ],
      '2026-10-16',
    ],
    [
      'ru',
      [
        'Исполнение республиканского бюджета за январь – сентябрь 2026 года, млрд тенге',
        'Показатель | План на 2026 год | Исполнено за январь – сентябрь | Исполнение к годовому плану, %',
        'Расходы, всего | 18 912,0 | 13 284,7 | 70,2',
        'Налоговые поступления | 2 745,0 | 2 091,3 | 76,2',
        'Доходы, всего | 16 216,1 | 11 906,3 | 73,4',
      ],
      '2026-10-21',
    ],
  ])(
    '%s: the plan’s column is its targets by the year, the results and their share of the plan achieved',
    (lang, lines, published) => {
      const figures = extract(lines, lang, published).map((f) => [f.value, f.unit, f.kind, f.year, f.deadline])
      const currency = lang === 'tr' ? 'TRY' : 'KZT'
      expect(figures).toEqual(
        expect.arrayContaining([
          [18912e9, currency, 'target', null, '2026'],
          [13284.7e9, currency, 'achieved', 2026, null],
          [70.2, 'percent', 'achieved', 2026, null],
        ]),
      )
    },
  )
})

describe('tableRows: a freight index’s week of spot rates, each lane between its ends’ countries', () => {
  it.each<[string, string[], string]>([
    [
      'tr',
      [
        'Haftalık spot navlunlar (40 feet kuru yük konteyneri başına)',
        'Hat | Taşıma modu | Fiyat (USD) | Haftalık değişim | Yıllık değişim | Transit süre (gün)',
        'Şanghay – Poti | Deniz (Süveyş, Boğazlar) | 2.940 | -%1,3 | +%9,2 | 33–36',
        'Çongçing – İstanbul | Demiryolu + Hazar feribotu | 5.200 | +%2,4 | +%3,1 | 18–21',
      ],
      '2026-03-13',
    ],
    [
      'ru',
      [
        'Ставки на ключевых направлениях (USD за 40-футовый контейнер, спот)',
        'Направление | Вид перевозки | Ставка, USD | Изм. н/н, % | Изм. г/г, % | Транзит, сут.',
        'Шанхай – Поти | море | 2 940 | −1,3 | +9,2 | 33–36',
        'Чунцин – Стамбул | ж/д + паром | 5 200 | +2,4 | +3,1 | 18–21',
      ],
      '2026-07-06',
    ],
  ])('%s: this week’s rates and changes are the report’s year’s', (lang, lines, published) => {
    const figures = extract(lines, lang, published).map((f) => [f.value, f.unit, f.year, f.countries.join('-')])
    expect(figures).toEqual(
      expect.arrayContaining([
        [2940, 'USD', 2026, 'CN-GE'],
        [-1.3, 'percent', 2026, 'CN-GE'],
        [5200, 'USD', 2026, 'CN-TR'],
      ]),
    )
  })

  it('guard: a table with no word of the moment leaves its undated rows undated', () => {
    const figures = extract(
      [
        'Navlun fiyatları (40 feet konteyner başına)',
        'Hat | Taşıma modu | Fiyat (USD) | Transit süre (gün)',
        'Şanghay – Poti | Deniz | 2.940 | 33–36',
        'Çongçing – İstanbul | Demiryolu | 5.200 | 18–21',
      ],
      'tr',
      '2026-03-13',
    ).map((f) => [f.value, f.year])
    expect(figures).toContainEqual([2940, null])
  })
})

describe('tableRows: a dataset’s preview, its goods’ codes labelling the rows and its pieces counted', () => {
  it('az: "XİF MN kodu" labels each row, "Miqdar, ədəd" counts, the value and the weight keep their units', () => {
    const figures = extract(
      [
        'Cədvəlin önizləməsi (ilk 10 sətir)',
        'İl | Mənşə ölkəsi | Məhsul qrupu | XİF MN kodu | Miqdar, ədəd | Dəyər, min ABŞ dolları | Xalis çəki, ton',
        '2025 | Çin | Ağıllı elektrik sayğacı | 9028 30 | 268 940 | 9 412,9 | 402,6',
        '2025 | Türkiyə | Ağıllı elektrik sayğacı | 9028 30 | 71 215 | 2 991,0 | 113,9',
        '2024 | Çin | Su sayğacı | 9028 20 | 154 300 | 2 468,8 | 231,5',
      ],
      'az',
      '2026-02-04',
    ).map((f) => [f.value, f.unit, f.year])
    expect(figures).toEqual(
      expect.arrayContaining([
        [268940, 'count', 2025],
        [9412900, 'USD', 2025],
        [402.6, 't', 2025],
        [154300, 'count', 2024],
      ]),
    )
    expect(figures.map(([value]) => value)).not.toContain(902830)
  })
})

describe('tableRows: a trade table by partner, each row the article’s country’s trade with its partner', () => {
  it('en: a year opens each row, a goods’ code labels it, the partner is one end and the article’s country the other', () => {
    const figures = extract(
      [
        'Kazakhstan exported 1.2 million tonnes of diesel fuel in 2025; Kazakhstan imported lubricants too.',
        'Data preview (first 8 rows of 1,284)',
        'Year | HS code | Product | Partner | Flow | Quantity, t | Value, thous. USD',
        '2025 | 2710194210 | Diesel fuel | Uzbekistan | Export | 737,200 | 498,350',
        '2025 | 2710194210 | Diesel fuel | Azerbaijan | Export | 96,100 | 66,210',
        '2025 | 2710198200 | Lubricating oils | China | Import | 17,780 | 41,960',
      ],
      'en',
      '2026-04-10',
    )
    const rows = figures.filter((f) => f.value === 737200 || f.value === 17780)
    expect(rows.map((f) => [f.value, f.unit, f.year, f.countries.join('-')])).toEqual([
      [737200, 't', 2025, 'KZ-UZ'],
      [17780, 't', 2025, 'CN-KZ'],
    ])
    expect(rows.map((f) => f.metric)).not.toContain('2710194210')
  })
})
