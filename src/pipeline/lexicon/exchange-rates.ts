import { rateUnit, readRateUnit } from '../../schema/rate-unit'
import { tokenize, type Token } from './numeral-tokens'
import { CURRENCY_CODES, matchUnit } from './units'

/** Currencies whose amounts may be a price of one unit of goods (TEU is a box, no currency). */
export const CURRENCY = /^(?!TEU$)[A-Z]{3}$/u
/** Whether a quantity's unit is a currency's code ("USD", "KZT"), not a box's ("TEU"). */
export const isCurrencyUnit = (unit: string) => CURRENCY.test(unit)

/** What ends the stretch a rate's unit is looked for in: the clause's punctuation. */
const CLAUSE_MARK = /^[,.;:!?()«»"“”]$/u

/** Whether a token ends a search for a rate's words around an amount: another number or a clause's mark. */
export const endsRateSearch = (token: Token) =>
  token.kind === 'num' || (token.kind === 'sym' && CLAUSE_MARK.test(token.text))

/** The noun of a currency's rate: "курс доллара", "doların kuru", "dolların məzənnəsi", "the dollar rate". */
const RATE_NOUN = /^(?:курс|курса|курсу|kur|kuru|məzənnə|məzənnəsi|rate)$/u
/** How many tokens before an amount a rate's noun and its currency may stand ("курс доллара составил 12 742,15"). */
const RATE_NOUN_REACH = 6

/** The code of a currency a word names ("доллара", "doların", "евро"), or null. */
function currencyNamed(tokens: readonly Token[], at: number, lang: string): string | null {
  const unit = tokens[at]?.kind === 'word' ? matchUnit(tokens, at, lang) : null
  return unit && unit.factor === 1 && CURRENCY.test(unit.unit) ? unit.unit : null
}

/** "ABŞ dolları", "долл. США": a word of a currency's two-word name before its main word. */
const isCurrencyWord = (token: Token | undefined) =>
  token?.kind === 'word' && /^(?:abd|abş|us|usa|сша|долл|türk|turkish)$/u.test(token.text)

/** The currency a rate's noun names beside it: after it in Russian ("курс (российского) рубля"), before it elsewhere. */
function currencyOfRateNoun(tokens: readonly Token[], at: number, lang: string): string | null {
  if (lang === 'ru') {
    // "курс тенге к доллару составил 512 тенге": the currency after "к" is the one counted against
    const against = tokens.slice(at + 1, at + AGAINST_REACH).findIndex((t) => t.text === 'к' || t.text === 'против')
    const base = against < 0 ? null : currencyNamed(tokens, at + against + 2, lang)
    return base ?? currencyNamed(tokens, at + 1, lang) ?? currencyNamed(tokens, at + 2, lang)
  }
  return (
    currencyNamed(tokens, at - 1, lang) ??
    currencyNamed(tokens, at - 2, lang) ??
    currencyAgainst(tokens, at, lang) ??
    // "the tenge's rate against the dollar": English names it after the noun
    (AGAINST.test(tokens[at + 1]?.text ?? '')
      ? (currencyNamed(tokens, at + 2, lang) ?? currencyNamed(tokens, at + 3, lang))
      : null)
  )
}

/** "nisbətdə", "karşı", "against": the word after the currency another is measured against. */
const AGAINST = /^(?:nisbətdə|qarşı|karşı|karşısında|karşısındaki|against|versus)$/u
/** How far before a rate's noun the currency it is measured against may stand ("dollarına nisbətdə orta rəsmi"). */
const AGAINST_REACH = 5

/**
 * "manatın ABŞ dollarına nisbətdə orta rəsmi məzənnəsi 1,70 manat", "liranın dolar karşısındaki kuru": the currency
 * named before "against", which the amount's currency is counted per.
 */
function currencyAgainst(tokens: readonly Token[], at: number, lang: string): string | null {
  for (let k = at - 1; k >= Math.max(1, at - AGAINST_REACH); k--) {
    const token = tokens[k]
    if (!token || endsRateSearch(token)) return null
    if (token.kind === 'word' && AGAINST.test(token.text)) return currencyNamed(tokens, k - 1, lang)
  }
  return null
}

/**
 * The currency whose rate an amount of another currency is: named with the rate's noun a few words before ("курс
 * доллара составил 12 742,15 сума", "dolların rəsmi məzənnəsi 1,70 manat"), right before the amount ("dollar 1,70
 * manat"), or, in a sentence about rates, before the amount and its dash ("…, евро — 13 915,30 сума, российского
 * рубля — 143,05 сума").
 */
export function rateBaseBefore(tokens: readonly Token[], first: number, lang: string): string | null {
  for (let k = first - 1; k >= Math.max(0, first - RATE_NOUN_REACH); k--) {
    const token = tokens[k]
    if (!token || endsRateSearch(token)) break
    if (token.kind === 'word' && RATE_NOUN.test(token.text)) {
      const base = currencyOfRateNoun(tokens, k, lang)
      if (base !== null) return base
    }
  }
  // "Bu gün dollar 1,70 manat": a currency named right before an amount of another is that amount's rate
  const adjacent = currencyNamed(tokens, first - 1, lang)
  if (adjacent !== null && !isCurrencyWord(tokens[first - 2])) return adjacent
  if (!/^[—–-]$/u.test(tokens[first - 1]?.text ?? '')) return null
  const named = currencyNamed(tokens, first - 2, lang)
  const aboutRates = tokens.slice(0, first).some((t) => t.kind === 'word' && RATE_NOUN.test(t.text))
  return named !== null && aboutRates ? named : null
}

/**
 * The codes a currency pair is written with, folded ("usd/try", "eur/usd"): the codes read before an amount, and the
 * lira's and the rouble's, which a pair's slash keeps from reading as English verbs.
 */
const PAIR_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(CURRENCY_CODES),
  'try',
  'rub',
  'kgs',
  'gbp',
  'chf',
  'jpy',
])
/** How many tokens may stand between a pair and its quote ("EUR/USD paritesi ise 1,168", "USD/TRY bu sabah 44,85"). */
const PAIR_REACH = 4

