import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of an article of lines: its cell, value, unit and countries. */
const cellsOf = (lang: string, lines: readonly string[]) =>
  extract(lines, lang, '2026-10-21').map((f) => [f.words, f.value, f.unit, f.countries.join('-')])

describe('table rows: a table by country under heads of units gives each row’s country with the article’s own', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'en',
      [
        'Uzbekistan’s confectionery exports rose 21% in nine months.',
        'Confectionery exports by destination, January–September 2026',
        'Country | Volume, tonnes | Value, $ million',
        'Kazakhstan | 13,950 | 28.1',
        'Tajikistan | 9,120 | 17.4',
      ],
      [
        ['21%', 21, 'percent', 'UZ'],
        ['13,950', 13_950, 't', 'KZ-UZ'],
        ['28.1', 28_100_000, 'USD', 'KZ-UZ'],
        ['9,120', 9_120, 't', 'TJ-UZ'],
        ['17.4', 17_400_000, 'USD', 'TJ-UZ'],
      ],
    ],
    [
      'tr',
      [
        'Türkiye’nin transformatör ihracatı dokuz ayda yüzde 20 arttı.',
        'Ülkelere göre transformatör ihracatı, ocak-eylül 2026',
        'Ülke | Miktar, ton | Değer, milyon dolar',
        'Özbekistan | 4.200 | 171,3',
        'Kazakistan | 1.100 | 27,1',
      ],
      [
        ['yüzde 20', 20, 'percent', 'TR'],
        ['4.200', 4_200, 't', 'TR-UZ'],
        ['171,3', 171_300_000, 'USD', 'TR-UZ'],
        ['1.100', 1_100, 't', 'KZ-TR'],
        ['27,1', 27_100_000, 'USD', 'KZ-TR'],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(cellsOf(lang, lines)).toEqual(expected)
  })
})

describe('table rows: a column whose head names a unit the table cannot read gives no figure', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'ru',
      [
        'Ход уборки картофеля по районам',
        'Район | Посажено, тыс. га | Урожайность, ц/га',
        'Гянджа-Дашкесанский | 14,6 | 232',
        'Газах-Товузский | 7,9 | 198',
      ],
      [
        ['14,6', 14_600, 'ha', ''],
        ['7,9', 7_900, 'ha', ''],
      ],
    ],
    [
      'az',
      [
        'Kartof yığımının gedişi rayonlar üzrə',
        'Rayon | Əkilib, min hektar | Məhsuldarlıq, sentner/ha',
        'Gəncə-Daşkəsən | 14,6 | 232',
        'Qazax-Tovuz | 7,9 | 198',
      ],
      [
        ['14,6', 14_600, 'ha', ''],
        ['7,9', 7_900, 'ha', ''],
      ],
    ],
    [
      'en',
      [
        'Potato harvest by region',
        'Region | Planted, thousand ha | Yield, c/ha | Change, %',
        'Ganja-Dashkasan | 14.6 | 232 | +4.1',
        'Gazakh-Tovuz | 7.9 | 198 | +2.6',
      ],
      [
        ['14.6', 14_600, 'ha', ''],
        ['+4.1', 4.1, 'percent', ''],
        ['7.9', 7_900, 'ha', ''],
        ['+2.6', 2.6, 'percent', ''],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(cellsOf(lang, lines)).toEqual(expected)
  })

  it('guard, az: a head counting in "ədəd" is a count, no unread unit', () => {
    const lines = [
      'Vaqon alışı',
      'İl | Alınan vaqonlar (ədəd) | Yük daşınması (mln ton)',
      '2024 | 310 | 17,4',
      '2025 | 390 | 18,7',
    ]
    expect(cellsOf('az', lines).map(([words, , unit]) => [words, unit])).toEqual([
      ['310', 'count'],
      ['17,4', 't'],
      ['390', 'count'],
      ['18,7', 't'],
    ])
  })
})

describe('table rows: a cell that names its own unit under a head that gives none keeps it', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'az',
      [
        'BİRJANIN GÜNDƏLİK BÜLLETENİ',
        'Məhsul | Lot | Həcm | Dəyər, ABŞ dolları | Alıcı ölkələr',
        'Xam ipək | 6 | 36 ton | 1 962 000 | Türkiyə, İtaliya',
        'Yun xalçalar | 5 | 1 150 ədəd | 345 000 | Qazaxıstan',
      ],
      [
        ['36 ton', 36, 't', ''],
        ['1 962 000', 1_962_000, 'USD', ''],
        ['1 150 ədəd', 1_150, 'count', ''],
        ['345 000', 345_000, 'USD', ''],
      ],
    ],
    [
      'ru',
      [
        'Итоги торгов',
        'Товар | Лотов | Объем | Цена, долл./т | Сумма, долл. США | Страна покупателя',
        'Соль поваренная | 4 | 2 600 т | 64,50 | 167 700 | Афганистан',
        'Ковры ручной работы | 6 | 48 шт. | – | 318 400 | ОАЭ, Турция',
      ],
      [
        ['2 600 т', 2_600, 't', ''],
        ['64,50', 64.5, 'USD/t', ''],
        ['167 700', 167_700, 'USD', ''],
        ['48 шт.', 48, 'count', ''],
        ['318 400', 318_400, 'USD', ''],
      ],
    ],
    [
      'tr',
      [
        'Günlük işlem bülteni',
        'Ürün | Lot | Miktar | Tutar, ABD doları',
        'Kuru koza | 14 | 420 ton | 4.116.000',
        'İpek halı | 9 | 310 adet | 868.000',
      ],
      [
        ['420 ton', 420, 't', ''],
        ['4.116.000', 4_116_000, 'USD', ''],
        ['310 adet', 310, 'count', ''],
        ['868.000', 868_000, 'USD', ''],
      ],
    ],
    [
      'en',
      [
        'Daily trading bulletin',
        'Product | Lots | Volume | Value, US dollars',
        'Dry cocoons | 14 | 420 tonnes | 4,116,000',
        'Silk carpets | 9 | 310 units | 868,000',
      ],
      [
        ['420 tonnes', 420, 't', ''],
        ['4,116,000', 4_116_000, 'USD', ''],
        ['310 units', 310, 'count', ''],
        ['868,000', 868_000, 'USD', ''],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(cellsOf(lang, lines)).toEqual(expected)
  })
})

