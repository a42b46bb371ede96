import { describe, expect, it } from 'vitest'
import { mergeFigures } from '../../../../src/pipeline/stages/merge'
import { extract } from './figure-input'

/** The figures of an article that is a lead, a captioned table and a closing line, each a line of its own. */
const figuresOf = (lang: string, lines: readonly string[], published = '2026-10-21') =>
  extract(lines, lang, published).map((f) => [f.words, f.value, f.unit, f.kind, f.year])

describe('table rows: a caption and a column head give each row’s number its unit, measure and year', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'az',
      [
        'Karbamid ixracının aylar üzrə dinamikası (ton)',
        'Ay | Həcm',
        'Yanvar | 44 800',
        'Fevral | 41 200',
        'Mart | 47 900',
      ],
      [
        ['44 800', 44800, 't', 'achieved', 2026],
        ['41 200', 41200, 't', 'achieved', 2026],
        ['47 900', 47900, 't', 'achieved', 2026],
      ],
    ],
    [
      'tr',
      ['Aylara göre fındık ihracatı (bin ton)', 'Ay | Miktar', 'Ekim | 31,5', 'Kasım | 28,2', 'Aralık | 30,1'],
      [
        ['31,5', 31500, 't', 'achieved', 2025],
        ['28,2', 28200, 't', 'achieved', 2025],
        ['30,1', 30100, 't', 'achieved', 2025],
      ],
    ],
    [
      'en',
      [
        'Container throughput at Aktau port, by year (TEU)',
        '| Year | Volume |',
        '| 2023 | 41,300 |',
        '| 2024 | 52,800 |',
        '| 2025 | 63,100 |',
      ],
      [
        ['41,300', 41300, 'TEU', 'achieved', 2023],
        ['52,800', 52800, 'TEU', 'achieved', 2024],
        ['63,100', 63100, 'TEU', 'achieved', 2025],
      ],
    ],
    [
      'ru',
      [
        'Контейнерные поезда Китай – Европа через Каспий, 2026 год',
        'Месяц | Поездов',
        'Январь | 84',
        'Февраль | 79',
        'Март | 101',
      ],
      [
        ['84', 84, 'count', 'achieved', 2026],
        ['79', 79, 'count', 'achieved', 2026],
        ['101', 101, 'count', 'achieved', 2026],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(figuresOf(lang, lines)).toEqual(expected)
  })

  it('keeps two months of one table apart, neither merged nor in conflict, when their values agree', () => {
    const lines = [
      'Karbamid ixracının aylar üzrə dinamikası (ton)',
      'Ay | Həcm',
      'Yanvar | 44 800',
      'Fevral | 44 800',
      'Mart | 47 900',
    ]
    const figures = mergeFigures(extract(lines, 'az', '2026-10-21'))
    expect(figures.map((f) => [f.value, f.conflict, 'month' in f])).toEqual([
      [44800, null, false],
      [44800, null, false],
      [47900, null, false],
    ])
  })

  it('says the unit and measure were read from the table, so the figures are listed for review, not charted', () => {
    const lines = [
      'Karbamid ixracının aylar üzrə dinamikası (ton)',
      'Ay | Həcm',
      'Yanvar | 44 800',
      'Fevral | 41 200',
      'Mart | 47 900',
    ]
    expect(extract(lines, 'az', '2026-10-21')[0]?.reviewReasons).toContain('unit-from-context')
  })

  it.each<[string, string, string[]]>([
    [
      'a menu of links',
      'tr',
      ['Gündem | Hopa | Borçka', 'Ekonomi | Spor | Yazarlar', 'Vefat | Künye | Arşiv', 'Ana Sayfa | Hopa | Ekonomi'],
    ],
    ['rows with no caption over them', 'az', ['Ay | Həcm', 'Yanvar | 44 800', 'Fevral | 41 200', 'Mart | 47 900']],
    ['two rows only, with no unit', 'en', ['Container throughput', 'Year | Volume', '2024 | 52,800', '2025 | 63,100']],
  ])('guard: %s gives no table figure', (_name, lang, lines) => {
    expect(extract(lines, lang, '2026-10-21').filter((f) => f.reviewReasons?.includes('unit-from-context'))).toEqual([])
  })
})

