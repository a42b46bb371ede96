import { caseOfName } from '../lexicon/countries'
import type { Span } from '../types'
import type { PartyMention } from './party-mentions'

// Lists of countries, each by its own number ("China 27% and Russia 19%", "İdxalın 61 faizi Türkiyənin, 17 faizi
// Rusiyanın"): which country a figure in such a list is, and which country of a sentence has no number of its own.

/**
 * What may stand between a country and its own number after it in a list: a space, a dash or a colon, or the share
 * its genitive owns ("Niderlandın payı 24 faiz, Çinin payı 21 faiz", "Türkiye'nin payı yüzde 12").
 */
const SHARE_OWNED = String.raw`pay[ıi](?:\s+(?:isə|ise))?\s+`
const BEFORE_OWN_NUMBER = new RegExp(String.raw`^\s*(?:[-–—:]\s*|${SHARE_OWNED})?$`, 'u')
/** "Russia supplied 71% of them, China 12%": one verb may stand between a list's first item and its number. */
const ONE_VERB = String.raw`^\s+\p{Ll}+\s+`
const VERB_BEFORE_OWN_NUMBER = new RegExp(`${ONE_VERB}$`, 'u')
const VERB_THEN_NUMBER = new RegExp(String.raw`${ONE_VERB}\d`, 'u')
/**
 * What may stand between a number and its own country after it: "24% – на Казахстан", "71% пришлось на Россию", and a
 * Turkish ranking's "with": "yüzde 14'le İtalya", "%9 ile İspanya".
 */
