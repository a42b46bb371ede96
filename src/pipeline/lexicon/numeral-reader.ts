import { cardinalValue, parseNumberWords, scaleValue } from './number-words'
import { parseDigits, type Token } from './numeral-tokens'
import { CURRENCY_CODES, GLUED_UNITS, matchUnit, ORDINAL_SUFFIX, VERB_LIKE_CODES } from './units'

/** A numeral read from tokens: its value, the index of its last token, and a unit glued to it ("5bn", "2-qat"). */
export interface Numeral {
  value: number
  last: number
  written: 'digits' | 'words'
  gluedUnit: string | null
  scaled: boolean
  /** True for a plain integer that could be a year (1800–2199), written without separators or suffix. */
  yearLike: boolean
}

/** Why a numeral is not a quantity at all: the caller skips its tokens. */
export interface NotAQuantity {
  skip: number
}

const APOSTROPHE = /^['’‘`]$/u
const HYPHEN = /^[-–—]$/u
const isGlued = (token: Token | undefined): token is Token => token !== undefined && token.gap === ''
/** A currency's code, folded ("kzt", "usd"), and those that fold to English verbs ("try", "rub"): glued, only codes. */
const isCurrencyCode = (word: string) => word in CURRENCY_CODES || word in VERB_LIKE_CODES

/** Russian "half a …" glued to its scale: "полмиллиарда", "полмиллиона". */
const HALF_SCALE = /^полу?(миллиард\p{L}*|миллион\p{L}*|тысяч\p{L}*)$/u

/** Units of measure a hyphenated adjective may spell out; not time ("a 24-hour service") or money. */
const SPELLED_ADJECTIVE_UNITS = new Set(['km', 't', 'TEU', 'MW', 'GW', 'm3', 'barrel'])
/**
 * A pack a hyphenated weight or volume sizes: "a 10-kg bag", "25-kg sacks", "a 5-litre can", "20-литровая канистра".
 * The size is the product's, no amount of trade.
 */
const PACK =
  /^(?:bags?|sacks?|box(?:es)?|cartons?|packs?|packets?|bottles?|cans?|jars?|tins?|drums?|buckets?|cylinders?|мешк\p{L}*|пакет\p{L}*|коробк\p{L}*|бутыл\p{L}*|банк\p{L}*|канистр\p{L}*|баллон\p{L}*)$/u

/** Words too ambiguous to be a number on their own ("bir" is also "a", "yüz" also "face", "one" also a pronoun). */
const AMBIGUOUS_ALONE = new Set([
  ...[
    'bir',
    'yüz',
    'altı',
    'one',
    'один',
    'одна',
    'одно',
    'одного',
    'одной',
    'half',
    'yarım',
    'buçuk',
    'полтора',
    'полторы',
    'полутора',
  ],
])

/** "17.20" or "9:05": an hour and its minutes. */
const CLOCK_DIGITS = /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/u
/** Words that mark a clock time before or after it: "TSİ 17.20", "saat 9.30", "17.20 GMT", "в 10.00 мск". */
const CLOCK_MARKER = /^(?:tsi|tsİ|saat|saatı|saati|saatda|gmt|utc|msk|мск|cet|est)$/iu

/** Tells whether the digits at `index` are part of a code, a phone number or a clock time rather than a number. */
function isCodeOrClock(tokens: readonly Token[], index: number, afterDash: boolean): boolean {
  const token = tokens[index]
  if (!token) return true
  const prev = tokens[index - 1]
  const prev2 = tokens[index - 2]
  const next = tokens[index + 1]
  const marks = (t: Token | undefined) => t?.kind === 'word' && CLOCK_MARKER.test(t.text.toLocaleLowerCase('tr'))
  const zone = (t: Token | undefined) => t?.kind === 'word' && /^(?:gmt|utc|msk|мск|cet|est)$/iu.test(t.text)
  // "GÜNCELLEME (17.40)": a time alone in brackets stamps an update
  const bracketed = prev?.text === '(' && next?.text === ')'
  if (CLOCK_DIGITS.test(token.text) && (marks(prev) || marks(next) || bracketed)) return true
  // "09.45 – 10.30 Açılış Konuşmaları": a programme's line opens with the times of its slot
  const slot = [tokens[0], tokens[1], tokens[2]]
  const opensWithSlot =
    CLOCK_DIGITS.test(slot[0]?.text ?? '') && HYPHEN.test(slot[1]?.text ?? '') && CLOCK_DIGITS.test(slot[2]?.text ?? '')
  if (opensWithSlot && (index === 0 || index === 2)) return true
  // "at 1400 GMT": a wire's clock in four digits beside its zone
  if (/^(?:[01]\d|2[0-3])[0-5]\d$/u.test(token.text) && zone(next)) return true
  const chained = (sep: Token | undefined) => sep !== undefined && (HYPHEN.test(sep.text) || sep.text === '/')
  // "2025-10-21", "21/10/2025": a date written with separators, unless a range reader asked for the upper bound
  if (!afterDash && isGlued(token) && chained(prev) && isGlued(prev) && prev2?.kind === 'num') return true
  if (isGlued(next) && next.text === '/' && tokens[index + 2]?.kind === 'num') return true
  // "C6", "G20" (not an amount after its currency's code, as rating agencies glue them: "KZT146.8 billion", "USD38m")
  if (isGlued(token) && prev?.kind === 'word' && !isCurrencyCode(prev.text)) return true
  // "payı 81%6": an endnote's marker glued after a percent
  if (isGlued(token) && prev?.text === '%' && isGlued(prev) && prev2?.kind === 'num') return true
  // "+994 …" dials a country; "+18,4%" is a signed change
  if (isGlued(token) && prev?.text === '+' && !(isGlued(next) && next?.text === '%')) return true
  if (isGlued(token) && prev && HYPHEN.test(prev.text) && isGlued(prev) && prev2?.kind === 'word') return true
  if (isGlued(token) && prev?.text === ':' && prev2?.kind === 'num') return true // the minutes of "14:37"
  // digit groups side by side with only spaces between ("12 345 67 89"): a phone number or a list of codes
  if (prev?.kind === 'num' && token.gap.trim() === '' && token.gap !== '') return true
  if (next?.kind === 'num' && next.gap.trim() === '' && next.gap !== '') return true
  if (isGlued(next) && next.text === ':' && tokens[index + 2]?.kind === 'num') return true
  // "41°20,5'K", "036°21,0'D": a coordinate's minutes after its degrees
  if (isGlued(token) && prev?.text === '°' && isGlued(prev) && prev2?.kind === 'num') return true
  // "HMS 1&2" names a grade, "1200×800" a pallet's size: numbers glued by an ampersand or a times sign measure nothing
  if (isGlued(next) && JOINS_CODE.test(next.text) && isGlued(tokens[index + 2]) && tokens[index + 2]?.kind === 'num')
    return true
  if (isGlued(token) && JOINS_CODE.test(prev?.text ?? '') && isGlued(prev) && prev2?.kind === 'num') return true
  // "Размещено: 19.06, 10:10", "Posted 21.05, 16:45": a day and a month before the clock of that day
  const clockAfter = tokens[index + 2]?.kind === 'num' && tokens[index + 3]?.text === ':'
  if (DAY_DOT_MONTH.test(token.text) && next?.text === ',' && clockAfter) return true
  return /^0\d/.test(token.text) // "012 …": a phone or a code, never a figure
}

/** The signs that join two numbers into one name or size: "1&2", "1200×800". */
const JOINS_CODE = /^[&×]$/u

/** A day and a month written with a dot and no year: "19.06", "3.11". */
const DAY_DOT_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])$/u

