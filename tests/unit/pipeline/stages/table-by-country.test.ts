import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of an article of lines: its cell, value, unit, year, metric label and countries. */
const rowsOf = (lang: string, lines: readonly string[], published: string) =>
  extract(lines, lang, published).map((f) => [f.words, f.value, f.unit, f.year, f.label, f.countries.join('-')])

describe('table rows: a rule drawn under the head is part of the table, no caption and no row', () => {
  it.each<[string, string, string[], string, (string | number)[]]>([
    [
      'az',
      '2025-10-20',
      ['Cədvəl 2. Un istehsalı aylar üzrə, min ton', 'Ay         | Həcm', '-----------+--------', 'İyul       | 41,2'],
      'Avqust     | 43,9',
      ['41,2', 41200, 't', 2025, 'Cədvəl 2. Un istehsalı aylar üzrə, min ton'],
    ],
    [
      'en',
      '2026-02-10',
      ['Container throughput at Kuryk (TEU)', '| Month | Volume |', '|-------|-------:|', '| October | 3,120 |'],
      '| November | 3,480 |',
      ['3,120', 3120, 'TEU', 2025, 'Container traffic'],
    ],
    [
      'ru',
      '2026-03-27',
      ['Погрузка удобрений в порту Актау, тыс. т', 'Месяц     Объем', '========  =======', 'Январь    18,4'],
      'Февраль   21,7',
      ['18,4', 18400, 't', 2026, 'Погрузка удобрений в порту Актау, тыс. т'],
    ],
  ])('%s: %s', (lang, published, lines, last, first) => {
    const rows = rowsOf(lang, [...lines, last], published)
    expect(rows[0]?.slice(0, 5)).toEqual(first)
    expect(rows).toHaveLength(2)
  })

  it('a rule over the head is no caption either: the title over it names the measure', () => {
    const lines = [
      'Çimento ihracatı, bin ton',
      '+-----------+--------+',
      '| Ay        | Miktar |',
      '+-----------+--------+',
      '| Eylül     | 212,5  |',
      '| Ekim      | 230,1  |',
    ]
    expect(rowsOf('tr', lines, '2025-11-13').map((row) => row.slice(0, 5))).toEqual([
      ['212,5', 212500, 't', 2025, 'Çimento ihracatı, bin ton'],
      ['230,1', 230100, 't', 2025, 'Çimento ihracatı, bin ton'],
    ])
  })
})

describe('table rows: a table by country gives each country’s part of the caption’s one measure', () => {
  it('az: imports by country are the other ends of the article’s own country’s trade; the total is its own', () => {
    const lines = [
      'Azərbaycan buğda idxalını artırıb: Qazaxıstandan gələn taxılın payı yüksəlib.',
      'Buğda idxalı əsas ölkələr üzrə (yanvar-sentyabr)',
      'Ölkə       | 2024, min ton | 2025, min ton',
      '-----------+---------------+--------------',
      'Qazaxıstan |         598,4 |         712,6',
      'Rusiya     |         402,7 |         318,9',
      'Cəmi       |       1.042,9 |       1.078,5',
    ]
    expect(rowsOf('az', lines, '2025-10-20')).toEqual([
      ['598,4', 598400, 't', 2024, 'Wheat supply', 'AZ-KZ'],
      ['712,6', 712600, 't', 2025, 'Wheat supply', 'AZ-KZ'],
      ['402,7', 402700, 't', 2024, 'Wheat supply', 'AZ-RU'],
      ['318,9', 318900, 't', 2025, 'Wheat supply', 'AZ-RU'],
      ['1.042,9', 1042900, 't', 2024, 'Wheat supply', 'AZ'],
      ['1.078,5', 1078500, 't', 2025, 'Wheat supply', 'AZ'],
    ])
  })

  it('en: rows of countries under a caption that moves nothing are each country’s own', () => {
    const lines = [
      'Installed wind capacity on the Caspian coast, MW',
      'Country | 2024 | 2025',
      'Kazakhstan | 410 | 655',
      'Azerbaijan | 230 | 470',
      'Turkmenistan | 0 | 50',
    ]
    expect(rowsOf('en', lines, '2026-02-01').map((row) => [row[0], row[4], row[5]])).toEqual([
      ['410', 'Installed wind capacity on the Caspian coast, MW', 'KZ'],
      ['655', 'Installed wind capacity on the Caspian coast, MW', 'KZ'],
      ['230', 'Installed wind capacity on the Caspian coast, MW', 'AZ'],
      ['470', 'Installed wind capacity on the Caspian coast, MW', 'AZ'],
      ['0', 'Installed wind capacity on the Caspian coast, MW', 'TM'],
      ['50', 'Installed wind capacity on the Caspian coast, MW', 'TM'],
    ])
  })

  it('ru: a row that names a measure, not a country, keeps the rows as measures of their own', () => {
    const lines = [
      'Основные показатели порта Актау',
      'Показатель | 2024 | 2025',
      'Перевалка грузов, млн т | 6,1 | 6,9',
      'Контейнеры, тыс. TEU | 42,0 | 57,5',
    ]
    const labels = rowsOf('ru', lines, '2026-03-01').map((row) => row[4])
    expect(labels).toEqual(['Freight volume', 'Freight volume', 'Container traffic', 'Container traffic'])
  })
})
