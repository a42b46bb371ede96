import { readRateUnit } from '../schema/rate-unit'
import type { Lang } from './langs'
import { azCountryName, azLanguageName } from './az-names'
import { dateTimeFormat, displayNames, numberFormat } from './intl-cache'
import { compactAz, dateAz, hasIntlData, monthAz, numberAz } from './locale-fallback'

// Words Intl has no unit for: tonnes are not a sanctioned ECMA-402 unit, and "$1B" reads worse than "$1 billion".
const TONNE: Record<Lang, string> = { en: 't', tr: 'ton', az: 'ton' }
/** The unit a rate is quoted per, as each interface language writes it after the slash ("$780/container"). */
const PER_UNIT: Readonly<Record<string, Record<Lang, string>>> = {
  t: { en: 't', tr: 'ton', az: 'ton' },
  barrel: { en: 'barrel', tr: 'varil', az: 'barrel' },
  hour: { en: 'hour', tr: 'saat', az: 'saat' },
  day: { en: 'day', tr: 'gün', az: 'gün' },
  night: { en: 'night', tr: 'gece', az: 'gecə' },
  container: { en: 'container', tr: 'konteyner', az: 'konteyner' },
  truck: { en: 'truck', tr: 'tır', az: 'tır' },
  declaration: { en: 'declaration', tr: 'beyanname', az: 'bəyannamə' },
  oz: { en: 'oz', tr: 'ons', az: 'unsiya' },
  lb: { en: 'lb', tr: 'libre', az: 'funt' },
  l: { en: 'l', tr: 'litre', az: 'litr' },
  m2: { en: 'm²', tr: 'm²', az: 'm²' },
  m3: { en: 'm³', tr: 'm³', az: 'm³' },
  share: { en: 'share', tr: 'pay', az: 'səhm' },
}
const DOLLAR: Record<Lang, (amount: string) => string> = {
  en: (amount) => `$${amount}`,
  tr: (amount) => `${amount} dolar`,
  az: (amount) => `${amount} dollar`,
}

/** How a value is shortened: by its scale from ten thousand up, to three significant digits below one ("$0.045"). */
function compactOptions(value: number, display: 'long' | 'short'): Intl.NumberFormatOptions {
  if (Math.abs(value) >= 1e4) return { notation: 'compact', compactDisplay: display, maximumFractionDigits: 2 }
  return Math.abs(value) < 1 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }
}

function compact(value: number, lang: Lang, display: 'long' | 'short'): string {
  if (lang === 'az' && !hasIntlData('az')) return compactAz(value, display)
  return numberFormat(lang, compactOptions(value, display)).format(value)
}

/** Formats a plain number in the interface language, grouping digits ("4 500 000" → "4,500,000" in English). */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'az' && !hasIntlData('az')) return numberAz(value)
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value)
}

/** Formats a figure's value with its unit, compact where it helps: "4.5 million t", "4,5 milyon ton", "$1 billion". */
export function formatValue(value: number, unit: string, lang: Lang, display: 'long' | 'short' = 'long'): string {
  // a price of one unit of goods: "$236/t", "236 dolar/ton", "$71/barrel"
  const rate = readRateUnit(unit)
  if (rate) {
    const per = PER_UNIT[rate.per]?.[lang] ?? rate.per
    return `${formatValue(value, rate.currency, lang, display)}/${per}`
  }
  switch (unit) {
    case 'USD':
      return DOLLAR[lang](compact(value, lang, display))
    case 't':
      return `${compact(value, lang, display)} ${TONNE[lang]}`
    case 'percent':
      if (!hasIntlData(lang)) return `${formatNumber(value, lang)}%`
      return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
    case 'multiplier':
      return `×${formatNumber(value, lang)}`
    case 'count':
      return formatNumber(value, lang)
    default:
      if (/^[A-Z]{3}$/.test(unit) && unit !== 'TEU') {
        return numberFormat(lang, {
          style: 'currency',
          currency: unit,
          notation: 'compact',
          maximumFractionDigits: 2,
        }).format(value)
      }
      return `${compact(value, lang, display)} ${unit}`
  }
}

