import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { captionPer, trailingUnit, unitOf } from '../../../../src/pipeline/stages/table-heads'
import { paragraphsOf } from './extraction-input'

/** The figures of a page of lines, each line a paragraph of its own, as a scraper saves a company's statements. */
const read = (lang: string, lines: string[]) =>
  extractFigures(
    paragraphsOf(
      lang,
      '2026-08-14',
      lines.map((line) => [line]),
    ),
  ).map((f) => [f.value, f.unit, f.year])

describe('unitOf: a statement’s scale told as a phrase or a mark', () => {
  it.each([
    ['en', 'in thousands of Kazakhstani tenge', 'KZT', 1000],
    ['en', 'thousands of tenge', 'KZT', 1000],
    ['en', 'in millions of US dollars', 'USD', 1e6],
    ['en', "KZT'000", 'KZT', 1000],
    ['ru', 'в тысячах тенге', 'KZT', 1000],
    ['tr', 'Bin TL', 'TRY', 1000],
    ['az', 'min manatla', 'AZN', 1000],
  ])('%s: "%s" is %s × %d', (lang, words, unit, factor) => {
    expect(unitOf(words, lang)).toEqual({ unit, factor })
  })
})

describe('trailingUnit and captionPer: a head’s unit of time and the unit of goods its prices are for', () => {
  it.each([
    ['ru', 'Срок строительства, мес.', 'months'],
    ['tr', 'Teslim süresi (gün)', 'days'],
    ['az', 'Tikinti müddəti, ay', 'months'],
    ['en', 'Transit time, days', 'days'],
  ])('%s: "%s" is in %s', (lang, head, unit) => {
    expect(trailingUnit(head, lang)?.unit).toBe(unit)
  })

  it('a head that is the word alone names a column of days, not their length', () => {
    expect(trailingUnit('Gün', 'tr')).toBeNull()
  })

  it.each([
    ['ru', 'Стоимость, тыс. тенге за кв. м', 'm2'],
    ['en', 'Price per sq m, USD', 'm2'],
    ['tr', 'Pay başına kazanç (TL)', 'share'],
    ['en', 'Earnings per share, KZT', 'share'],
  ])('%s: "%s" prices per %s', (lang, head, per) => {
    expect(captionPer(head, lang)).toBe(per)
  })
})

describe('tableRows: interim statements, their notes’ column and their amounts in brackets', () => {
  it('en: thousands of tenge from the caption’s bracket, the notes’ numbers left out, costs as their amounts', () => {
    const figures = read('en', [
      'CONDENSED CONSOLIDATED INTERIM STATEMENT OF PROFIT OR LOSS',
      '(in thousands of Kazakhstani tenge)',
      '| | Note | Six months ended 30 June 2026 | Six months ended 30 June 2025 |',
      '| Revenue | 5 | 48,212,604 | 39,814,330 |',
      '| Cost of sales | 6 | (31,402,118) | (26,950,742) |',
      '| Gross profit | | 16,810,486 | 12,863,588 |',
      '| Foreign exchange gain/(loss), net | | 214,380 | (402,613) |',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [48_212_604_000, 'KZT', 2026],
        [39_814_330_000, 'KZT', 2025],
        [31_402_118_000, 'KZT', 2026],
        [16_810_486_000, 'KZT', 2026],
        // a line named both ways ("gain/(loss)") takes its brackets for the second way
        [-402_613_000, 'KZT', 2025],
      ]),
    )
    // the notes' numbers ("5", "6") are no amounts of thousands of tenge
    expect(figures.filter(([value]) => value === 5000 || value === 6000)).toEqual([])
  })

  it('tr: "(Bin TL)" in the caption, a "Dipnot" column, and earnings per share by its label', () => {
    const figures = read('tr', [
      'ÖZET KONSOLİDE KÂR VEYA ZARAR TABLOSU (Bin TL)',
      'Kalem | Dipnot | Cari Dönem 01.01.2026-30.06.2026 | Önceki Dönem 01.01.2025-30.06.2025',
      'Hasılat | 14 | 18.652.740 | 16.204.118',
      'Brüt kâr | | 2.640.835 | 2.016.756',
      'Pay başına kazanç (TL) | | 0,5851 | 0,3484',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [18_652_740_000, 'TRY', 2026],
        [16_204_118_000, 'TRY', 2025],
        [2_640_835_000, 'TRY', 2026],
        [0.5851, 'TRY/share', 2026],
      ]),
    )
    expect(figures.filter(([value]) => value === 14_000)).toEqual([])
  })

  it('tr: periods of days in the head ("01.01-30.06.2026") make a head, not a row of numbers', () => {
    const figures = read('tr', [
      'İhracat pazarlarına göre satış miktarları (bin ton):',
      'Ülke | 01.01-30.06.2026 | 01.01-30.06.2025',
      'Gürcistan | 96,4 | 81,2',
      'Azerbaycan | 74,8 | 58,5',
      'Kazakistan | 22,5 | 9,8',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [96_400, 't', 2026],
        [81_200, 't', 2025],
        [22_500, 't', 2026],
      ]),
    )
  })

  it('ru: prices per square metre and terms in months, each column its own unit', () => {
    expect(
      read('ru', [
        'Таблица 1. Стоимость и сроки строительства типового 9-этажного жилого дома, Алматы, 2025 г.',
        'Технология | Стоимость, тыс. тенге за кв. м | Срок строительства, мес.',
        'Монолитный железобетонный каркас | 420 | 18',
        'Крупнопанельное домостроение (КПД) | 335 | 11',
        'Объёмно-модульная технология | 305 | 7',
      ]),
    ).toEqual(
      expect.arrayContaining([
        [420_000, 'KZT/m2', 2025],
        [18, 'months', 2025],
        [305_000, 'KZT/m2', 2025],
        [7, 'months', 2025],
      ]),
    )
  })

  it('az: a statement in thousands of manats by its caption', () => {
    expect(
      read('az', [
        'MƏNFƏƏT VƏ ZƏRƏR HAQQINDA HESABAT (min manatla)',
        'Maddə | Qeyd | 2026-cı ilin 6 ayı | 2025-ci ilin 6 ayı',
        'Gəlir | 4 | 12 480 | 10 915',
        'Xalis mənfəət | | 1 204 | 988',
      ]),
    ).toEqual(
      expect.arrayContaining([
        [12_480_000, 'AZN', 2026],
        [988_000, 'AZN', 2025],
      ]),
    )
  })
})

