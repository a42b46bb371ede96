import type { Span } from '../types'
import { readImpliedMultiplier } from './implied-multipliers'
import { isAmbiguousAlone, readNumeral, readScale, type Numeral } from './numeral-reader'
import { tokenize, type Token } from './numeral-tokens'
import type { Quantity, ReadResult } from './quantity'
import { qualifierAfter, qualifierBefore } from './quantity-qualifiers'
import { foldCase } from './text'
import { CURRENCY_CODES, CURRENCY_SIGNS, isMonthWord, isTimeWord, matchUnit, PERCENT_PREFIX } from './units'

export type { Quantity } from './quantity'

const HYPHEN = /^[-–—]$/u
const APOSTROPHE = /^['’‘`]$/u
const RANGE_WORDS = new Set(['ila', 'to'])
const isSpaced = (token: Token | undefined) => token !== undefined && token.gap.trim() === ''

/** Parses one numeral as written ("4,5", "1.500.000", "iki", "on beş", "4,5 milyon"); null when it is not a number. */
export function parseNumber(text: string, lang: string): number | null {
  const tokens = tokenize(foldCase(text.trim(), lang))
  const numeral = readNumeral(tokens, 0, lang)
  if (!numeral || 'skip' in numeral) return null
  const scale = numeral.gluedUnit === null ? readScale(tokens, numeral.last + 1) : null
  const last = scale ? scale.last : numeral.last
  return last === tokens.length - 1 ? numeral.value * (scale?.factor ?? 1) : null
}

/** Finds every quantity in a sentence with its exact span, leaving out years, dates, ordinals, durations and codes. */
export function findQuantities(text: string, lang: string): Quantity[] {
  const tokens = tokenize(foldCase(text, lang))
  const quantities: Quantity[] = []
  let index = 0
  while (index < tokens.length) {
    const found = readImpliedMultiplier(tokens, index, lang) ?? readQuantity(tokens, index, lang)
    if (found.quantity) quantities.push(found.quantity)
    index = Math.max(found.next, index + 1)
  }
  return quantities
}

/** Finds a unit written before the numeral ("yüzde 62", "%62", "$1 billion", "USD 5"), with the numeral's index. */
function readPrefix(tokens: readonly Token[], index: number): { unit: string; numeral: number } | null {
  const token = tokens[index]
  const next = tokens[index + 1]
  if (!token || !next || next.kind !== 'num' || !isSpaced(next)) return null
  if (token.kind === 'word' && PERCENT_PREFIX.test(token.text)) return { unit: 'percent', numeral: index + 1 }
  if (token.text === '%' && next.gap === '') return { unit: 'percent', numeral: index + 1 }
  const currency = CURRENCY_SIGNS[token.text] ?? (token.kind === 'word' ? CURRENCY_CODES[token.text] : undefined)
  return currency ? { unit: currency, numeral: index + 1 } : null
}

/** Reads the upper bound of a range after a numeral ("3-4", "3 ila 4", "3 to 4"), or null. */
function readRange(tokens: readonly Token[], numeral: Numeral, lang: string): Numeral | null {
  const sep = tokens[numeral.last + 1]
  if (!sep || !isSpaced(tokens[numeral.last + 2])) return null
  const dash = sep.kind === 'sym' && HYPHEN.test(sep.text)
  if (!dash && !(sep.kind === 'word' && RANGE_WORDS.has(sep.text) && isSpaced(sep))) return null
  const upper = readNumeral(tokens, numeral.last + 2, lang, dash)
  if (!upper || 'skip' in upper || upper.value <= numeral.value || upper.written !== numeral.written) return null
  const more = tokens[upper.last + 1]
  const dateLike = more?.gap === '' && HYPHEN.test(more.text) && tokens[upper.last + 2]?.kind === 'num'
  return dateLike ? null : upper
}

/** Tells whether a plain number (no unit, no scale) is a year, a day of a month, or a length of time. */
function isDateOrDuration(tokens: readonly Token[], numeral: Numeral, first: number, last: number): boolean {
  if (numeral.yearLike) return true
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  if (before?.kind === 'word' && isMonthWord(before.text) && numeral.value <= 31) return true
  if (after?.kind === 'word' && isSpaced(after) && (isMonthWord(after.text) || isTimeWord(after.text))) return true
  return false
}

/** Reads the quantity that starts at `tokens[index]`, if one does. */
function readQuantity(tokens: readonly Token[], index: number, lang: string): ReadResult {
  const none = { quantity: null, next: index + 1 }
  const start = tokens[index]
  if (!start) return none
  const ruTimes = lang === 'ru' && start.text === 'в'
  const prefix = readPrefix(tokens, index)
  const first = ruTimes ? index + 1 : (prefix?.numeral ?? index)
  const numeral = readNumeral(tokens, first, lang)
  if (!numeral) return none
  if ('skip' in numeral) return { quantity: null, next: numeral.skip }
  const upper = readRange(tokens, numeral, lang)
  let last = upper?.last ?? numeral.last
  let factor = 1
  let unit = numeral.gluedUnit ?? prefix?.unit ?? null
  const scale = numeral.gluedUnit === null && unit !== 'percent' ? readScale(tokens, last + 1) : null
  if (scale) [factor, last] = [scale.factor, scale.last]
  const unitMatch = unit === null && isSpaced(tokens[last + 1]) ? matchUnit(tokens, last + 1, lang) : null
  if (unitMatch) [unit, factor, last] = [unitMatch.unit, factor * unitMatch.factor, unitMatch.last]
  const suffix = tokens[last + 2]
  if (tokens[last + 1]?.gap === '' && APOSTROPHE.test(tokens[last + 1]?.text ?? '') && suffix?.gap === '') {
    if (suffix.kind === 'word') last += 2 // "TEU'ya", "%62'si"
  }
  const scaled = scale !== null || numeral.scaled
  if (unit === null && !scaled) {
    if (isDateOrDuration(tokens, numeral, first, last) || isAmbiguousAlone(tokens, numeral, first)) {
      return { quantity: null, next: last + 1 }
    }
  }
  if (unit === 'multiplier' && (numeral.value <= 1 || (lang === 'ru' && !ruTimes)))
    return { quantity: null, next: last + 1 }
  if (ruTimes && unit !== 'multiplier') return none
  return { quantity: buildQuantity(tokens, index, last, numeral, upper, unit ?? 'count', factor), next: last + 1 }
}

/** Assembles a quantity from its parts, reading the qualifier words on either side. */
function buildQuantity(
  tokens: readonly Token[],
  first: number,
  last: number,
  numeral: Numeral,
  upper: Numeral | null,
  unit: string,
  factor: number,
): Quantity {
  const before = qualifierBefore(tokens, first)
  const after = before ? null : qualifierAfter(tokens, last)
  const span = (a: number, b: number): Span => ({ start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0 })
  return {
    ...span(first, last),
    value: numeral.value * factor,
    valueMax: upper ? upper.value * factor : null,
    unit,
    qualifier: before?.qualifier ?? after?.qualifier ?? 'exact',
    written: numeral.written,
    qualifierSpan: before ? span(before.edge, first - 1) : after ? span(last + 1, after.edge) : null,
  }
}