describe('table rows: a column of changes against a base year dates nothing; the rows are the article’s year', () => {
  const yearsOf = (lang: string, lines: readonly string[]) =>
    extract(lines, lang, '2026-09-29').map((f) => [f.words, f.unit, f.year])
  it.each<[string, string[]]>([
    [
      'ru',
      [
        'Ход уборки по районам',
        'Район | Убрано, тыс. га | Урожайность к 2025 г., %',
        'Гянджа | 9,8 | +4,1',
        'Газах | 5,1 | +2,6',
      ],
    ],
    [
      'tr',
      [
        'Bölgelere göre hasat',
        'Bölge | Hasat, bin hektar | 2025’e göre verim, %',
        'Konya | 9,8 | +4,1',
        'Niğde | 5,1 | +2,6',
      ],
    ],
    [
      'az',
      [
        'Rayonlar üzrə yığım',
        'Rayon | Yığılıb, min hektar | 2025-ci ilə nisbətən, %',
        'Gəncə | 9,8 | +4,1',
        'Qazax | 5,1 | +2,6',
      ],
    ],
  ])('%s', (lang, lines) => {
    expect(yearsOf(lang, lines).map(([, unit, year]) => [unit, year])).toEqual(ALL_THIS_YEAR)
  })

  it('guard, en: "vs 2025" already dated nothing', () => {
    const lines = [
      'Harvest by region',
      'Region | Harvested, thousand ha | Yield vs 2025, %',
      'Ganja | 9.8 | +4.1',
      'Gazakh | 5.1 | +2.6',
    ]
    expect(yearsOf('en', lines).map(([, unit, year]) => [unit, year])).toEqual(ALL_THIS_YEAR)
  })
})

describe('table heads: a head that prices one unit of goods is still a head', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'az',
      [
        'Cədvəl 2. Marşrutların müqayisəsi',
        'Marşrut | Məsafə, km | Müddət, gün | 1 TEU-nun daşınma haqqı, ABŞ dolları',
        'Orta Dəhliz | 7 000 | 15–20 | 4 500',
        'Şimal dəhlizi | 10 000 | 14–18 | 3 800',
      ],
      [
        ['7 000', 7000, 'km'],
        ['15–20', 15, 'days'],
        ['4 500', 4500, 'USD'],
        ['10 000', 10000, 'km'],
        ['14–18', 14, 'days'],
        ['3 800', 3800, 'USD'],
      ],
    ],
    [
      'ru',
      [
        'Таблица 3. Сравнение маршрутов',
        'Маршрут | Расстояние, км | Срок, дней | Стоимость перевозки 1 т, долл.',
        'Средний коридор | 7 000 | 15 | 95',
        'Северный коридор | 10 000 | 14 | 80',
      ],
      [
        ['7 000', 7000, 'km'],
        ['15', 15, 'days'],
        ['95', 95, 'USD'],
        ['10 000', 10000, 'km'],
        ['14', 14, 'days'],
        ['80', 80, 'USD'],
      ],
    ],
  ])('%s: its columns’ units are read, and its "1" is no figure', (lang, lines, expected) => {
    expect(cellsOf(lang, lines).map(([words, value, unit]) => [words, value, unit])).toEqual(expected)
  })

  it.each([
    [
      'az',
      'Cədvəl 4. Çindən Avropaya marşrutlar',
      'Marşrut | Məsafə, km',
      'Orta Dəhliz | 7 000',
      'Şimal dəhlizi | 10 000',
    ],
    [
      'tr',
      "Tablo 4. Çin'den Avrupa'ya güzergâhlar",
      'Güzergâh | Mesafe, km',
      'Orta Koridor | 7.000',
      'Kuzey koridoru | 10.000',
    ],
    [
      'ru',
      'Таблица 4. Маршруты из Китая в Европу',
      'Маршрут | Расстояние, км',
      'Средний коридор | 7 000',
      'Северный коридор | 10 000',
    ],
    [
      'en',
      'Table 4. Routes from China to Europe',
      'Route | Distance, km',
      'Middle Corridor | 7,000',
      'Northern corridor | 10,000',
    ],
  ])('%s: a caption naming a route by its start and end gives its rows no country', (lang, ...lines) => {
    expect(cellsOf(lang, lines).map(([, value, unit, countries]) => [value, unit, countries])).toEqual([
      [7000, 'km', ''],
      [10000, 'km', ''],
    ])
  })
})

/** Each cell's unit and year in the two rows of a harvest table: the article's year throughout. */
const ALL_THIS_YEAR = [
  ['ha', 2026],
  ['percent', 2026],
  ['ha', 2026],
  ['percent', 2026],
]