describe('statementUnit: a note’s "all amounts in thousands of tenge" is the unit of a table of money naming none', () => {
  it.each([
    [
      'en',
      [
        'All amounts are presented in thousands of tenge unless otherwise stated.',
        'Revenue by location of customers:',
        '| Country | 6M 2026 | 6M 2025 |',
        '| Kazakhstan | 30,117,402 | 25,981,077 |',
        '| Uzbekistan | 7,604,288 | 5,512,906 |',
        '| Georgia | 1,418,907 | 1,206,338 |',
      ],
      [30_117_402_000, 'KZT', 2026],
    ],
    [
      'ru',
      [
        'Все суммы приведены в тысячах тенге, если не указано иное.',
        'Выручка по странам покупателей:',
        'Страна | 6 мес. 2026 | 6 мес. 2025',
        'Казахстан | 30 117 402 | 25 981 077',
        'Узбекистан | 7 604 288 | 5 512 906',
        'Грузия | 1 418 907 | 1 206 338',
      ],
      [30_117_402_000, 'KZT', 2026],
    ],
    [
      'tr',
      [
        'Tutarlar, aksi belirtilmedikçe, bin Türk Lirası olarak ifade edilmiştir.',
        'Ülkelere göre hasılat:',
        'Ülke | 2026 | 2025',
        'Gürcistan | 1.284.517 | 1.062.930',
        'Azerbaycan | 940.112 | 801.448',
        'Irak | 612.905 | 700.310',
      ],
      [1_284_517_000, 'TRY', 2026],
    ],
    [
      'az',
      [
        'Məbləğlər min manatla ifadə olunub.',
        'Ölkələr üzrə gəlir:',
        'Ölkə | 2026 | 2025',
        'Qazaxıstan | 12 480 | 10 915',
        'Gürcüstan | 4 204 | 3 988',
        'Türkiyə | 2 110 | 1 870',
      ],
      [12_480_000, 'AZN', 2026],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(read(lang, lines)).toContainEqual(expected)
  })

  it('guard: a table of volumes under the same note stays in its own unit', () => {
    const figures = read('en', [
      'All amounts are presented in thousands of tenge unless otherwise stated.',
      'Sales volume by country:',
      '| Country | 6M 2026 | 6M 2025 |',
      '| Kazakhstan | 612 | 540 |',
      '| Uzbekistan | 208 | 190 |',
      '| Georgia | 95 | 81 |',
    ])
    expect(figures.some(([, unit]) => unit === 'KZT')).toBe(false)
  })
})
