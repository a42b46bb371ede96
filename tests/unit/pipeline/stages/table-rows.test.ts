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
    ['two rows only', 'en', ['Container throughput (TEU)', 'Year | Volume', '2024 | 52,800', '2025 | 63,100']],
  ])('guard: %s gives no table figure', (_name, lang, lines) => {
    expect(extract(lines, lang, '2026-10-21').filter((f) => f.reviewReasons?.includes('unit-from-context'))).toEqual([])
  })
})
