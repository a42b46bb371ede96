import { COUNTRY_NAMES } from '../lexicon/country-names'
import { findCountries, findCrossings, findPlaces } from '../lexicon/countries'
import { rememberRecent } from '../lexicon/memo'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'

/** A country a text names as a party (not as a currency, a route or a country passed through), and how. */
export interface PartyMention extends Span {
  code: string
  /**
   * 'with': the partner of a comitative ("Türkmənistanla", "trade with Georgia", "с Азербайджаном"); 'transit': a
   * country passed through or a stop on a named route ("через Туркменистан", "Bakı–Tbilisi–Ceyhan"), a party only
   * when the clause names no other ("через Казахстан прошло 1,2 млн TEU" is Kazakhstan's transit).
   */
  role: 'with' | 'plain' | 'transit'
}

/** "ABŞ dolları", "US dollars", "долларов США": the country names the currency, not a party. */
// the country of a currency names its money, not a party: "ABŞ dolları", "US dollars", "долларов США", and so its
// cents ("4,1 ABŞ senti", "4.5 US cents", "5 центов США"); the cent's endings are spelled out, as "sentyabr" begins so
const CURRENCY_AFTER = /^\s*(?:dolar|dollar|доллар|(?:sent|sente|sentə|senti|sentlik|cents?)(?![\p{L}]))/u
const CURRENCY_BEFORE = /(?:доллар\p{L}*|dollars?|цент(?:а|ов)?)\s*$/u
/** "Türkmenistan üzerinden", "BTC vasitəsilə", "через Туркменистан", "through Georgia": a country passed through. */
// one word may stand between: "Türkmenbaşı limanı üzerinden", "через туркменский порт Туркменбаши"
const TRANSIT_AFTER = /^\S*(?:\s+\p{L}+)?\s+(?:üzerinden|üzərindən|vasitəsilə|yoluyla|yolu ilə|aracılığıyla|transit)/u
// the words between are no preposition of a destination: "via Turkmenbashi to Azerbaijan" passes through one only
const TRANSIT_BEFORE =
  /(?:through|via|across|transit through|через|транзитом через|по территории)(?:\s+(?!(?:to|into|towards?|в|во|до|к|на)(?![\p{L}]))[\p{L}-]+){0,2}\s*$/u
/**
 * A demonym written in lower case that still names a country's goods, companies or travellers: Azerbaijani and Turkish
 * write adjectives of nationality small ("türkmən qazı", "qazax nefti"), and Turkish "Türk" names Turkey before
 * "şirket", "yatırım", "müteahhit", "turist" (elsewhere it often means Turkic, so the lexicon leaves it out).
 */
const GOODS = String.raw`(?:qaz|neft|buğda|taxıl|yük|gaz|petrol|buğday|tahıl|pambıq|pamuk|şirkət|şirket|firma|yatırım|investisiya|müteahhit|podratçı|sermaye|kapital|turist|ziyaretçi|ziyarətçi|yolcu|sərnişin)\p{L}*`
const codeByWord = new Map<string, string>([
  ...COUNTRY_NAMES.flatMap((c) => c.demonyms.map((d): [string, string] => [d, c.code])),
  ['türk', 'TR'],
  // the first half of a Russian compound adjective: "казахстанско-азербайджанский" names both countries
  ...COUNTRY_NAMES.flatMap((c) => (c.ruAdjectives ?? []).map((stem): [string, string] => [`${stem}о`, c.code])),
])
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
/** One pass for all of them: a demonym before goods or companies, or the first half of a compound adjective. */
const LOWER_DEMONYM = new RegExp(
  `(?<![\\p{L}])(?:(${alternatives([...codeByWord.keys()].filter((w) => !w.endsWith('о')))})\\s+${GOODS}|(${alternatives([...codeByWord.keys()].filter((w) => w.endsWith('о')))})(?=-))`,
  'gu',
)
/**
 * A comitative suffix glued to a Turkic name: "-la/-le/-lə" after a consonant or "-yla/-yle/-ylə" after a vowel, with
 * or without an apostrophe ("Gürcistan'la", "Türkmənistanla", "Rusiyayla").
 */
const COMITATIVE_SUFFIX = /(?:[^aeıioöuüə'’]|['’]y?|y)l[aeə]$/u
const WITH_AFTER = /^\s+(?:ile|ilə)(?![\p{L}])/u
const WITH_BEFORE = /(?:with|с|со)\s*$/u