const TO_ITS_COUNTRY = String.raw`%?\s*(?:[-–—]\s*)?(?:\p{L}+\s+)?(?:на|из|от|from|to)\s+`
/** Turkish "with" after a number, its suffix or its word: "yüzde 14'le İtalya", "%9 ile İspanya". */
const WITH = String.raw`(?:['’]y?l[ae]|\s+ile)`
const AFTER_OWN_NUMBER = new RegExp(String.raw`^${TO_ITS_COUNTRY}$|^%?${WITH}\s+$`, 'u')
const OPENS_NUMBER = new RegExp(String.raw`^\s*(?:[-–—:]\s*|${SHARE_OWNED}(?:yüzde\s+|%)?)?[$€]?\d`, 'u')
/** A Turkish number that ends in "with" ("yüzde 14'le"), its suffix read with it: its country follows it. */
const WITH_END = /['’]y?l[ae]$/u
const CLOSES_NUMBER = new RegExp(String.raw`\d${TO_ITS_COUNTRY}$|\d%?${WITH}\s+$`, 'u')
/**
 * "İdxalın 61 faizi Türkiyənin, 17 faizi Rusiyanın", "%61'i Türkiye'nin": Turkish and Azerbaijani give a share, then
 * its owner in the genitive right after it.
 */
const GENITIVE_AFTER_SHARE = /^(?:\s*(?:faizi|['’][iıuü]))?(?:\s+(?:isə|ise|da|də))?\s+$/u
const GENITIVE_NAME = /n[ıiuüə]n$/u
const CLOSES_SHARE = /\d\s*(?:faizi|%?['’][iıuü])?(?:\s+(?:isə|ise|da|də))?\s+$/u
/**
 * "bunun 140 bin tonu Rusya'dan, 95 bin tonu Azerbaycan'dan geldi", "120 min tonu Rusiyadan, 80 min tonu
 * Qazaxıstandan": Turkish and Azerbaijani give a part of a flow, then where it came from (ablative) or went to
 * (dative) right after it, at most its unit between.
 */
const BEFORE_CASED_NAME = /^%?(?:['’][iıuü])?\s+(?:\p{L}+\s+)?$/u
const CLOSES_CASED_NAME = /\d%?(?:['’][iıuü])?\s+(?:\p{L}+\s+){0,2}$/u
/** A country in the case of a flow's end: "Rusya'dan", "Qazaxıstandan" (from), "Azerbaycan'a", "Belarusa" (to). */
const isCasedEnd = (text: string, m: Span) =>
  FLOW_CASES.has(caseOfName(text.slice(m.start, m.end), 'tr')) && !/^\p{L}/u.test(text.slice(m.end))
const FLOW_CASES = new Set(['ablative', 'dative'])

/**
 * The country right before a figure's number, or right after it ("24% – на Казахстан"), when the clause lists two
 * countries or more so, each by its own number ("China 27% and Russia 19%"); else null.
 */
export function ownCountryInList(text: string, at: Span, mentions: readonly PartyMention[]): PartyMention | null {
  const own =
    mentions.filter((m) => m.end <= at.start && BEFORE_OWN_NUMBER.test(text.slice(m.end, at.start))).at(-1) ??
    mentions.find((m) => m.start >= at.end && AFTER_OWN_NUMBER.test(text.slice(at.end, m.start))) ??
    mentions.find(
      (m) => m.start >= at.end && GENITIVE_AFTER_SHARE.test(text.slice(at.end, m.start)) && isGenitiveOwner(text, m),
    ) ??
    casedOwner(text, at, mentions) ??
    mentions.find(
      (m) =>
        m.start >= at.end && /^\s+$/u.test(text.slice(at.end, m.start)) && WITH_END.test(text.slice(at.start, at.end)),
    )
  if (!own) return null
  return mentions.some((m) => m.code !== own.code && ownsNumber(text, m)) ? own : null
}

/**
 * "140 bin tonu Rusya'dan, 95 bin tonu Azerbaycan'dan": the country in a case right after the figure, when another
 * country of the clause follows its own number in the same way (not "Kazakistan'daki 47 işletmenin … yüzde 40'ı
 * Türkiye'den").
 */
function casedOwner(text: string, at: Span, mentions: readonly PartyMention[]): PartyMention | undefined {
  const own = mentions.find(
    (m) => m.start >= at.end && BEFORE_CASED_NAME.test(text.slice(at.end, m.start)) && isCasedEnd(text, m),
  )
  return own && mentions.some((m) => m.code !== own.code && closesCasedName(text, m)) ? own : undefined
}

/** "Russia supplied 71%": the list's first item, a verb between it and its number. */
export const ownsShareAfter = (text: string, m: Span) => VERB_THEN_NUMBER.test(text.slice(m.end, m.end + 24))
/** "61 faizi Türkiyənin": a country in the genitive right after a share, its owner. */
const isGenitiveOwner = (text: string, m: Span) =>
  GENITIVE_NAME.test(text.slice(m.start, m.end)) && CLOSES_SHARE.test(text.slice(Math.max(0, m.start - 12), m.start))

/**
 * Tells whether a country stands by a number of its own: "China 12%", "24% – на Казахстан", "17 faizi Rusiyanın",
 * "95 bin tonu Azerbaycan'dan".
 */
export const ownsNumber = (text: string, m: Span) =>
  OPENS_NUMBER.test(text.slice(m.end, m.end + 8)) ||
  CLOSES_NUMBER.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
  isGenitiveOwner(text, m) ||
  closesCasedName(text, m)
const closesCasedName = (text: string, m: Span) =>
  isCasedEnd(text, m) && CLOSES_CASED_NAME.test(text.slice(Math.max(0, m.start - 30), m.start))

/**
 * "Russia supplied 71% of them, China 12% and Türkiye 7%": the list's first item stands in a clause of its own, the
 * others after the comma; read over the sentence, it is the figure's own country, given in the clause's offsets.
 */
export function firstOfSentenceList(
  sentence: string,
  span: Span,
  clause: Span,
  parties: readonly PartyMention[],
): PartyMention | null {
  const sides = parties.filter((m) => m.role !== 'transit')
  const own = sides
    .filter((m) => m.end <= span.start && VERB_BEFORE_OWN_NUMBER.test(sentence.slice(m.end, span.start)))
    .at(-1)
  // the others each open their own number ("China 12% and Türkiye 7%")
  const others = sides.filter((m) => m.code !== own?.code && OPENS_NUMBER.test(sentence.slice(m.end, m.end + 8)))
  if (!own || others.length === 0 || own.start < clause.start || own.end > clause.end) return null
  return { ...own, start: own.start - clause.start, end: own.end - clause.start }
}