describe('table rows: each column its own unit and date, a row its own route', () => {
  it('az: a column of tonnes and one of signed changes, rows named by routes, the year closing the caption', () => {
    const figures = extract(
      [
        'Tranzit yüklərin əsas istiqamətlər üzrə bölgüsü, 2025',
        'İstiqamət | Həcm, min ton | Dəyişmə, %',
        'Çin – Avropa (Orta Dəhliz) | 4 720 | +17,4',
        'Rusiya – İran (Şimal–Cənub) | 6 150 | +9,8',
        'Qazaxıstan – Türkiyə | 1 380 | -6,2',
      ],
      'az',
      '2026-01-29',
    )
    expect(figures.map((f) => [f.value, f.unit, f.year, f.countries])).toEqual([
      [4_720_000, 't', 2025, []],
      [17.4, 'percent', 2025, []],
      [6_150_000, 't', 2025, ['IR', 'RU']],
      [9.8, 'percent', 2025, ['IR', 'RU']],
      [1_380_000, 't', 2025, ['KZ', 'TR']],
      [-6.2, 'percent', 2025, ['KZ', 'TR']],
    ])
  })

  it.each<[string, string[], string, (string | number | null)[][]]>([
    [
      'en, rows of years with no head, the unit after the caption’s comma',
      ['Khorgos Gateway throughput, TEU', '2023 | 365,000', '2024 | 428,000', '2025 | 486,000'],
      'en',
      [
        ['365,000', 365_000, 'TEU', 'achieved', 2023],
        ['428,000', 428_000, 'TEU', 'achieved', 2024],
        ['486,000', 486_000, 'TEU', 'achieved', 2025],
      ],
    ],
    [
      'ru, two rows under a head that names the unit and dates its columns',
      [
        'Индикативные цены, $/т | 17 октября | 10 октября',
        'Ячмень, FOB Актау | 176 | 172',
        'Мука, DAP Баку | 318 | 315',
      ],
      'ru',
      [
        ['176', 176, 'USD/t', 'achieved', 2025],
        ['172', 172, 'USD/t', 'achieved', 2025],
        ['318', 318, 'USD/t', 'achieved', 2025],
        ['315', 315, 'USD/t', 'achieved', 2025],
      ],
    ],
    [
      'tr, two rows with two label cells under a caption with the unit',
      ['Diğer ürünlerde fiyatlar (USD/ton):', 'Arpa | FOB Aktau | 176', 'Un | DAP Bakü | 290'],
      'tr',
      [
        ['176', 176, 'USD/t', 'achieved', 2025],
        ['290', 290, 'USD/t', 'achieved', 2025],
      ],
    ],
  ])('%s', (_name, lines, lang, expected) => {
    expect(figuresOf(lang, lines, '2025-10-17')).toEqual(expected)
  })

  it('marks the year of a table no label, head or caption dates as the article’s (az)', () => {
    const figures = extract(
      ['Digər məhsullar üzrə qiymətlər (USD/ton):', 'Arpa | FOB Aktau | 176', 'Un | DAP Bakı | 290'],
      'az',
      '2025-11-14',
    )
    expect(figures.map((f) => [f.year, f.reviewReasons?.includes('year-from-context')])).toEqual([
      [2025, true],
      [2025, true],
    ])
  })

  it('keeps the sentence’s figure when a table repeats it (ru)', () => {
    const figures = extract(
      [
        'Пшеница на условиях FOB Актау котировалась по $228 за тонну.',
        'Индикативные цены, $/т | 17 октября | 10 октября',
        'Пшеница, FOB Актау | 228 | 224',
        'Мука, DAP Баку | 318 | 315',
      ],
      'ru',
      '2025-10-17',
    )
    expect(figures.map((f) => [f.value, f.reviewReasons?.includes('unit-from-context') ?? false])).toEqual([
      [228, false],
      [224, true],
      [318, true],
      [315, true],
    ])
  })
})
