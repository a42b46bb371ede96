import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of an article of lines: its cell, value, unit and year. */
const cellsOf = (lang: string, lines: readonly string[]) =>
  extract(lines, lang, '2026-10-15').map((f) => [f.words, f.value, f.unit, f.year])

describe('table rows: a CSV file’s rows, parted by semicolons, are read as a table’s', () => {
  it('az: monthly rows and a half-year’s row of last year, each dated by its label', () => {
    const lines = [
      'Günəbaxan yağının idxalı (2026-cı ilin yanvar-iyun ayları)',
      'Dövr;Günəbaxan yağının idxalı, ton;Günəbaxan yağının idxalı, min ABŞ dolları',
      'Yanvar 2026;9 846,2;11 225,7',
      'Fevral 2026;8 912,5;10 073,4',
      'Yanvar-iyun 2025;55 412,8;58 730,1',
    ]
    expect(cellsOf('az', lines)).toEqual([
      ['9 846,2', 9846.2, 't', 2026],
      ['11 225,7', 11_225_700, 'USD', 2026],
      ['8 912,5', 8912.5, 't', 2026],
      ['10 073,4', 10_073_400, 'USD', 2026],
      ['55 412,8', 55_412.8, 't', 2025],
      ['58 730,1', 58_730_100, 'USD', 2025],
    ])
  })

  it('en: a row of changes in percent under heads of tonnes and dollars stays in percent', () => {
    const lines = [
      'Sunflower oil exports, January–September 2026',
      'Period;Sunflower oil exports, thousand tonnes;Sunflower oil exports, million USD',
      'Jan-Sep 2025;598.4;589.9',
      'Jan-Sep 2026;655.0;701.4',
      'Change Jan-Sep 2026 / Jan-Sep 2025, %;9.5;18.9',
    ]
    expect(cellsOf('en', lines).map(([words, value, unit]) => [words, value, unit])).toEqual([
      ['598.4', 598_400, 't'],
      ['589.9', 589_900_000, 'USD'],
      ['655.0', 655_000, 't'],
      ['701.4', 701_400_000, 'USD'],
      ['9.5', 9.5, 'percent'],
      ['18.9', 18.9, 'percent'],
    ])
  })

  it('guard, ru: a sentence with semicolons between its clauses is prose', () => {
    const lines = ['Экспорт вырос на 12%; импорт — на 5%; транзит не изменился.']
    expect(cellsOf('ru', lines).map(([, value]) => value)).toEqual([12, 5])
  })

  it('guard, tr: a good’s code with four digits in its label dates no row', () => {
    const lines = [
      'Fiyat listesi (USD, FOB Mersin)',
      'Kod | Ürün | Fiyat, USD',
      'ALT-PK-2080-OAK | Meşe görünümlü | 9,35',
      'ALT-PK-2090-WAL | Ceviz görünümlü | 9,80',
      'ALT-PK-2100-ASH | Dişbudak görünümlü | 10,15',
    ]
    expect(cellsOf('tr', lines)).toEqual([
      ['9,35', 9.35, 'USD', 2026],
      ['9,80', 9.8, 'USD', 2026],
      ['10,15', 10.15, 'USD', 2026],
    ])
  })
})

describe('table rows: a list that gives each label its value after a dash, under a caption with the unit', () => {
  it.each<[string, string[]]>([
    [
      'az',
      [
        'Generasiyanın strukturu (ümumi istehsalda pay, %)',
        'İstilik elektrik stansiyaları (təbii qaz) — 86,4',
        'Su elektrik stansiyaları — 7,9',
        'Günəş elektrik stansiyaları — 4,1',
      ],
    ],
    [
      'en',
      [
        'Generation mix (share of total output, %)',
        'Thermal power plants (natural gas) — 86.4',
        'Hydro power plants — 7.9',
        'Solar power plants — 4.1',
      ],
    ],
  ])('%s: each row’s value is in the caption’s unit', (lang, lines) => {
    expect(cellsOf(lang, lines).map(([, value, unit]) => [value, unit])).toEqual([
      [86.4, 'percent'],
      [7.9, 'percent'],
      [4.1, 'percent'],
    ])
  })

  it('guard: a list of other stories, each headline with its date after a dash, is no table', () => {
    const lines = [
      'Related news',
      'Ferry line to Alat adds third vessel — 22.12.2025',
      'New tariff schedule for 2026 approved — 15.01.2026',
      'Aktau container terminal marks record February with 9,870 TEU — 03.03.2026',
    ]
    expect(cellsOf('en', lines).map(([, value]) => value)).not.toContain(22.12)
    expect(cellsOf('en', lines).map(([, value]) => value)).not.toContain(15.01)
  })
})
