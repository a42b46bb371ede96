import { joinHoursAndMinutes } from './compound-durations'
import { rateUnit, readRateUnit } from '../../schema/rate-unit'
import type { Span } from '../types'
import { readBracketEcho } from './bracket-echo'
import { readImpliedMultiplier } from './implied-multipliers'
import { cardinalValue, scaleValue } from './number-words'
import { andAHalfAt, isAmbiguousAlone, readNumeral, readScale, type Numeral } from './numeral-reader'
import { tokenize, type Token } from './numeral-tokens'
import { isReportWindow, measuredDuration } from './durations'
import { readFraction } from './fractions'
import type { Quantity, ReadResult } from './quantity'
import { mergeRanges } from './quantity-ranges'
import { ellipticRate, exchangePair, isCurrencyUnit } from './exchange-rates'
import { ABLATIVE_END, joinRates, readUnitRate } from './unit-rates'
import { qualifierAfter, qualifierBefore } from './quantity-qualifiers'
import {
  isAge,
  isCode,
  isDateOrDuration,
  isGluedCode,
  isInUnkeptMeasure,
  isIndexNameOrLevel,
  isRankingSize,
  isLetterCode,
  isSpaced,
} from './plain-numbers'
import { isScoreScale } from './score-scales'
import { sharePoints } from './share-points'
import { foldCase } from './text'
import {
  CURRENCY_CODES,
  VERB_LIKE_CODES,
  CURRENCY_SIGNS,
  GLUED_UNITS,
  isMonthWord,
  matchUnit,
  ORDINAL_SUFFIX,
  PERCENT_PREFIX,
  type UnitMatch,
} from './units'

export type { Quantity } from './quantity'