/** An hour on the quarter or the five minutes, written with a dot: "10.30", "11.00", "09.45". */
const PROGRAMME_HOUR = /^(?:[01]?\d|2[0-3])\.[0-5][05]$/u

/**
 * "10.30 Açılış konuşmaları", "11.00 Yeşil Hat peronunun gezilmesi": a programme's line opening with its hour. Turkish,
 * Azerbaijani and Russian write a decimal with a comma, so "10.30" before a word that is no unit or scale is a time.
 */
function opensProgrammeLine(tokens: readonly Token[], index: number, lang: string): boolean {
  if (index !== 0 || lang === 'en' || !PROGRAMME_HOUR.test(tokens[0]?.text ?? '')) return false
  const next = tokens[1]
  return next?.kind === 'word' && matchUnit(tokens, 1, lang) === null && readScale(tokens, 1) === null
}

/** The words that join two halves of a suspended compound: "20- and 40-foot", "5- или 10-летний". */
const SUSPENDED_JOIN = /^(?:and|or|to|и|или|ve|veya|və|yaxud)$/u
/** A conjunction at `at`, then a number with its own hyphen glued: the rest of a suspended compound. */
const isSuspendedCompound = (tokens: readonly Token[], at: number) =>
  SUSPENDED_JOIN.test(tokens[at]?.text ?? '') &&
  tokens[at + 1]?.kind === 'num' &&
  isGlued(tokens[at + 2]) &&
  HYPHEN.test(tokens[at + 2]?.text ?? '')

