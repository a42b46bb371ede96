import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of an article of lines: its value, unit and year. */
const figuresOf = (lang: string, lines: readonly string[]) =>
  extract(lines, lang, '2026-06-24').map((f) => [f.value, f.unit, f.year])

describe('table rows: a last column of references (a reporting standard’s codes, a source) holds no values', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'Temel Performans Göstergeleri',
        'Gösterge | Birim | 2024 | 2025 | GRI Standardı',
        'Kapsam 1 sera gazı emisyonu | ton CO2e | 38.900 | 35.610 | GRI 305-1',
        'Toplam su çekimi | m³ | 574.300 | 521.800 | GRI 303-3',
        'Yenilenebilir elektrik payı | % | 31 | 46 | -',
      ],
    ],
    [
      'en',
      [
        'Key performance indicators',
        'Indicator | Unit | 2024 | 2025 | GRI Standard',
        'Scope 1 emissions | tonnes CO2e | 38,900 | 35,610 | GRI 305-1',
        'Water withdrawal | m³ | 574,300 | 521,800 | GRI 303-3',
        'Renewable electricity share | % | 31 | 46 | -',
      ],
    ],
    [
      'ru',
      [
        'Ключевые показатели',
        'Показатель | Ед. изм. | 2024 | 2025 | Источник',
        'Выбросы парниковых газов | тонн | 38 900 | 35 610 | Отчёт 2025',
        'Забор воды | м³ | 574 300 | 521 800 | Отчёт 2025',
        'Доля возобновляемой электроэнергии | % | 31 | 46 | -',
      ],
    ],
    [
      'az',
      [
        'Əsas göstəricilər',
        'Göstərici | Vahid | 2024 | 2025 | Mənbə',
        'İstixana qazı emissiyası | ton | 38 900 | 35 610 | DSK',
        'Su götürülməsi | m³ | 574 300 | 521 800 | DSK',
        'Bərpa olunan elektrik payı | % | 31 | 46 | -',
      ],
    ],
  ])('%s: each row in its own unit, each column in its year, the codes no counts', (lang, lines) => {
    expect(figuresOf(lang, lines)).toEqual(
      expect.arrayContaining([
        [38900, 't', 2024],
        [35610, 't', 2025],
        [574300, 'm3', 2024],
        [521800, 'm3', 2025],
        [31, 'percent', 2024],
        [46, 'percent', 2025],
      ]),
    )
    expect(figuresOf(lang, lines)).toHaveLength(6)
  })
})