const HYPHEN = /^[-–—]$/u
const APOSTROPHE = /^['’‘`]$/u
const RANGE_WORDS = new Set(['ila', 'ile', 'ilə', 'to'])

/** Parses one numeral as written ("4,5", "1.500.000", "iki", "on beş", "4,5 milyon"); null when it is not a number. */
export function parseNumber(text: string, lang: string): number | null {
  const tokens = tokenize(foldCase(text.trim(), lang))
  const numeral = readNumeral(tokens, 0, lang)
  if (!numeral || 'skip' in numeral) return null
  const scale = numeral.gluedUnit === null ? readScale(tokens, numeral.last + 1) : null
  const last = scale ? scale.last : numeral.last
  return last === tokens.length - 1 ? scaledExactly(numeral.value, scale?.factor ?? 1) : null
}

/** Finds every quantity in a sentence with its exact span, leaving out years, dates, ordinals, durations and codes. */
export function findQuantities(text: string, lang: string): Quantity[] {
  const folded = foldCase(text, lang)
  const tokens = tokenize(folded)
  const quantities: Quantity[] = []
  let index = 0
  while (index < tokens.length) {
    const found =
      readImpliedMultiplier(tokens, index, lang) ??
      readFraction(tokens, index, lang) ??
      readQuantity(tokens, index, lang)
    if (found.quantity) quantities.push(found.quantity)
    index = Math.max(found.next, index + 1)
  }
  const read = joinRates(folded, mergeRanges(text, shareUnits(text, folded, quantities, lang))).map((q) =>
    inMetres(folded, q),
  )
  return joinHoursAndMinutes(
    folded,
    shareChangeRates(folded, withoutRoundTheClock(folded, sharePoints(folded, read, lang))),
  )
}

/** A currency's code: "USD", "AZN" (not a rate, "USD/t", nor a measure, "m/s"). */
const isMoney = (unit: string) => /^[A-Z]{3}$/u.test(unit)

/**
 * The two ends of a change are of one measure: "saatda 60 kilometrdən 100 kilometrə" is a change in speed, "tonu
 * üçün 32 dollardan 27 dollara" and "from $32 to $27 a tonne" one in a price per tonne; the end that names only the
 * distance or the currency takes the other's rate.
 */
function shareChangeRates(folded: string, quantities: readonly Quantity[]): Quantity[] {
  const rateOf = (q: Quantity | undefined, bare: Quantity) =>
    q !== undefined && (q.unit === `${bare.unit}/h` || q.unit.startsWith(`${bare.unit}/`)) ? q.unit : null
  return quantities.map((q, i) => {
    const [previous, next] = [quantities[i - 1], quantities[i + 1]]
    const before = previous ? folded.slice(previous.end, q.start) : ''
    // prices side by side are of one order: "$50 per tonne to run and $820 million to build" shares no rate
    const alike = previous !== undefined && q.value <= previous.value * 10 && q.value * 10 >= previous.value
    const side = alike && CONTRAST_GAP.test(before)
    // "kiloqram üçün 1 150 avro, daxili bazarda isə 1 400 manat": a price set beside another in its own currency is
    // per the same unit of goods
    // (a price only: "32 m/s and visibility fell to 300 m" sets a distance beside a speed, not a speed)
    const fromPrevious =
      previous && (RANGE_GAP.test(before) || PRIOR_IN_BRACKETS.test(before) || (side && isMoney(q.unit)))
        ? (rateOf(previous, q) ?? (side ? sameDenominator(previous, q) : null))
        : null
    const fromNext = next && RANGE_GAP.test(folded.slice(q.end, next.start)) ? rateOf(next, q) : null
    const rate = fromPrevious ?? fromNext
    return rate ? { ...q, unit: rate } : q
  })
}

/**
 * A bracket that gives a price's earlier value, its period before a colon: "ton başına 548 ABD Doları (önceki dönem: 571
 * ABD Doları)", "$372 a tonne (H1 2025: $398)", "548 долл. за тонну (год назад: 571 долл.)": the same price, then.
 */
const PRIOR_IN_BRACKETS = /^(?:\s+\p{L}+){0,2}\s*\([^()]{1,60}:\s*$/u

/** The rate of `previous`'s unit of goods in `bare`'s currency, when both are money ("EUR/kg" beside "AZN": AZN/kg). */
function sameDenominator(previous: Quantity, bare: Quantity): string | null {
  const rate = readRateUnit(previous.unit)
  return rate && isCurrencyUnit(bare.unit) && !isCurrencyUnit(rate.per) && rate.currency !== bare.unit
    ? rateUnit(bare.unit, rate.per)
    : null
}

/**
 * The words between two prices set side by side, the second told short: "1050 долларов за тонну, а в Туркменбаши — 820
 * долларов", "ton başına 1.050 dolar, Türkmenbaşı'nda ise 820 dolar", "$1,050 a tonne in Aktau and $820 in
 * Turkmenbashi". No number and no sentence's end between them.
 */
const CONTRAST_GAP = /^[^.;!?\d]{0,60}(?:,\s*а\s|\sise\s|\sisə\s|\s(?:and|while|whereas)\s)[^.;!?\d]{0,40}$/u

/** "7 gün 24 saat", "24 hours a day, 7 days a week", "7/24": round the clock, which measures nothing. */
function withoutRoundTheClock(folded: string, quantities: readonly Quantity[]): Quantity[] {
  const isPart = (q: Quantity | undefined) =>
    q !== undefined && ((q.value === 7 && q.unit === 'days') || (q.value === 24 && q.unit === 'hours'))
  const paired = new Set<Quantity>()
  quantities.forEach((q, i) => {
    const next = quantities[i + 1]
    if (isPart(q) && isPart(next) && next && q.unit !== next.unit && next.start - q.end <= ROUND_THE_CLOCK_GAP) {
      paired.add(q).add(next)
    }
  })
  return paired.size === 0 ? [...quantities] : quantities.filter((q) => !paired.has(q))
}
/** Characters between the two halves of "24 hours a day, 7 days a week". */
const ROUND_THE_CLOCK_GAP = 12

/**
 * "minus 29.3 metres", "минус 28 метров", "mənfi 29 metr", "eksi 29 metre", "-29,0 metr": a level below a datum is
 * negative. The sign stands alone before the digits (after a space or a bracket, never a number's hyphen: "3-4 m").
 */
const MINUS_BEFORE = /(?:(?<![\p{L}])(?:minus|минус|mənfi|eksi)\s+|(?:^|[\s(])[-−])$/u
/** "saniyədə 32 metrə", "saniyede 32 metre": Turkish and Azerbaijani put "per second" before a speed. */
const PER_SECOND_BEFORE = /(?<![\p{L}])(?:saniyədə|saniyede)\s+$/u
const PER_HOUR_BEFORE = /(?<![\p{L}])(?:saatte|saatda)\s+$/u
/**
 * Reads what the words before an amount in metres or kilometres make of it: a speed ("saniyədə", "saatte"), or a
 * level below a datum.
 */
function inMetres(folded: string, q: Quantity): Quantity {
  // "saatte 110 kilometreye", "saatda 60 kilometrdən": Turkish and Azerbaijani put "per hour" before a speed too
  if (q.unit === 'km' && PER_HOUR_BEFORE.test(folded.slice(Math.max(0, q.start - 10), q.start))) {
    return { ...q, unit: 'km/h' }
  }
  if (q.unit !== 'm') return q
  const before = folded.slice(Math.max(0, q.start - 10), q.start)
  if (PER_SECOND_BEFORE.test(before)) return { ...q, unit: 'm/s' }
  return q.value > 0 && MINUS_BEFORE.test(before)
    ? { ...q, value: -q.value, valueMax: q.valueMax === null ? null : -q.valueMax }
    : q
}

/**
 * The plural noun right after a scaled number ("12 тыс. рейсов", "3,8 тыс. предприятий", "1.2 million passengers"):
 * the number counts it, and borrows no unit from a neighbour.
 */
const COUNTED_PLURAL: Readonly<Record<string, RegExp>> = {
  // the genitive plural: "-ов", "-ей", "-ий", and the bare stem of a noun in -ка ("таблеток", "упаковок", "поездок")
  // maybe behind an adjective: "1.5 million foreign patients", "1,5 млн иностранных пациентов"
  ru: /^\.?\s+(?:\p{Ll}{3,}(?:ых|их)\s+)?\p{Ll}{3,}(?:ов|ев|ей|ий|ок|ек|ёк)(?!\p{L})/u,
  en: /^\.?\s+(?:(?!(?:more|less|fewer|extra|additional|other|million|billion|thousand)\b)\p{Ll}{3,}\s+)?(?!(?:was|has|is|plus|less|this|thus|as|its)\b)\p{Ll}{3,}s(?!\p{L})/u,
}
/**
 * Turkish and Azerbaijani count with a singular noun, so no ending tells a counted noun from a verb ("5,5 milyon yolcu"
 * vs "14 milyon taşındı"): these are the things news counts in millions and thousands (parcels and jobs among them,
 * maybe "new" or "more than": "38 binden fazla kişi"), or pieces ("1,2 milyon adet"), with any case suffix.
 */
const COUNTED_TURKIC =
  /^\s+(?:(?:yeni|fazla|aşkın|çox|artıq|daha)\s+)?(?:yolcu|sərnişin|bağlama|koli|paket|gönderi|göndəriş|iş\s+yer|turist|ziyaret[çc]i|ziyarət[çc]i|konteyner|vagon|vaqon|araç|avtomobil|kamyon|tır|tir|gemi|gəmi|sefer|reys|tren|qatar|uçuş|şirket|şirkət|firma|kişi|nəfər|işçi|çalışan|personel|əməkdaş|vatandaş|vətəndaş|abone|abunə[çc]i|konut|mənzil|adet|ədəd|tane|dənə)(?:l[ae]r|lər)?\p{L}{0,4}(?!\p{L})/u
const countsNoun = (after: string, lang: string) =>
  (lang === 'tr' || lang === 'az' ? COUNTED_TURKIC : COUNTED_PLURAL[lang])?.test(after) ?? false

/** Units a neighbour can lend: amounts, never a count, a ratio or a share. */
const LENDS_UNIT = (q: Quantity) => !['count', 'percent', 'multiplier'].includes(q.unit) && !q.elliptic
/** Words between the two ends of a range of amounts: "15 млн до 25 млн тонн", "5 milyondan 8 milyon tona". */
const RANGE_GAP = /^\s*(?:[-–—]|to|до|ila|ile|ilə|\p{L}*(?:dan|den|dən|tan|ten))?\s*$/u
/** Words between a change's bare start and its end: "36 до 20 часов", "36 to 20 hours", "36-dan 20 saata". */
const CHANGE_GAP = /^\s*(?:to|до|\p{L}*(?:dan|den|dən|tan|ten))\s*$/u
/** How far back an earlier amount may lend its unit to an elliptic one ("650 млн долларов, с Туркменистаном – 520,4 млн"). */
const ELLIPSIS_REACH = 80

/** A quotation's opening mark: "«", "“", "„", or a straight quote after a space or a colon. */
const QUOTE_OPENS = /[«“„]|(?:^|[\s:])["']\p{L}/u

/** The word after a percent that makes it the basis an amount is counted on: "basis", "bazında", "əsasında". */
const ACCOUNTING_BASIS = /^(?:basis|bazında|bazda|bazısında|əsasında|bazasında)$/u

/** "the number of", "число", "количество", "sayısı": a count's own subject. */
const NUMBER_OF = /(?<![\p{L}])(?:number of|числ[оа]|количеств[оа]|численност[ьи]|say[ıi](?:s[ıi])?)(?![\p{L}])/iu

/**
 * Gives a scaled number written without a unit, or a bare number that ends its clause, the unit of the amount it pairs
 * with: the next one when a range joins them, else the nearest earlier one in reach. Left as a count when none fits.
 */
function shareUnits(text: string, folded: string, quantities: readonly Quantity[], lang: string): Quantity[] {
  return quantities.map((q, i) => {
    // "… занимавшая 35 суток, теперь укладывается в 18.": a bare number that ends its clause counts nothing itself
    const bare = q.unit === 'count' && q.written === 'digits' && /^\s*(?:[.,;:)»"]|$)/u.test(text.slice(q.end))
    const next = quantities[i + 1]
    // "с нынешних 36 до 20 часов", "from 36 to 20 hours": a bare number that starts a change to an amount of like size
    const opens =
      q.unit === 'count' &&
      q.written === 'digits' &&
      next !== undefined &&
      LENDS_UNIT(next) &&
      isLikeSize(q, next) &&
      (CHANGE_GAP.test(text.slice(q.end, next.start)) ||
        (ABLATIVE_END.test(text.slice(q.start, q.end)) && /^\s+$/u.test(text.slice(q.end, next.start))))
    if (countsNoun(text.slice(q.end), lang)) return q
    const joined = joinedUnit(text, q, quantities[i - 1], next)
    if (joined) return { ...q, unit: joined }
    if (!q.elliptic && !bare && !opens) return q
    if (next && LENDS_UNIT(next) && RANGE_GAP.test(text.slice(q.end, next.start))) return { ...q, unit: next.unit }
    const earlier = quantities.slice(0, i).reverse().find(LENDS_UNIT)
    // "85 МВт, а число дата-центров … достигло 14": a number of things named between counts them, it is no 14 MW
    const between = earlier === undefined ? '' : text.slice(earlier.end, q.start)
    const counted = NUMBER_OF.test(between)
    // "… 2,4 milyar avroya ulaşacağını belirten Uraloğlu, "Şantiyelerimizde şu anda 3 bin 200 çalışan …": a quotation
    // opened between them is someone else's sentence, which borrows nothing from the report around it
    const quoted = QUOTE_OPENS.test(between)
    // "Tavan hündürlüyü: 12 m | Dok qapıları: 6", "Sahə: 2 200 m² · Kameralar: 8": a table's cells and a listing's
    // fields are fields of their own, none lends its unit
    const celled = /[|·•]/u.test(between)
    if (!earlier || counted || quoted || celled || q.start - earlier.end > ELLIPSIS_REACH) return q
    return { ...q, unit: ellipticRate(folded, q.start, earlier.unit, lang) }
  })
}

/** "and" between two amounts of one list: "25 и 50 USD", "25 ve 50 dolar", "USD 25 and 50". */
const JOINED_GAP = /^\s*(?:and|и|ve|və)\s*$/u

/**
 * "25 и 50 USD в сутки", "25 ve 50 dolar", "80 and 135 tonnes", "USD 25 and 50 a day": two amounts joined by "and"
 * share the unit written once, before the first or after the second; a bare digit's count of like size takes it (so a
 * scale written once, "1,2 и 1,5 млрд", is left alone: the first's size is not known for sure).
 */
function joinedUnit(text: string, q: Quantity, previous: Quantity | undefined, next: Quantity | undefined) {
  if (q.unit !== 'count' || q.written !== 'digits' || q.elliptic) return null
  const lends = (other: Quantity | undefined, gap: string): other is Quantity =>
    other !== undefined && LENDS_UNIT(other) && isLikeSize(q, other) && JOINED_GAP.test(gap)
  if (lends(next, text.slice(q.end, next?.start))) return next.unit
  // the unit before the first number only ("USD 25 and 50"): "50 tonnes and 25" may count something else
  const prefixed = previous !== undefined && !/^\d/u.test(text.slice(previous.start, previous.end))
  return prefixed && lends(previous, text.slice(previous.end, q.start)) ? previous.unit : null
}

/** Two amounts within a tenfold of each other ("36 … 20 hours", not "12 … 20 million tonnes"). */
const isLikeSize = (a: Quantity, b: Quantity) => a.value * 10 >= b.value && b.value * 10 >= a.value

/** Finds a unit written before the numeral ("yüzde 62", "%62", "$1 billion", "USD 5"), with the numeral's index. */
function readPrefix(tokens: readonly Token[], index: number, lang: string): { unit: string; numeral: number } | null {
  const token = tokens[index]
  const next = tokens[index + 1]
  if (!token || !next || !isSpaced(next)) return null
  // "yüzde yetmiş doluluk": a percent in words after its word
  const inWords = next.kind === 'word' && cardinalValue(next.text, lang) !== null
  if (token.kind === 'word' && PERCENT_PREFIX.test(token.text) && (next.kind === 'num' || inWords))
    return { unit: 'percent', numeral: index + 1 }
  if (next.kind !== 'num') return null
  if (token.text === '%' && next.gap === '') return { unit: 'percent', numeral: index + 1 }
  const currency = CURRENCY_SIGNS[token.text] ?? (token.kind === 'word' ? CURRENCY_CODES[token.text] : undefined)
  if (currency) return { unit: currency, numeral: index + 1 }
  // "TRY 410 million", "RUB 1,200": codes that fold to English verbs ("we try 3 routes") only before an amount's scale
  // word or a number grouped in thousands
  const verbLike = token.kind === 'word' ? VERB_LIKE_CODES[token.text] : undefined
  const scaled = /\d[.,\s]\d{3}/u.test(next.text) || scaleValue(tokens[index + 2]?.text ?? '', true) !== null
  return verbLike && scaled ? { unit: verbLike, numeral: index + 1 } : null
}

/** Reads the upper bound of a range after a numeral ("3-4", "3 ila 4", "3 to 4"), or null. */
function readRange(tokens: readonly Token[], numeral: Numeral, lang: string): Numeral | null {
  const sep = tokens[numeral.last + 1]
  if (!sep || !isSpaced(tokens[numeral.last + 2])) return null
  const dash = sep.kind === 'sym' && HYPHEN.test(sep.text)
  if (!dash && !(sep.kind === 'word' && RANGE_WORDS.has(sep.text) && isSpaced(sep))) return null
  const upper = readNumeral(tokens, numeral.last + 2, lang, dash)
  if (!upper || 'skip' in upper || upper.value <= numeral.value || upper.written !== numeral.written) return null
  // "in 2022 to 8,000": a year before "to" ends the phrase of a change's start, it opens no range of amounts
  if (numeral.yearLike && !upper.yearLike) return null
  const more = tokens[upper.last + 1]
  const dateLike = more?.gap === '' && HYPHEN.test(more.text) && tokens[upper.last + 2]?.kind === 'num'
  return dateLike ? null : upper
}

/** The index after a range's top that is an ordinal ("1–11-ci", "5th–7th"), or null for any other number after a dash. */
function ordinalRangeEnd(tokens: readonly Token[], last: number): number | null {
  const [dash, top] = [tokens[last + 1], tokens[last + 2]]
  if (dash?.kind !== 'sym' || !HYPHEN.test(dash.text) || top?.kind !== 'num') return null
  // the ordinal's ending, glued to the top or after its hyphen or apostrophe: "11th", "11-ci", "11'inci"
  const joiner = tokens[last + 3]
  const at = joiner?.gap === '' && (HYPHEN.test(joiner.text) || APOSTROPHE.test(joiner.text)) ? last + 4 : last + 3
  const suffix = tokens[at]
  return suffix?.gap === '' && suffix.kind === 'word' && ORDINAL_SUFFIX.test(suffix.text) ? at + 1 : null
}

/** An apostrophe or hyphen glued to a number, then a Turkic case ending: "'te", "'da", "-ci", "-də". */
const isCaseEnding = (tokens: readonly Token[], at: number) =>
  /^['’-]$/u.test(tokens[at]?.text ?? '') &&
  tokens[at]?.gap === '' &&
  tokens[at + 1]?.kind === 'word' &&
  tokens[at + 1]?.gap === '' &&
  /^(?:[dt][aeə](?:ki|kı)?|[dt][aeə]n|[iıuüə]n(?:[ıiuüə]n)?|[ıiuüəa]|y?[aeə]|n[ıiuü]n|c[ıiuüə]|ç[ıiuüə]|[dt][ıiuü]r|l[ıiuü]k)$/u.test(
    tokens[at + 1]?.text ?? '',
  )

/**
 * A number in the locative, its case ending glued on after an apostrophe ("Radyo 1'de saat on üç", "5'te"): its noun
 * phrase ends there, so the word after it is no unit of it.
 */
const endsInLocative = (tokens: readonly Token[], last: number) =>
  APOSTROPHE.test(tokens[last - 1]?.text ?? '') && /^[dt][aeə]$/u.test(tokens[last]?.text ?? '')

/** Units of time, which a month's day may seem to take ("dekabrın 10-da saat 15:00-da"). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years'])
/** A span made an adjective ("günlük civciv", "günlük cücə"): with a scaled number it tells the age of the things counted. */
const TIME_ADJECTIVE = /^(?:günl[üu][kq]|saatl[ıi][kq]|aylı[kq])$/u

/** A unit of time English counts with "a" or "an" before "and a half": "an hour and a half", "a day and a half". */
const HALF_AGAIN_UNITS: Readonly<Record<string, string>> = {
  hour: 'hours',
  day: 'days',
  month: 'months',
  year: 'years',
}

/** "an hour and a half", "a day and a half": one and a half of a unit of time, told with the article for one. */
function readUnitAndAHalf(tokens: readonly Token[], index: number, lang: string): ReadResult | null {
  const [article, word] = [tokens[index], tokens[index + 1]]
  const unit = word === undefined ? undefined : HALF_AGAIN_UNITS[word.text]
  if (lang !== 'en' || !article || !/^an?$/u.test(article.text) || unit === undefined || !andAHalfAt(tokens, index + 2))
    return null
  const last = index + 4
  const span = { start: article.start, end: tokens[last]?.end ?? article.end }
  return {
    quantity: { ...span, value: 1.5, valueMax: null, unit, qualifier: 'exact', written: 'words', qualifierSpan: null },
    next: last + 1,
  }
}

/** Reads the quantity that starts at `tokens[index]`, if one does. */
function readQuantity(tokens: readonly Token[], index: number, lang: string): ReadResult {
  const none = { quantity: null, next: index + 1 }
  const start = tokens[index]
  if (!start) return none
  const halfAgain = readUnitAndAHalf(tokens, index, lang)
  if (halfAgain) return halfAgain
  const ruTimes = lang === 'ru' && start.text === 'в'
  const prefix = readPrefix(tokens, index, lang)
  const first = ruTimes ? index + 1 : (prefix?.numeral ?? index)
  const numeral = readNumeral(tokens, first, lang)
  if (!numeral) return none
  if ('skip' in numeral) return { quantity: null, next: numeral.skip }
  // "2025'te ton başına 68 dolar", "2025-ci ildə": a year with its case ending glued on is a date, whatever follows it
  if (numeral.yearLike && prefix === null && isCaseEnding(tokens, first + 1))
    return { quantity: null, next: numeral.last + 1 }
  // "1–11-ci siniflər", "5th–7th": a range whose top is an ordinal is a range of ordinals, no amount
  const ordinalTop = ordinalRangeEnd(tokens, numeral.last)
  if (ordinalTop !== null) return { quantity: null, next: ordinalTop }
  // "from four to seven", "from 14 to 21": a change's two ends, no range
  const fromBefore = tokens[first - 1]?.kind === 'word' && tokens[first - 1]?.text === 'from'
  const upper = fromBefore && tokens[numeral.last + 1]?.text === 'to' ? null : readRange(tokens, numeral, lang)
  let last = upper?.last ?? numeral.last
  let factor = 1
  let unit = numeral.gluedUnit ?? prefix?.unit ?? null
  const scale = numeral.gluedUnit === null && unit !== 'percent' ? readScale(tokens, last + 1) : null
  if (scale) [factor, last] = [scale.factor, scale.last]
  // the part after a scale is smaller than that scale ("3 milyon 420 min"), or than a scaled word ("один млн 73 тысячи")
  const bound = scale?.factor ?? (numeral.written === 'words' && numeral.scaled ? numeral.value : null)
  // "5 тыс. 200 тонн": the rest may follow an abbreviated scale's dot
  const scaleDot = scale !== null && tokens[last + 1]?.text === '.' && tokens[last + 1]?.gap === ''
  const rest = bound !== null && !upper ? readCompoundRest(tokens, last + (scaleDot ? 2 : 1), lang, bound) : null
  if (rest) last = rest.last
  // "96 тыс. TEU", "12,6 млн. тонн": the abbreviation's dot, when a unit follows it (else it ends the sentence)
  const dotted = scale && tokens[last + 1]?.text === '.' && tokens[last + 1]?.gap === ''
  if (dotted && isSpaced(tokens[last + 2]) && matchUnit(tokens, last + 2, lang)) last += 1
  // "60 000 000 (altmış milyon) ABŞ dolları", "five (5) years": the amount again in brackets, its unit past them
  const echoed = upper ? null : readBracketEcho(tokens, last, numeral.value * factor + (rest?.value ?? 0), unit, lang)
  if (echoed !== null) last = echoed
  const unitMatch =
    unit === null && isSpaced(tokens[last + 1]) && !endsInLocative(tokens, last)
      ? matchUnit(tokens, last + 1, lang)
      : null
  // "42 milyon günlük civciv": thousands of day-old things, no span of days
  const ageOfThings = scale !== null && unitMatch !== null && TIME_ADJECTIVE.test(tokens[unitMatch.last]?.text ?? '')
  if (unitMatch && !ageOfThings) [unit, factor, last] = [unitMatch.unit, factor * unitMatch.factor, unitMatch.last]
  const glued = unit === null ? hyphenGluedUnit(tokens, last, lang) : null
  if (glued) [unit, factor, last] = [glued.unit, factor * glued.factor, glued.last]
  // "USD/TRY 44,85", "EUR/USD paritesi ise 1,168": a currency pair's quote, whatever code stands nearest
  const pair = unit === null || isCurrencyUnit(unit) ? exchangePair(tokens, first, last) : null
  if (pair) unit = pair
  // "$236 a tonne", "ton başına 228 dolar": a price of one tonne, not an amount of money
  const rate = unit === null || pair ? null : readUnitRate(tokens, index, last, unit, lang)
  if (rate) [unit, last] = [rate.unit, rate.last]
  const suffix = tokens[last + 2]
  // "TEU'ya", "%62'si", and a unit's case suffix after a hyphen ("1 GW-dan artıq", "100 min TEU-nu")
  const joiner = tokens[last + 1]?.text ?? ''
  const suffixed = APOSTROPHE.test(joiner) || (HYPHEN.test(joiner) && unit !== null && (lang === 'tr' || lang === 'az'))
  if (tokens[last + 1]?.gap === '' && suffixed && suffix?.gap === '' && suffix.kind === 'word') last += 2
  const scaled = scale !== null || numeral.scaled
  // "dekabrın 10-da saat 15:00-da": a day after its month, though a word of time follows it
  const month = tokens[first - 1]
  const afterMonth = !scaled && month?.kind === 'word' && isMonthWord(month.text)
  // "8 Ekim 2026 saat 17.00'ye kadar": the year after its month, too, is a date's, whatever word of time follows
  const dateNumber = afterMonth && (numeral.value <= 31 || numeral.yearLike)
  if (dateNumber && unit !== null && TIME_UNITS.has(unit)) return { quantity: null, next: last + 1 }
  // "At 30 June 2026 USD 20 million had been drawn": a date's year over a currency's code, whose amount follows it
  const codeOfNext = unitMatch !== null && isCurrencyUnit(unit ?? '') && tokens[last + 1]?.kind === 'num'
  if (dateNumber && numeral.yearLike && codeOfNext) return { quantity: null, next: numeral.last + 1 }
  // "a five-year deal", "пяти-летний": a number word joined by a hyphen to a noun is an adjective, not an amount
  const joined = tokens[last + 1]
  const adjective =
    (lang === 'en' || lang === 'ru') &&
    numeral.written === 'words' &&
    joined?.gap === '' &&
    HYPHEN.test(joined.text) &&
    tokens[last + 2]?.gap === '' &&
    tokens[last + 2]?.kind === 'word'
  if (unit === null && adjective) return { quantity: null, next: last + 3 }
  if (isGluedCode(tokens, first, last)) return { quantity: null, next: last + 1 }
  // "a tenor of 15 years", "14 ay sürmesi": a length in years or months where the sentence says what lasts
  const duration = unit === null && !scaled && !numeral.yearLike ? measuredDuration(tokens, first, last) : null
  if (duration) [unit, last] = [duration.unit, duration.last]
  else if (unit === null && !scaled) {
    if (
      isDateOrDuration(tokens, numeral, first, last) ||
      (isAmbiguousAlone(tokens, numeral, first) && !opensRussianRange(tokens, first, last)) ||
      isAge(tokens, numeral, first, last) ||
      isInUnkeptMeasure(tokens, last) ||
      isScoreScale(tokens, first, last) ||
      isCode(tokens, first, last) ||
      isIndexNameOrLevel(tokens, first, last) ||
      isRankingSize(tokens, first, last, lang) ||
      isLetterCode(tokens[last + 1], tokens[last + 2])
    ) {
      return { quantity: null, next: last + 1 }
    }
  }
  // "on a 100% basis", "yüzde 100 bazında", "100 faiz əsasında": how a company counts its output, no share of it
  if (unit === 'percent' && ACCOUNTING_BASIS.test(tokens[last + 1]?.text ?? ''))
    return { quantity: null, next: last + 1 }
  if (unit === 'multiplier' && (numeral.value <= 1 || (lang === 'ru' && !ruTimes)))
    return { quantity: null, next: last + 1 }
  // "one" in words measures nothing: "bir gün sonra" tells when, "bir tonu 214 dollar" and "за одну тонну" name the
  // unit a price is given for, "one ferry" is an article; an amount of one is written in digits ("1 GW")
  const one = numeral.written === 'words' && numeral.value === 1 && !upper && !scaled
  if (one && !opensRussianRange(tokens, first, last)) return { quantity: null, next: last + 1 }
  // "son 24 saatte", "over the past 48 hours", "за последние 10 дней": the window a report covers, not a duration
  if (isReportWindow(tokens, first, unit)) return { quantity: null, next: last + 1 }
  if (ruTimes && unit !== 'multiplier') return none
  // "5 il 6 ay", "2 года 6 месяцев", "2 years and 6 months": a term in years and months is one, in years
  const months = unit === 'years' && !upper && !scaled ? monthsAfter(tokens, last, lang) : null
  if (months) last = months.last
  const extra = (rest ? rest.value * (unitMatch?.factor ?? 1) : 0) + (months ? months.value / 12 : 0)
  const quantity = buildQuantity(tokens, index, last, numeral, upper, unit ?? 'count', factor, extra)
  return { quantity: unit === null && scaled ? { ...quantity, elliptic: true } : quantity, next: last + 1 }
}

/** A month's word right after a count of months ("ay", "месяцев", "months"), maybe with a case ending. */
const MONTHS_WORD = /^(?:ay|aya|ayda|month|months|месяц|месяца|месяцев)$/u
/** The months told after a term's years ("5 il 6 ay", "2 years and 6 months"): their count and last token, or null. */
function monthsAfter(tokens: readonly Token[], last: number, lang: string): { value: number; last: number } | null {
  const joined = /^(?:and|ve|və|и)$/u.test(tokens[last + 1]?.text ?? '') ? last + 2 : last + 1
  if (!isSpaced(tokens[joined])) return null
  const count = readNumeral(tokens, joined, lang)
  if (!count || 'skip' in count || count.gluedUnit !== null || count.value < 1 || count.value > 11) return null
  const word = tokens[count.last + 1]
  return word !== undefined && isSpaced(word) && MONTHS_WORD.test(word.text)
    ? { value: count.value, last: count.last + 1 }
    : null
}

/** "от одного до трех часов": a word for one is the low end of a Russian range, which mergeRanges joins to its top. */
function opensRussianRange(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== 'от' || tokens[last + 1]?.text !== 'до') return false
  const top = readNumeral(tokens, last + 2, 'ru')
  return top !== null && !('skip' in top)
}

/**
 * Reads the smaller part of a compound numeral after a scale word: "3 milyon 420 min ton", "7 milyon 412 bin",
 * "2 млрд 300 млн". Gives the value of that part in base units and the index of its last token, or null.
 */
function readCompoundRest(
  tokens: readonly Token[],
  index: number,
  lang: string,
  bigger: number,
): { value: number; last: number } | null {
  if (!isSpaced(tokens[index])) return null
  const part = readNumeral(tokens, index, lang)
  if (!part || 'skip' in part || part.gluedUnit !== null || part.written !== 'digits') return null
  const scale = readScale(tokens, part.last + 1)
  // "11 min 500 TEU", "2 bin 300 ton", "5 тыс. 200 тонн": units after thousands need no scale word of their own
  if (!scale) return bigger === THOUSAND && part.value < THOUSAND ? { value: part.value, last: part.last } : null
  if (scale.factor >= bigger || part.value * scale.factor >= bigger) return null
  return { value: part.value * scale.factor, last: scale.last }
}
const THOUSAND = 1000

/** A unit joined to the numeral by a hyphen: "1,768-km", "4 GW-dan" is read as a word unit; here "836-km", "1-GW". */
function hyphenGluedUnit(tokens: readonly Token[], last: number, lang: string): UnitMatch | null {
  const dash = tokens[last + 1]
  const word = tokens[last + 2]
  if (!dash || dash.gap !== '' || !HYPHEN.test(dash.text) || !word || word.gap !== '' || word.kind !== 'word')
    return null
  const glued = GLUED_UNITS[word.text]
  if (glued?.unit) return { unit: glued.unit, factor: glued.factor, last: last + 2 }
  return matchUnit(tokens, last + 2, lang)
}

/**
 * A decimal times a scale, as written: "$8.2 million" is 8,200,000, where binary floating point gives 8,199,999.999…
 * Fifteen significant digits are all a double holds exactly, far more than any figure states.
 */
export const scaledExactly = (value: number, factor: number) => Number((value * factor).toPrecision(15))

/** Assembles a quantity from its parts, reading the qualifier words on either side. */
function buildQuantity(
  tokens: readonly Token[],
  first: number,
  last: number,
  numeral: Numeral,
  upper: Numeral | null,
  unit: string,
  factor: number,
  extra = 0,
): Quantity {
  const before = qualifierBefore(tokens, first)
  const after = before ? null : qualifierAfter(tokens, last)
  const span = (a: number, b: number): Span => ({ start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0 })
  return {
    ...span(first, last),
    value: scaledExactly(numeral.value, factor) + extra,
    valueMax: upper ? scaledExactly(upper.value, factor) : null,
    unit,
    qualifier: before?.qualifier ?? after?.qualifier ?? 'exact',
    written: numeral.written,
    qualifierSpan: before ? span(before.edge, first - 1) : after ? span(last + 1, after.edge) : null,
  }
}
