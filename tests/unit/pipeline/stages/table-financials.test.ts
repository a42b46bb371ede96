import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'

/** The figures of a page of lines, each line a paragraph of its own, as a scraper saves a table. */
const read = (lang: string, lines: string[]) =>
  extractFigures(
    paragraphsOf(
      lang,
      '2026-06-15',
      lines.map((line) => [line]),
    ),
  ).map((f) => [f.value, f.unit, f.year])

describe('tableRows: a company’s key figures under a caption that gives its unit after a semicolon', () => {
  it.each([
    [
      'en',
      [
        'Key financial information (IFRS, audited; KZT millions)',
        'Item | 2025 | 2024 | Change',
        'Revenue | 186,412 | 163,520 | +14.0%',
        'EBITDA | 52,136 | 41,870 | +24.5%',
        'Net debt | 99,060 | 104,230 | —',
      ],
    ],
    [
      'ru',
      [
        'Ключевые показатели (МСФО, аудит; млн тенге)',
        'Показатель | 2025 | 2024 | Изменение',
        'Выручка | 186 412 | 163 520 | +14,0%',
        'EBITDA | 52 136 | 41 870 | +24,5%',
        'Чистый долг | 99 060 | 104 230 | —',
      ],
    ],
  ])('%s: millions of tenge by year, and a row whose change is left empty', (lang, lines) => {
    expect(read(lang, lines)).toEqual(
      expect.arrayContaining([
        [186_412e6, 'KZT', 2025],
        [163_520e6, 'KZT', 2024],
        [99_060e6, 'KZT', 2025],
        [104_230e6, 'KZT', 2024],
      ]),
    )
  })

  it('en: thousands written as a plural after the currency scale the cells', () => {
    const figures = read('en', [
      'Port revenue by terminal (USD thousands)',
      'Terminal | 2025 | 2024',
      'Container | 12,400 | 10,900',
      'Ferry | 8,300 | 7,100',
      'Bulk | 5,200 | 5,600',
    ])
    expect(figures).toEqual(expect.arrayContaining([[12_400_000, 'USD', 2025]]))
  })
})

describe('tableRows: a survey’s waves named by season, and a head whose last cell ends in an abbreviation', () => {
  it.each([
    [
      'ru',
      [
        'Главные препятствия для бизнеса (% респондентов)',
        'Препятствие | лето 2026 | лето 2025 | изменение, п.п.',
        'Непредсказуемые сроки доставки | 67 | 61 | +6',
        'Высокие тарифы | 49 | 47 | +2',
        'Очереди на паромах | 52 | 58 | −6',
      ],
    ],
    [
      'en',
      [
        'Main obstacles for business (% of respondents)',
        'Obstacle | Summer 2026 | Summer 2025 | Change, pp',
        'Unpredictable delivery times | 67 | 61 | +6',
        'High tariffs | 49 | 47 | +2',
        'Ferry queues | 52 | 58 | −6',
      ],
    ],
  ])('%s: each wave’s share in its year, the change in the latest', (lang, lines) => {
    expect(read(lang, lines)).toEqual(
      expect.arrayContaining([
        [67, 'percent', 2026],
        [61, 'percent', 2025],
        [6, 'percent', 2026],
        [-6, 'percent', 2026],
      ]),
    )
  })
})

describe('tableRows: a ratio’s row labelled in times is a multiplier', () => {
  it.each([
    [
      'az',
      'Göstərici | 2023 | 2024 | 2025',
      'Xalis borc / EBITDA, dəfə | 1,4 | 1,2 | 1,1',
      'Gəlir, mln manat | 41,2 | 48,6 | 55,3',
    ],
    [
      'en',
      'Indicator | 2023 | 2024 | 2025',
      'Net debt / EBITDA, x | 1.4 | 1.2 | 1.1',
      'Revenue, AZN million | 41.2 | 48.6 | 55.3',
    ],
    [
      'ru',
      'Показатель | 2023 | 2024 | 2025',
      'Чистый долг / EBITDA, раз | 1,4 | 1,2 | 1,1',
      'Выручка, млн манатов | 41,2 | 48,6 | 55,3',
    ],
  ])('%s', (lang, head, ratio, revenue) => {
    const figures = read(lang, ['Key figures', head, ratio, revenue])
    expect(figures).toEqual(expect.arrayContaining([[1.2, 'multiplier', 2024]]))
    expect(figures.filter(([, unit]) => unit === 'count')).toEqual([])
  })
})

describe('tableRows: a row’s unit in brackets after its name, as a rating report’s key figures give them', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'TEMEL FİNANSAL GÖSTERGELER',
        '| Gösterge | 2024 | 2025 |',
        '| Konsolide hasılat (milyon TL) | 7.182 | 9.840 |',
        '| FAVÖK marjı (yüzde) | 9,6 | 11,8 |',
        '| Net borç / FAVÖK (kat) | 2,6 | 1,9 |',
      ],
    ],
    [
      'ru',
      [
        'Основные показатели',
        '| Показатель | 2024 | 2025 |',
        '| Выручка (млн тенге) | 7 182 | 9 840 |',
        '| Рентабельность по EBITDA (в %) | 9,6 | 11,8 |',
        '| Чистый долг / EBITDA (раз) | 2,6 | 1,9 |',
      ],
    ],
  ])('%s: money, a margin in percent and a ratio in times', (lang, lines) => {
    expect(read(lang, lines)).toEqual(
      expect.arrayContaining([
        [9_840e6, lang === 'tr' ? 'TRY' : 'KZT', 2025],
        [11.8, 'percent', 2025],
        [1.9, 'multiplier', 2025],
      ]),
    )
  })
})

describe('tableRows: an inspection bulletin’s border posts, each with its neighbour and its consignments', () => {
  it('ru: consignments are counted, and the direction column names each row’s other country', () => {
    const lines = [
      'Таблица 1. Контроль ввоза СЗР по пунктам пропуска Казахстана, сентябрь 2026 г.',
      'Пункт пропуска | Направление | Проконтролировано, партий | Объём, т | Отказано во ввозе, партий',
      'Достык | КНР | 251 | 8 960,3 | 3',
      'Жибек Жолы | Узбекистан | 142 | 1 884,5 | 5',
    ]
    const figures = extractFigures(
      paragraphsOf(
        'ru',
        '2026-10-06',
        lines.map((line) => [line]),
      ),
    )
    const of = (value: number) => figures.find((f) => f.value === value)
    expect([of(251)?.unit, of(251)?.countries]).toEqual(['count', ['CN', 'KZ']])
    expect([of(8960.3)?.unit, of(8960.3)?.countries]).toEqual(['t', ['CN', 'KZ']])
    expect(of(142)?.countries).toEqual(['KZ', 'UZ'])
  })
})
