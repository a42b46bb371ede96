import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { paragraphsOf } from './extraction-input'

/** The figures of a page of lines, each line a paragraph of its own, as a scraper saves a table. */
const read = (lang: string, lines: string[], published: string) =>
  extractFigures(
    paragraphsOf(
      lang,
      published,
      lines.map((line) => [line]),
    ),
  ).map((f) => [f.value, f.unit, f.kind, f.year, f.deadline, f.source.quote])

describe('tableRows: a tariff table of goods by their codes', () => {
  it('az: each good’s rate is its own, though two goods share a rate and the prose tells the same numbers', () => {
    const figures = read(
      'az',
      [
        'Rüsumlar qoz üçün 15 faizdən 5 faizə, püstə üçün isə 3 faizə endirilir.',
        'XİF MN kodu | Malın adı | Köhnə dərəcə | Yeni dərəcə',
        '0802 31 000 0 | Qoz, qabıqlı | 15% | 5%',
        '1107 10 990 0 | Səməni, qovrulmamış | 15% | 5%',
        '0901 21 000 0 | Qəhvə, qovrulmuş | 15% | 10%',
      ],
      '2026-10-05',
    )
    const rows = (code: string) => figures.filter(([, , , , , quote]) => String(quote).startsWith(code))
    expect(rows('0802').map(([value]) => value)).toEqual([15, 5])
    expect(rows('1107').map(([value]) => value)).toEqual([15, 5])
    expect(rows('0901').map(([value]) => value)).toEqual([15, 10])
  })

  it('ru: a column in force until a later day holds today’s rates; the column from that day, the plan', () => {
    const figures = read(
      'ru',
      [
        'Перечень позиций, по которым меняются ставки (ставки указаны в процентах от таможенной стоимости):',
        'Код ТН ВЭД | Наименование товара | Ставка до 01.11.2026 | Ставка с 01.11.2026',
        '2309 90 | Прочие корма для животных | 10% | 5%',
        '7113 11 | Ювелирные изделия из серебра | 30% | 25%',
        '7113 19 | Ювелирные изделия из золота, включая цепочки | 30% | 20%',
      ],
      '2026-10-06',
    )
    expect(figures.map(([value, unit, kind, year, deadline]) => [value, unit, kind, year, deadline])).toEqual([
      [10, 'percent', 'achieved', 2026, null],
      [5, 'percent', 'target', null, '2026-11-01'],
      [30, 'percent', 'achieved', 2026, null],
      [25, 'percent', 'target', null, '2026-11-01'],
      [30, 'percent', 'achieved', 2026, null],
      [20, 'percent', 'target', null, '2026-11-01'],
    ])
  })

  it('guard: a row opened by a year is no good’s code', () => {
    const figures = read('en', ['Year | Exports, t', '2024 | 1,200', '2025 | 1,450'], '2026-03-01')
    expect(figures.map(([value, unit, , year]) => [value, unit, year])).toEqual([
      [1200, 't', 2024],
      [1450, 't', 2025],
    ])
  })
})

describe('a tariff table under its head, through the whole build', () => {
  it('az: two goods at one rate stay two figures, each the good’s own, though the column’s head names the rate', () => {
    const text = [
      'Gömrük rüsumları dəyişir',
      '',
      '05.10.2026',
      '',
      'Nazirlər Kabinetinin qərarı ilə bir sıra məhsulların idxal gömrük rüsumlarının dərəcələri dəyişdirilib.',
      '',
      'XİF MN kodu | Malın adı | Köhnə dərəcə | Yeni dərəcə',
      '0802 31 000 0 | Qoz, qabıqlı | 15% | 5%',
      '0802 51 000 0 | Püstə, qabıqlı | 15% | 3%',
      '0901 21 000 0 | Qəhvə, qovrulmuş | 15% | 10%',
    ].join('\n')
    const { dataset } = buildDataset([{ file: 'az-tariff.txt', bytes: new TextEncoder().encode(text) }])
    const fifteen = dataset.figures.filter((f) => f.value === 15 && f.unit === 'percent')
    expect(fifteen).toHaveLength(3)
    expect(new Set(fifteen.map((f) => f.metric)).size).toBe(3)
  })
})
