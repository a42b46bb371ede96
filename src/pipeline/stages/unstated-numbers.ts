import type { Quantity } from '../lexicon/numbers'

/**
 * Numbers a sentence does not state as facts: asked about, denied, or a list's numbering. A fact-check, an interview
 * and a listicle are full of them, and each would be a wrong figure on screen.
 */

/** "Вопрос (Lada.kz): …", "Soru: …", "Sual: …", "Question: …", "Q: …": a question put at a briefing or interview. */
const QUESTION_LABEL = /^\s*(?:вопрос|soru|sual|question|q)\s*(?:\([^()]*\))?\s*[:—–-]/iu
/** A sentence asks when it ends with a question mark, maybe inside closing quotes. */
const ASKS = /\?["'”’»)]*\s*$/u

/** Tells whether a sentence asks rather than states ("Will trade reach $5 billion?", "Вопрос: … 400 млрд тенге."). */
export const isQuestion = (sentence: string): boolean => ASKS.test(sentence) || QUESTION_LABEL.test(sentence)

/** "1. 224 kilometre", "2) 1,9 milyar dolar": a number that opens its sentence and a list item, not a count. */
export const isListMarker = (sentence: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' &&
  /^\s*$/u.test(sentence.slice(0, quantity.start)) &&
  /^[.)]\s+\S/u.test(sentence.slice(quantity.end))

/**
 * "it is not a threefold rise", "не 900 тысяч, а 600", "üç kat değil", "üç dəfə deyil": a number the sentence denies.
 * Not "not more than", "не менее", "no fewer than", which bound a number and say it.
 */
const DENIED_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])not\s+(?:an?\s+|even\s+)?$/u,
  ru: /(?<![\p{L}])не\s+$/u,
}
const DENIED_AFTER: Readonly<Record<string, RegExp>> = {
  tr: /^\s*(?:[\p{L}'’]+\s+)?değil(?![\p{L}])/u,
  az: /^\s*(?:[\p{L}'’]+\s+)?deyil(?![\p{L}])/u,
}

/** Tells whether the sentence denies the number at `quantity` (folded text). */
export function isDenied(folded: string, quantity: Quantity, lang: string): boolean {
  const before = DENIED_BEFORE[lang]?.test(folded.slice(Math.max(0, quantity.start - 12), quantity.start)) ?? false
  return before || (DENIED_AFTER[lang]?.test(folded.slice(quantity.end, quantity.end + 24)) ?? false)
}

/** A definite word before a count in words: "the two vessels", "bu iki gəmi", "эти два парома" name ones told before. */
const DEFINITE_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:the|these|those)\s+$/u,
  tr: /(?<![\p{L}])(?:bu|şu)\s+$/u,
  az: /(?<![\p{L}])(?:bu|həmin)\s+$/u,
  ru: /(?<![\p{L}])(?:эти|этих|этим|этими|те|тех)\s+$/u,
}

/**
 * Tells whether a count restates things already counted ("ASCO puts the total cost of the two vessels at $150
 * million"), or is half of a compound adjective ("twenty-foot", "40-футового"): no new count either way. Turkish and
 * Azerbaijani hyphens carry case endings ("13-ə çatıb"), so only English and Russian compounds are read so.
 */
export function isNoNewCount(folded: string, quantity: Quantity, lang: string): boolean {
  if (quantity.unit !== 'count') return false
  const before = folded.slice(Math.max(0, quantity.start - 8), quantity.start)
  if (quantity.written === 'words' && (DEFINITE_BEFORE[lang]?.test(before) ?? false)) return true
  return (lang === 'en' || lang === 'ru') && /^-\p{L}/u.test(folded.slice(quantity.end, quantity.end + 2))
}
