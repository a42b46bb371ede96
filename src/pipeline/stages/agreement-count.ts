import { parseNumber } from '../lexicon/numbers'
import { looseFold } from '../lexicon/term-matcher'
import type { Span } from '../types'

// The number that counts a package of documents, and the numbers before a document noun that count something else.

/** The word right after a number that makes it count the sides or countries, not documents. */
const COUNTS_SIDES =
  /^\s*(?:ülke|ölkə|dövlət|devlet|country|countries|nations?|sides|parties|стран|государств|сторон|taraf|tərəf)/u

/**
 * The number that counts a document noun, within three words before it ("15 işbirliği anlaşması"), or null; a verb
 * of signing between them ends the search: "Железные дороги трёх стран подписали соглашение" counts the countries.
 */
/** Scales, currencies and signs that make the number before a document noun its amount. */
const AMOUNT_WORD =
  /[$€₼₸₽%]|(?<![\p{L}])(?:milyon|milyar|milyard|million|billion|mln|mlrd|млн|млрд|тыс\p{L}*|bin|manat|dolar\p{L}*|dollar\p{L}*|avro|euro|евро|долл\p{L}*|тенге|tenge|lira|рубл\p{L}*)(?![\p{L}])/u

export function countBefore(
  text: string,
  noun: Span,
  lang: string,
  dates: readonly Span[],
  verbs: readonly Span[],
): (Span & { value: number }) | null {
  const before = text.slice(Math.max(0, noun.start - 60), noun.start)
  const offset = noun.start - before.length
  const tokens = [...before.matchAll(/\S+/gu)].slice(-4).reverse()
  for (const token of tokens) {
    if (/[,;:.]$|^[—–-]$/u.test(token[0])) return null
    // "the two companies signed an agreement": an article opens another noun phrase, whose count this is not
    if (lang === 'en' && /^(?:a|an|the)$/iu.test(token[0])) return null
    const at = offset + token.index
    if (dates.some((d) => d.start <= at && d.end > at)) return null
    if (verbs.some((v) => v.start < at + token[0].length && at < v.end)) return null
    const value = parseNumber(token[0].replace(/['’].*$/u, ''), lang)
    if (value === null) continue
    // "üç ülkenin demiryolları anlaşma imzaladı", "трёх стран": the number counts the sides, not the documents
    if (COUNTS_SIDES.test(looseFold(text.slice(at + token[0].length, noun.start), lang))) return null
    // "5 milyon manat dəyərində müqavilə", "a $60 million contract": an amount, not a count of documents
    if (AMOUNT_WORD.test(looseFold(text.slice(at, noun.start), lang))) return null
    return Number.isInteger(value) && value >= 2 && value <= 500 ? { start: at, end: noun.end, value } : null
  }
  return null
}
