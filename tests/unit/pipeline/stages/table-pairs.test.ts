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