/** The pair whose second code ends at `at` ("usd", "/", "try"), as the rate's unit: TRY per USD. */
function pairEndingAt(tokens: readonly Token[], at: number): string | null {
  const [base, slash, quote] = [tokens[at - 2], tokens[at - 1], tokens[at]]
  if (!base || !slash || !quote || slash.text !== '/' || slash.gap !== '' || quote.gap !== '') return null
  if (!PAIR_CODES.has(base.text) || !PAIR_CODES.has(quote.text)) return null
  return rateUnit(quote.text.toUpperCase(), base.text.toUpperCase())
}

/**
 * A currency pair's quote, as markets write it: "USD/TRY 44,85", "EUR/USD paritesi ise 1,168", or the pair a few
 * words after the number ("44,72'den kapanan USD/TRY"): the amount of the second currency one of the first buys
 * ("TRY/USD"). Words only stand between; a number or a clause's mark ends the search.
 */
export function exchangePair(tokens: readonly Token[], first: number, last: number): string | null {
  for (let k = first - 1; k >= Math.max(0, first - PAIR_REACH); k--) {
    const pair = pairEndingAt(tokens, k)
    if (pair) return pair
    const token = tokens[k]
    if (!token || endsRateSearch(token)) break
  }
  for (let k = last + 1; k <= last + PAIR_REACH + 2; k++) {
    const token = tokens[k]
    if (!token || endsRateSearch(token)) return null
    // a pair with its own quote right after it is that quote's ("USD/KZT 528,6, USD/UZS 12.950")
    const pair = pairEndingAt(tokens, k + 2)
    if (pair) return tokens[k + 3]?.kind === 'num' ? null : pair
  }
  return null
}

/**
 * An amount told short after an exchange rate, behind the name of its currency: "dollar 1,70 manat, lirə 41,30" is the
 * lira's rate to the same dollar (TRY/USD); with no currency named, it is the same rate's ("1,70 manat, sabah 1,72").
 */
export function ellipticRate(folded: string, at: number, lent: string, lang: string): string {
  // only an exchange rate, one currency per another ("AZN/USD"), is told short this way
  const base = readRateUnit(lent)?.per
  if (base === undefined || !isCurrencyUnit(base)) return lent
  const tokens = tokenize(folded.slice(Math.max(0, at - 24), at))
  const named = currencyNamed(tokens, tokens.length - 1, lang)
  return named !== null && named !== base ? rateUnit(named, base) : lent
}