/**
 * Finds the countries a sentence names as parties, with places standing for their country ("Astana" → KZ).
 * Remembered: an article's text and each of its sentences are read for parties more than once.
 */
export const partyMentions: (text: string, lang: string) => readonly PartyMention[] = rememberRecent(findPartyMentions)

function findPartyMentions(text: string, lang: string): PartyMention[] {
  const folded = foldCase(text, lang)
  // a border crossing stands for both its countries ("Sarp'ta tır kuyruğu": Georgia's and Türkiye's)
  const crossings = findCrossings(text, lang)
  const atCrossing = (m: Span) => crossings.some((c) => c.start < m.end && m.start < c.end)
  const found = [
    ...findCountries(text, lang).map((m) => ({ start: m.start, end: m.end, code: m.code })),
    ...findPlaces(text, lang)
      .filter((m) => !atCrossing(m))
      .map((m) => ({ start: m.start, end: m.end, code: m.country })),
    ...crossings.flatMap((c) => c.countries.map((code) => ({ start: c.start, end: c.end, code }))),
  ]
  const lower = [...folded.matchAll(LOWER_DEMONYM)]
    .map((m) => {
      const word = m[1] ?? m[2] ?? ''
      return { start: m.index, end: m.index + word.length, code: codeByWord.get(word) ?? '' }
    })
    .filter((m) => m.code !== '' && !found.some((f) => f.start < m.end && m.start < f.end))
  const named = [...found, ...lower].sort((a, b) => a.start - b.start)
  const inRoute = routeMembers(text, named)
  const passedAfter = (m: Span, index: number) => {
    const match = TRANSIT_AFTER.exec(folded.slice(m.end, m.end + 24))
    const next = named[index + 1]
    // "Türkiye'den İran üzerinden": the name standing between is the one passed through
    return match !== null && (!next || next.start >= m.end + match[0].length)
  }
  const isTransit = (m: Span, index: number) =>
    inRoute.has(m) || passedAfter(m, index) || TRANSIT_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start))
  const roleOf = (m: Span, index: number): PartyMention['role'] =>
    isTransit(m, index) ? 'transit' : isComitative(text, folded, m, lang) ? 'with' : 'plain'
  return named
    .map((m, index) => ({ ...m, role: roleOf(m, index) }))
    .filter((m) => !CURRENCY_AFTER.test(folded.slice(m.end, m.end + 12)))
    .filter((m) => !CURRENCY_BEFORE.test(folded.slice(Math.max(0, m.start - 14), m.start)))
}

function isComitative(text: string, folded: string, m: Span, lang: string): boolean {
  if (lang === 'en' || lang === 'ru') return WITH_BEFORE.test(folded.slice(Math.max(0, m.start - 6), m.start))
  if (WITH_AFTER.test(folded.slice(m.end, m.end + 5))) {
    // "Azərbaycan ilə Qazaxıstan arasında": "ilə" joins a pair there, it is no comitative
    return !/^\s+(?:ile|ilə)\s+\p{Lu}/u.test(text.slice(m.end, m.end + 30))
  }
  return COMITATIVE_SUFFIX.test(folded.slice(m.start, m.end))
}

/** Tells whether the text between two names is only a dash ("Bakı–Tbilisi", "Kazakhstan - Iran"). */
const dashedBetween = (text: string, a: Span, b: Span) => /^\s*[-–—]\s*$/u.test(text.slice(a.end, b.start))

/** Tells whether mentions stand one after another joined only by dashes. */
export const isChain = (text: string, mentions: readonly Span[]) =>
  mentions.every((m, i) => i === 0 || dashedBetween(text, mentions[i - 1]!, m))

/** Splits mentions, in text order, into runs joined only by dashes ("Bakı–Tbilisi–Ceyhan" is one run of three). */
export function dashRuns<T extends Span>(text: string, mentions: readonly T[]): T[][] {
  const runs: T[][] = []
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1]
    const run = runs.at(-1)
    if (previous && run && dashedBetween(text, previous, m)) run.push(m)
    else runs.push([m])
  })
  return runs
}

/** Names chained by dashes into a route ("Bakı–Tbilisi–Ceyhan", three or more): the route's, not parties. */
function routeMembers(text: string, named: readonly Span[]): Set<Span> {
  return new Set(
    dashRuns(text, named)
      .filter((run) => run.length >= 3)
      .flat(),
  )
}