/** Formats an axis tick: the short compact form, so ticks stay narrow on a phone. */
export function formatAxisValue(value: number, unit: string, lang: Lang): string {
  return formatValue(value, unit, lang, 'short')
}

// Short scale words, written out so every tick of a chart can share one scale (Intl picks one per number).
const SCALE_WORDS: Record<Lang, Record<number, string>> = {
  en: { 3: 'K', 6: 'M', 9: 'B', 12: 'T' },
  tr: { 3: 'B', 6: 'Mn', 9: 'Mr', 12: 'Tn' },
  az: { 3: 'min', 6: 'mln', 9: 'mlrd', 12: 'trln' },
}
const SCALABLE_UNITS = new Set(['USD', 't', 'TEU', 'count', 'm3', 'barrel'])

/**
 * Returns a tick formatter that writes every tick of one axis at the scale of its largest value, so a chart reads
 * "$0.5B, $1B" or "0,5 Mr dolar, 1 Mr dolar" rather than mixing "500M" and "1B".
 */
export function axisFormatter(values: readonly number[], unit: string, lang: Lang): (value: number) => string {
  const max = Math.max(0, ...values.map((value) => Math.abs(value)))
  const exponent = [12, 9, 6, 3].find((candidate) => max >= 10 ** candidate && (candidate > 3 || max >= 1e4))
  if (exponent === undefined || !SCALABLE_UNITS.has(unit)) return (value) => formatAxisValue(value, unit, lang)
  const word = SCALE_WORDS[lang][exponent] ?? ''
  return (value) => {
    const number = formatNumber(value / 10 ** exponent, lang)
    // zero needs no scale word: "$0", not "$0B"
    const amount = value === 0 ? number : lang === 'en' ? `${number}${word}` : `${number} ${word}`
    if (unit === 'USD') return DOLLAR[lang](amount)
    if (unit === 't') return `${amount} ${TONNE[lang]}`
    return unit === 'count' ? amount : `${amount} ${unit}`
  }
}

/** Formats a month on a time axis ("Oct 2024", "Eki 2024", "okt 2024"), with Azerbaijani names Chromium lacks. */
export function formatMonthYear(time: number, lang: Lang): string {
  const at = new Date(time)
  if (lang === 'az' && !hasIntlData('az')) return monthAz(at.getUTCFullYear(), at.getUTCMonth() + 1)
  return dateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(at)
}

/** Formats a date given as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' at the precision it has. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number)
  if (year === undefined || Number.isNaN(year)) return date
  if (month === undefined) return String(year)
  const at = new Date(Date.UTC(year, month - 1, day ?? 1))
  if (Number.isNaN(at.getTime())) return date
  if (lang === 'az' && !hasIntlData('az')) return dateAz(year, month, day)
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'short', day: 'numeric' }
  return dateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(at)
}

/** Names a language ("az" → "Azerbaijani") in the interface language; unknown codes come back as they are. */
export function formatLanguageName(code: string, lang: Lang): string {
  if (lang === 'az' && !hasIntlData('az')) return azLanguageName(code) ?? code
  try {
    return displayNames(lang, { type: 'language', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Names a set of countries in the interface language, joined by dashes ("Azerbaijan – Kazakhstan"). */
export function formatCountryList(codes: readonly string[], lang: Lang): string {
  return codes.map((code) => formatCountryName(code, lang)).join(' – ')
}

/** Names a country from its ISO 3166-1 alpha-2 code in the interface language. */
export function formatCountryName(code: string, lang: Lang): string {
  if (lang === 'az' && !hasIntlData('az')) return azCountryName(code) ?? code
  try {
    return displayNames(lang, { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Names a currency from its ISO 4217 code in the interface language ("KZT" → "Kazakhstani tenge"); else the code. */
export function formatCurrencyName(code: string, lang: Lang): string {
  if (lang === 'az' && !hasIntlData('az')) return code
  try {
    return displayNames(lang, { type: 'currency', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Tells whether a code names a region Intl knows ("KZ" yes, "XX" no). */
export function isKnownCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false
  try {
    return displayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined
  } catch {
    return false
  }
}