/** Reads digits at `index` with their glued suffix ("10'dan", "5bn", "2-qat"), or says why they are not a number. */
function readDigits(tokens: readonly Token[], index: number, lang: string, afterDash: boolean): Numeral | NotAQuantity {
  const token = tokens[index]
  if (!token || isCodeOrClock(tokens, index, afterDash) || opensProgrammeLine(tokens, index, lang)) {
    return { skip: index + 1 }
  }
  const value = parseDigits(token.text, lang)
  if (value === null) return { skip: index + 1 }
  const base: Numeral = {
    value,
    last: index,
    written: 'digits',
    gluedUnit: null,
    scaled: false,
    yearLike: /^\d{4}$/.test(token.text) && value >= 1800 && value < 2200,
  }
  const next = tokens[index + 1]
  const after = tokens[index + 2]
  if (!isGlued(next)) return base
  if (next.kind === 'word') {
    if (ORDINAL_SUFFIX.test(next.text)) return { skip: index + 2 } // "20th"
    const glued = GLUED_UNITS[next.text]
    if (!glued) return { skip: index + 2 } // "5G", "1a": a code
    return { ...base, value: value * glued.factor, last: index + 1, gluedUnit: glued.unit, scaled: glued.unit === null }
  }
  const suffixed = isGlued(after) && after.kind === 'word'
  if (next.text === '.' && after?.kind === 'word' && after.gap !== '' && (lang === 'tr' || lang === 'az')) {
    return { skip: index + 2 } // "20. yılı", "2. Toplantısı": an ordinal
  }
  // "20- and 40-foot containers", "5- и 10-летние облигации": a suspended hyphen, whose compound the next number completes
  if (HYPHEN.test(next.text) && !suffixed && isSuspendedCompound(tokens, index + 2)) return { skip: index + 2 }
  if (!suffixed || !(APOSTROPHE.test(next.text) || HYPHEN.test(next.text))) return base
  if (ORDINAL_SUFFIX.test(after.text)) return { skip: index + 3 }
  if (/^(qat|fold)\p{L}*$/u.test(after.text)) return { ...base, last: index + 2, gluedUnit: 'multiplier' }
  const unit = HYPHEN.test(next.text) ? GLUED_UNITS[after.text]?.unit : undefined
  if (unit) return { ...base, last: index + 2, gluedUnit: unit } // "the 1,768-km line", "a 4-GW link"
  // "the 224-kilometer line", "a 500-megawatt plant", "224-километровой": a measure spelled out as an adjective
  const spelled = HYPHEN.test(next.text) ? matchUnit(tokens, index + 2, lang) : null
  if (spelled && spelled.last === index + 2 && SPELLED_ADJECTIVE_UNITS.has(spelled.unit)) {
    if (PACK.test(tokens[index + 3]?.text ?? '')) return { skip: index + 3 }
    // "a 500-kg load": the kilogram's factor makes it tonnes
    return { ...base, value: value * spelled.factor, last: index + 2, gluedUnit: spelled.unit }
  }
  // "40-foot", "five-year", "40-футового": in English and Russian a hyphenated word makes the number an adjective
  if (HYPHEN.test(next.text) && (lang === 'en' || lang === 'ru')) return { skip: index + 3 }
  return { ...base, last: index + 2, yearLike: base.yearLike }
}

