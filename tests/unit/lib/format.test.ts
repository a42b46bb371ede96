import { describe, expect, it } from 'vitest'
import {
  axisFormatter,
  formatAxisValue,
  formatPartialDate,
  formatValue,
  isKnownCountryCode,
} from '../../../src/lib/format'
import type { Lang } from '../../../src/lib/langs'
import { compactAz, dateAz } from '../../../src/lib/locale-fallback'

describe('formatValue(value, unit, lang)', () => {
  it.each<[number, string, Lang, string]>([
    [4_500_000, 't', 'en', '4.5 million t'],
    [4_500_000, 't', 'tr', '4,5 milyon ton'],
    [4_500_000, 't', 'az', '4,5 milyon ton'],
    [1e9, 'USD', 'en', '$1 billion'],
    [1e9, 'USD', 'tr', '1 milyar dolar'],
    [1e9, 'USD', 'az', '1 milyard dollar'],
    [62, 'percent', 'en', '62%'],
    [62, 'percent', 'tr', '%62'],
    [3, 'multiplier', 'en', '×3'],
    [1.5, 'multiplier', 'tr', '×1,5'],
    [15, 'count', 'en', '15'],
    [1200, 'TEU', 'en', '1,200 TEU'],
    [236, 'USD/t', 'en', '$236/t'],
    [236, 'USD/t', 'tr', '236 dolar/ton'],
    [71.2, 'USD/barrel', 'tr', '71,2 dolar/varil'],
    // rates per box, night, ounce or square metre, in the interface's words
    [2.86, 'USD/lb', 'en', '$2.86/lb'],
    [118, 'USD/night', 'tr', '118 dolar/gece'],
    [3512, 'USD/oz', 'az', '3.512 dollar/unsiya'],
    [3100, 'KZT/m2', 'en', 'KZT\u00a03.10K/m²'],
    // a price in cents keeps its digits: 4.5 cents is never shown as 5
    [0.045, 'USD/kWh', 'en', '$0.045/kWh'],
    [0.03, 'USD/kWh', 'tr', '0,03 dolar/kWh'],
  ])('formats %d %s in %s as %s', (value, unit, lang, expected) => {
    expect(formatValue(value, unit, lang)).toBe(expected)
  })
})

describe('formatAxisValue(value, unit, lang)', () => {
  it.each<[number, string, Lang, string]>([
    [4_500_000, 't', 'en', '4.5M t'],
    [5e8, 'USD', 'en', '$500M'],
  ])('keeps ticks short: %d %s → %s', (value, unit, lang, expected) => {
    expect(formatAxisValue(value, unit, lang)).toBe(expected)
  })
})

describe('formatPartialDate(date, lang)', () => {
  it.each<[string, Lang, string]>([
    ['2025', 'en', '2025'],
    ['2025-10', 'en', 'October 2025'],
    ['2025-10', 'tr', 'Ekim 2025'],
    ['2025-10-21', 'en', 'Oct 21, 2025'],
    ['2025-10-21', 'az', '21 okt 2025'],
    ['not-a-date', 'en', 'not-a-date'],
  ])('formats %s in %s as %s', (date, lang, expected) => {
    expect(formatPartialDate(date, lang)).toBe(expected)
  })
})

describe('isKnownCountryCode(code)', () => {
  it.each([
    ['KZ', true],
    ['TM', true],
    ['XX', false],
    ['kz', false],
    ['KAZ', false],
  ])('%s → %s', (code, expected) => {
    expect(isKnownCountryCode(code)).toBe(expected)
  })
})

describe('Azerbaijani fallbacks for runtimes without its Intl data', () => {
  it.each([
    ['compacts millions with the Azerbaijani word', compactAz(4_500_000, 'long'), '4,5 milyon'],
    ['compacts billions with the Azerbaijani word', compactAz(1e9, 'long'), '1 milyard'],
    ['uses the short words for axis ticks', compactAz(5e8, 'short'), '500 mln'],
    ['leaves small numbers whole, with Azerbaijani grouping', compactAz(15_000, 'long'), '15.000'],
    ['writes a day with the short month name', dateAz(2025, 10, 21), '21 okt 2025'],
    ['writes a month with the full month name', dateAz(2025, 12, undefined), 'dekabr 2025'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected)
  })
})

describe('axisFormatter(values, unit, lang)', () => {
  it.each([
    ['en', [0, 5e8, 1e9], ['$0', '$0.5B', '$1B']],
    ['tr', [0, 5e8, 1e9], ['0 dolar', '0,5 Mr dolar', '1 Mr dolar']],
    ['az', [0, 5e8, 1e9], ['0 dollar', '0,5 mlrd dollar', '1 mlrd dollar']],
  ] as const)('writes every %s tick at the scale of the largest', (lang, values, expected) => {
    const tick = axisFormatter(values, 'USD', lang)
    expect(values.map(tick)).toEqual(expected)
  })
})
