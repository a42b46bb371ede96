import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each cell's words, value, unit, year and countries, in an article of 20 May 2026. */
const cells = (lang: string, lines: string[]) =>
  extract(lines, lang, '2026-05-20').map((f) => [f.words, f.value, f.unit, f.year, [...f.countries].sort().join('-')])

describe('table rows: a caption’s amounts and its change column, rows of country pairs', () => {
  it('tr: "(ABD doları) ve değişim (%)" puts dollars in the years’ columns, percents in the change’s', () => {
    const lines = [
      'Tablo 1. 1 GB veri için ortalama dolaşım ücreti (ABD doları) ve değişim (%)',
      'Yön | 2019 | 2025 | Değişim (%)',
      'Türkiye → Azerbaycan | 12,50 | 3,00 | -76,0',
      'Kazakistan → Özbekistan | 6,00 | 2,50 | -58,3',
    ]
    expect(cells('tr', lines)).toEqual([
      ['12,50', 12.5, 'USD', 2019, 'AZ-TR'],
      ['3,00', 3, 'USD', 2025, 'AZ-TR'],
      ['-76,0', -76, 'percent', 2025, 'AZ-TR'],
      ['6,00', 6, 'USD', 2019, 'KZ-UZ'],
      ['2,50', 2.5, 'USD', 2025, 'KZ-UZ'],
      ['-58,3', -58.3, 'percent', 2025, 'KZ-UZ'],
    ])
  })

  it('en: a route’s row "Kazakhstan – China" is both countries’', () => {
    const lines = [
      'Table 2. Rail freight by route (thousand tonnes)',
      'Route | 2024 | 2025',
      'Kazakhstan – China | 120 | 150',
      'Kazakhstan – Azerbaijan | 80 | 95',
    ]
    expect(cells('en', lines).map(([, , , , countries]) => countries)).toEqual(['CN-KZ', 'CN-KZ', 'AZ-KZ', 'AZ-KZ'])
  })
})

describe('table rows: a table by country with a bloc’s row, a total and changes with a true minus', () => {
  const lines = [
    "Table 1. Uzbekistan's fruit and vegetable exports to selected destinations, thousand tonnes",
    'Destination | 2024 | 2025 | Change, %',
    'Türkiye | 214.6 | 187.3 | −12.7',
    'Azerbaijan | 96.2 | 101.5 | +5.5',
    'EU-27 | 58.9 | 49.9 | −15.3',
    'Total, three markets | 369.7 | 338.7 | −8.4',
  ]

  it('en: each country’s row is that country’s and the exporter’s; the bloc’s row is no country’s', () => {
    const rows = cells('en', lines).map(([words, value, unit, , countries]) => [words, value, unit, countries])
    expect(rows).toEqual([
      ['214.6', 214600, 't', 'TR-UZ'],
      ['187.3', 187300, 't', 'TR-UZ'],
      ['−12.7', -12.7, 'percent', 'TR-UZ'],
      ['96.2', 96200, 't', 'AZ-UZ'],
      ['101.5', 101500, 't', 'AZ-UZ'],
      ['+5.5', 5.5, 'percent', 'AZ-UZ'],
      ['58.9', 58900, 't', ''],
      ['49.9', 49900, 't', ''],
      ['−15.3', -15.3, 'percent', ''],
      ['369.7', 369700, 't', 'UZ'],
      ['338.7', 338700, 't', 'UZ'],
      ['−8.4', -8.4, 'percent', 'UZ'],
    ])
  })
})

describe('table rows: an infobox’s row that asks for a year holds a date', () => {
  it.each<[string, string[]]>([
    ['ru', ['Каспийская морская академия', 'Год основания\t2019', 'Студенты\t2 350', 'Преподаватели\t186']],
    ['tr', ['Kazak kükürt ihracatı', 'Kuruluş yılı\t2019', 'Çalışan\t2 350', 'Terminal\t186']],
  ])('%s: the year founded is no count', (lang, lines) => {
    const words = cells(lang, lines).map(([w]) => w)
    expect(words).not.toContain('2019')
  })
})