/** Reads a run of number words at `index` ("on beş", "iki dəfə" → "iki", "twenty-five"), longest that parses. */
function readWords(tokens: readonly Token[], index: number, lang: string): Numeral | null {
  const first = tokens[index]
  const half = first?.kind === 'word' ? HALF_SCALE.exec(first.text) : null
  const halfScale = half?.[1] ? scaleValue(half[1]) : null
  if (halfScale)
    return { value: halfScale / 2, last: index, written: 'words', gluedUnit: null, scaled: true, yearLike: false }
  if (!first || first.kind !== 'word' || cardinalValue(first.text, lang) === null) return null
  const run = [index]
  while (true) {
    const at = run[run.length - 1] ?? index
    const dash = lang === 'en' && isGlued(tokens[at + 1]) && HYPHEN.test(tokens[at + 1]?.text ?? '')
    // "one hundred and twenty million": British English joins the tens to the hundreds (or a scale) with "and"
    const and = lang === 'en' && isAndOfHundreds(tokens, at)
    const nextIndex = dash || and ? at + 2 : at + 1
    const next = tokens[nextIndex]
    const joins = next?.kind === 'word' && (dash ? next.gap === '' : next.gap.trim() === '')
    if (!joins || (cardinalValue(next.text, lang) === null && scaleValue(next.text) === null)) break
    run.push(nextIndex)
  }
  for (let size = run.length; size > 0; size--) {
    const words = run.slice(0, size).map((k) => tokens[k]?.text ?? '')
    const value = parseNumberWords(words, lang)
    const last = run[size - 1]
    if (value === null || last === undefined) continue
    const scaled = words.some((w) => cardinalValue(w, lang) === null)
    // "one and a half million tonnes", "two and a half": a half after the whole, before any scale
    if (lang === 'en' && !scaled && andAHalfAt(tokens, last + 1)) {
      return { value: value + 0.5, last: last + 3, written: 'words', gluedUnit: null, scaled, yearLike: false }
    }
    return { value, last, written: 'words', gluedUnit: null, scaled, yearLike: false }
  }
  return null
}

/** "hundred and twenty", "thousand and five": "and" after hundreds or a scale, before a cardinal word. */
const isAndOfHundreds = (tokens: readonly Token[], at: number) =>
  /^(?:hundred|thousand|million|billion)$/u.test(tokens[at]?.text ?? '') &&
  tokens[at + 1]?.text === 'and' &&
  cardinalValue(tokens[at + 2]?.text ?? '', 'en') !== null

/** Whether "and a half" starts at `index`. */
export const andAHalfAt = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]?.text === 'and' && tokens[index + 1]?.text === 'a' && tokens[index + 2]?.text === 'half'

/** Tells whether a numeral read by words is a lone ambiguous word ("bir", "yüz") that needs a unit to count. */
export const isAmbiguousAlone = (tokens: readonly Token[], numeral: Numeral, index: number): boolean =>
  numeral.written === 'words' && numeral.last === index && AMBIGUOUS_ALONE.has(tokens[index]?.text ?? '')

/**
 * Reads the numeral that starts at `tokens[index]`, in digits or words; null when none starts there.
 * `afterDash` is set when reading the upper bound of a range ("3-4"), whose digits follow a hyphen.
 */
export function readNumeral(
  tokens: readonly Token[],
  index: number,
  lang: string,
  afterDash = false,
): Numeral | NotAQuantity | null {
  const token = tokens[index]
  if (!token) return null
  if (token.kind === 'num') return readDigits(tokens, index, lang, afterDash)
  return readThousandAnd(tokens, index, lang) ?? readWords(tokens, index, lang)
}

/**
 * "bin 250 yataklı", "min 200 nəfər": Turkish and Azerbaijani say one thousand with the bare word, the rest in digits
 * after it (1,250 beds; 1,200 people). Not after another number, whose scale the word is ("2 bin 500").
 */
function readThousandAnd(tokens: readonly Token[], index: number, lang: string): Numeral | null {
  const [before, word, rest] = [tokens[index - 1], tokens[index], tokens[index + 1]]
  if ((lang !== 'tr' && lang !== 'az') || !word || !/^(?:bin|min)$/u.test(word.text)) return null
  const afterNumber = before?.kind === 'num' || (before?.kind === 'word' && cardinalValue(before.text, lang) !== null)
  if (afterNumber || rest?.kind !== 'num' || rest.gap !== ' ' || !/^\d{1,3}$/u.test(rest.text)) return null
  const value = 1000 + Number(rest.text)
  return { value, last: index + 1, written: 'digits', gluedUnit: null, scaled: false, yearLike: false }
}

/** Reads a scale word after a numeral ("4,5 milyon", "120 bin"), giving its factor and index, or null. */
export function readScale(tokens: readonly Token[], index: number): { factor: number; last: number } | null {
  const token = tokens[index]
  if (!token || token.kind !== 'word' || token.gap.trim() !== '') return null
  const factor = scaleValue(token.text)
  return factor === null ? null : { factor, last: index }
}
