import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { cellFigures, extract } from './figure-input'

describe('table rows: a head of two years’ parts and a last column of changes', () => {
  it.each<[string, string[], (string | number | null)[][], string]>([
    [
      'ru',
      [
        'Ключевые финансовые показатели (млрд тенге)',
        'Показатель | 9М 2025 | 9М 2024 | Изменение',
        'Выручка | 612,4 | 548,9 | +11,6%',
        'EBITDA | 201,7 | 176,3 | +14,4%',
      ],
      [
        ['612,4', 612.4e9, 'KZT', 2025, 'Выручка'],
        ['548,9', 548.9e9, 'KZT', 2024, 'Выручка'],
        ['+11,6%', 11.6, 'percent', 2025, 'Выручка: growth'],
        ['201,7', 201.7e9, 'KZT', 2025, 'EBITDA'],
        ['176,3', 176.3e9, 'KZT', 2024, 'EBITDA'],
        ['+14,4%', 14.4, 'percent', 2025, 'EBITDA: growth'],
      ],
      '2025-11-06',
    ],
    [
      'en',
      [
        'Key figures (USD million)',
        'Indicator | Q3 2025 | Q3 2024 | Change',
        'Revenue | 84.2 | 75.0 | +12.3%',
        'Net profit | 12.1 | 13.0 | -6.9%',
      ],
      [
        ['84.2', 84.2e6, 'USD', 2025, 'Revenue'],
        ['75.0', 75e6, 'USD', 2024, 'Revenue'],
        ['+12.3%', 12.3, 'percent', 2025, 'Revenue: growth'],
        ['12.1', 12.1e6, 'USD', 2025, 'Net profit'],
        ['13.0', 13e6, 'USD', 2024, 'Net profit'],
        ['-6.9%', -6.9, 'percent', 2025, 'Net profit: growth'],
      ],
      '2025-11-06',
    ],
    [
      'az',
      [
        'Qazaxıstan taxılının Azərbaycan ərazisi ilə tranziti (min ton)',
        'Məhsul\t2026, yanvar-iyul\t2025, yanvar-iyul\tDəyişmə, %',
        'Buğda\t812,4\t655,1\t+24,0',
        'Un\t146,9\t171,3\t-14,2',
      ],
      [
        ['812,4', 812400, 't', 2026, 'Wheat supply'],
        ['655,1', 655100, 't', 2025, 'Wheat supply'],
        ['+24,0', 24, 'percent', 2026, 'Wheat supply: growth'],
        ['146,9', 146900, 't', 2026, 'Un'],
        ['171,3', 171300, 't', 2025, 'Un'],
        ['-14,2', -14.2, 'percent', 2026, 'Un: growth'],
      ],
      '2026-08-14',
    ],
    [
      'tr',
      [
        'Temel finansal göstergeler (milyon TL)',
        'Kalem | 9A 2025 | 9A 2024 | Değişim',
        'Hasılat | 412,5 | 350,0 | +17,9%',
        'Net kâr | 61,2 | 66,0 | -7,3%',
      ],
      [
        ['412,5', 412.5e6, 'TRY', 2025, 'Hasılat'],
        ['350,0', 350e6, 'TRY', 2024, 'Hasılat'],
        ['+17,9%', 17.9, 'percent', 2025, 'Hasılat: growth'],
        ['61,2', 61.2e6, 'TRY', 2025, 'Net kâr'],
        ['66,0', 66e6, 'TRY', 2024, 'Net kâr'],
        ['-7,3%', -7.3, 'percent', 2025, 'Net kâr: growth'],
      ],
      '2025-11-06',
    ],
  ])('%s', (lang, lines, expected, published) => {
    expect(cellFigures(lang, lines, published)).toEqual(expect.arrayContaining(expected))
    expect(cellFigures(lang, lines, published)).toHaveLength(expected.length)
  })

  it('guard: a column dated in words after the article stays a plan ("Electronic (from July 2026)")', () => {
    const lines = [
      'Permit fees by country (USD)',
      'Country | Paper (2025) | Electronic (from July 2026)',
      'Kazakhstan | 40 | 25',
      'Georgia | 30 | 18',
    ]
    const kinds = extract(lines, 'en', '2026-03-01').map((f) => [f.words, f.kind, f.deadline])
    expect(kinds).toContainEqual(['25', 'target', '2026-07'])
  })
})

describe('table rows: a caption’s unit among its parts, and a week’s changes', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'en',
      [
        'CFM SPOT ASSESSMENTS, USD per container, all-in, FOB port of loading',
        'Route | Box | 21 Nov | w/w',
        'Aktau - Baku (Alat) | 40ft | 1,850 | -11.9%',
        'Kuryk - Alat | 40ft | 1,720 | -13.6%',
      ],
      [
        ['1,850', 1850, 'USD', 2025],
        ['-11.9%', -11.9, 'percent', 2025],
        ['1,720', 1720, 'USD', 2025],
        ['-13.6%', -13.6, 'percent', 2025],
      ],
    ],
    [
      'ru',
      [
        'Ставки фрахта, долларов за контейнер, FOB',
        'Линия | Тип | 21 ноября | за неделю, %',
        'Актау - Баку | 40 фут | 1 850 | -11,9',
        'Курык - Алят | 40 фут | 1 720 | -13,6',
      ],
      [
        ['1 850', 1850, 'USD', 2025],
        ['-11,9', -11.9, 'percent', 2025],
        ['1 720', 1720, 'USD', 2025],
        ['-13,6', -13.6, 'percent', 2025],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    const figures = extract(lines, lang, '2025-11-21').map((f) => [f.words, f.value, f.unit, f.year])
    expect(figures).toEqual(expected)
  })
})

describe('cleanBody: a Latin label of a Russian table’s row is no line in another script', () => {
  it('keeps "EBITDA | 201,7 | 176,3 | +14,4%" among Russian rows', () => {
    const body = [
      'Компания объявила результаты за девять месяцев 2025 года, выручка выросла на 11,6 процента.',
      'Показатель | 9М 2025 | 9М 2024 | Изменение',
      'Выручка | 612,4 | 548,9 | +11,6%',
      'EBITDA | 201,7 | 176,3 | +14,4%',
      'Чистая прибыль снизилась из-за роста логистических расходов и курсовых разниц в отчетном периоде.',
    ]
    expect(cleanBody(body).text).toContain('EBITDA | 201,7 | 176,3 | +14,4%')
  })

  it('guard: an English line in a Russian story is still cut', () => {
    const body = [
      'Компания объявила результаты за девять месяцев 2025 года, выручка выросла на 11,6 процента.',
      'Read this story in English',
      'Чистая прибыль снизилась из-за роста логистических расходов и курсовых разниц в отчетном периоде.',
    ]
    expect(cleanBody(body).text).not.toContain('Read this story in English')
  })
})

describe('table rows: a head of years closed by a column of changes over the span', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'ru',
      [
        'Основные показатели 2021–2023',
        'Показатель\t2021\t2022\t2023\tИзм. 2021–2023',
        'Производство полиэтилена, тыс. т\t210\t265\t318\t+51%',
        'Выручка, млрд тенге\t98,4\t131,2\t160,5\t+63%',
      ],
      [
        ['210', 210000, 't', 2021, 'Производство полиэтилена'],
        ['265', 265000, 't', 2022, 'Производство полиэтилена'],
        ['318', 318000, 't', 2023, 'Производство полиэтилена'],
        ['+51%', 51, 'percent', 2023, 'Производство полиэтилена: growth'],
        ['98,4', 98.4e9, 'KZT', 2021, 'Выручка'],
        ['131,2', 131.2e9, 'KZT', 2022, 'Выручка'],
        ['160,5', 160.5e9, 'KZT', 2023, 'Выручка'],
        ['+63%', 63, 'percent', 2023, 'Выручка: growth'],
      ],
    ],
    [
      'tr',
      [
        'Temel göstergeler, 2021–2023',
        'Gösterge\t2021\t2022\t2023\tDeğişim 2021–2023, %',
        'Üretim, bin ton\t210\t265\t318\t51',
        'Gelir, milyon dolar\t98,4\t131,2\t160,5\t63',
      ],
      [
        ['210', 210000, 't', 2021, 'Üretim'],
        ['265', 265000, 't', 2022, 'Üretim'],
        ['318', 318000, 't', 2023, 'Üretim'],
        ['51', 51, 'percent', 2023, 'Üretim: growth'],
        ['98,4', 98.4e6, 'USD', 2021, 'Gelir'],
        ['131,2', 131.2e6, 'USD', 2022, 'Gelir'],
        ['160,5', 160.5e6, 'USD', 2023, 'Gelir'],
        ['63', 63, 'percent', 2023, 'Gelir: growth'],
      ],
    ],
    [
      'az',
      [
        'Əsas göstəricilər, 2021–2023',
        'Göstərici\t2021\t2022\t2023\tDəyişmə 2021–2023, %',
        'İstehsal, min ton\t210\t265\t318\t51',
        'Gəlir, milyon dollar\t98,4\t131,2\t160,5\t63',
      ],
      [
        ['210', 210000, 't', 2021, 'İstehsal'],
        ['265', 265000, 't', 2022, 'İstehsal'],
        ['318', 318000, 't', 2023, 'İstehsal'],
        ['51', 51, 'percent', 2023, 'İstehsal: growth'],
        ['98,4', 98.4e6, 'USD', 2021, 'Gəlir'],
        ['131,2', 131.2e6, 'USD', 2022, 'Gəlir'],
        ['160,5', 160.5e6, 'USD', 2023, 'Gəlir'],
        ['63', 63, 'percent', 2023, 'Gəlir: growth'],
      ],
    ],
    [
      'en',
      [
        'Key figures 2021–2023',
        'Indicator\t2021\t2022\t2023\tChange 2021–2023, %',
        'Output, thousand tonnes\t210\t265\t318\t51',
        'Revenue, USD million\t98.4\t131.2\t160.5\t63',
      ],
      [
        ['210', 210000, 't', 2021, 'Output'],
        ['265', 265000, 't', 2022, 'Output'],
        ['318', 318000, 't', 2023, 'Output'],
        ['51', 51, 'percent', 2023, 'Output: growth'],
        ['98.4', 98.4e6, 'USD', 2021, 'Revenue'],
        ['131.2', 131.2e6, 'USD', 2022, 'Revenue'],
        ['160.5', 160.5e6, 'USD', 2023, 'Revenue'],
        ['63', 63, 'percent', 2023, 'Revenue: growth'],
      ],
    ],
  ])('%s: each column dates its cells and the change is the last year’s', (lang, lines, expected) => {
    expect(cellFigures(lang, lines, '2026-04-02')).toEqual(expected)
  })
})
