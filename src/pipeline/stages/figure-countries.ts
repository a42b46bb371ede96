import type { Article } from '../../schema/dataset'
import { findPeople } from '../lexicon/people'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'
import { clauseAround } from './clauses'
import { flowKind, sharedDestination, type FlowRoles } from './flow-ends'
import { flowsWithHome, otherEnd, writerHomeMentions, writerHomeOfArrivals, writerSide } from './flow-home'
import { lineKinds, namesLine, type ArticleLine } from './figure-route'
import { dashRuns, isChain, partyMentions, type PartyMention } from './party-mentions'
import { articleTrio, namesAllSides } from './trilateral'
import { firstOfSentenceList, ownCountryInList, ownsNumber, ownsShareAfter } from './country-lists'

/** How much of an article's country mentions its two main parties must hold for it to be about that pair. */
const BILATERAL_SHARE = 0.7
/**
 * "bu ülkede", "ölkəyə", "in the country", "в республике", "в экономику страны": the article's own country, named before.
 */
const HOME_REFERENCE =
  /(?<![\p{L}])(?:bu ülke\p{L}*|ülkede|ülkeye|ülkenin|ülke ekonomisi\p{L}*|bu ölkə\p{L}*|ölkədə|ölkəyə|ölkənin|ölkə iqtisadiyyat\p{L}*|(?:in|to|into) the country|the country's|в стране|в страну|в республик\p{L}*|в экономик\p{L}* (?:страны|республики))(?![\p{L}])/u
/**
 * "on the Türkiye border", "Türkiyə sərhədində", "Gürcistan sınırında", "на границе с Грузией": a border has two sides,
 * the one named and the article's own country.
 */
const BORDER = /(?<![\p{L}])(?:borders?|sınır\p{L}*|sərhəd\p{L}*|границ\p{L}*)(?![\p{L}])/u
/** "…: Ülke 2024'te Rusya'dan … satın aldı", "The country bought …": "the country" as the subject opening a clause. */
const HOME_SUBJECT = /^\s*(?:ülke|ölkə|the country|страна)(?![\p{L}])/u
/** A word of the sentence's own (a lower-case letter), not only a dateline ("ANKARA (AA) -"), before a name. */
const SENTENCE_WORD_BEFORE = /\p{Ll}/u
/** Verbs of a line's course: "will run", "passes", "crosses", "пройдет", "проходит", "geçecek", "keçir", "uzanıyor". */
const RUNS =
  /(?<![\p{L}])(?:run|runs|running|pass|passes|passing|cross|crosses|crossing|stretch\p{L}*|пройд\p{L}*|проход\p{L}*|пролег\p{L}*|пересека\p{L}*|geç(?:ecek|iyor|er|en)|keç(?:əcək|ir|ən)|uzan\p{L}*)(?![\p{L}])/u
/** Nouns of a built line by what it carries, not a generic "line": a line "through" a country has a section there. */
const BUILT_LINES = new Set(['rail', 'pipe', 'cable', 'road'])
/** Words that pair two names: "X ile Y", "X və Y", "X and Y", "X и Y", "X–Y". */
const JOINED = /^\s*(?:ile|ilə|ve|və|and|и|[-–—])\s*$/u
/** Words that make a figure bilateral between the article's two main countries. */
const BILATERAL =
  /(?<![\p{L}])(?:iki ülke|iki ölkə|two countries|both countries|the two|the sides|both sides|двух стран|двумя странами|обеих стран|обе страны|стороны|сторон|taraflar|tərəflər|ikili|karşılıklı|qarşılıqlı|bilateral|двусторонн|взаимн)/u
/**
 * "bu göstərici", "bu rakamı", "bu sayı", "that figure", "этот показатель": a figure that speaks of the one before; not "the
 * number of weekly flights", which names a measure of its own.
 */
const BACK_REFERENCE =
  /(?<![\p{L}])(?:bu (?:göstərici|rəqəm|rakam|sayı|miktar|hacim|həcm|göstərge|gösterge)|(?:that|this|the) (?:figure|number|volume|amount)(?! of)|(?:bring|rais|lift|increas|boost|doubl|tak)\p{L}* (?:it|that|this)(?![\p{L}])|эт(?:от|а|о|ого|ой) (?:показател|цифр|объем|объём)|(?:довести|увеличить|нарастить|поднять) (?:его|её|ее|их)(?![\p{L}]))/u

/** Tells whether a folded clause refers back to the figure before ("bu göstərici", "that figure", "довести его"). */
export const refersBack = (folded: string): boolean => BACK_REFERENCE.test(folded)

/** The parties of an article, most named first (its headline counts twice), with what share of all mentions they hold. */
function partyCounts(article: Article): { code: string; share: number }[] {
  const counts = new Map<string, { count: number; first: number }>()
  const add = (code: string, weight: number, at: number) => {
    const entry = counts.get(code) ?? { count: 0, first: at }
    counts.set(code, { count: entry.count + weight, first: entry.first })
  }
  const parties = (text: string) => partyMentions(text, article.lang).filter((m) => m.role !== 'transit')
  parties(article.title).forEach((m) => add(m.code, 2, -1))
  parties(article.text).forEach((m) => add(m.code, 1, m.start))
  // "Bankamız", "vatandaşlarımızın": a Turkish or Azerbaijani writer's own country, named by "our" rather than by name
  const ours = writerHomeMentions(foldCase(article.text, article.lang), article.lang)
  if (ours) add(ours.code, ours.count, article.text.length)
  const total = [...counts.values()].reduce((sum, { count }) => sum + count, 0)
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .map(([code, { count }]) => ({ code, share: count / total }))
}

/** The article's parties, most named first (see `partyCounts`). */
export const partyRanking = (article: Article): string[] => partyCounts(article).map(({ code }) => code)

/**
 * The article's parties, counted once for both readings of them: `main`, the two it names most (its own pair, for
 * "iki ölkə" and "trade with X"), and `pair`, the pair a bilateral article is about, when its two main parties hold
 * at least 70% of its mentions (a report on Azerbaijani–Turkmen gas, not a round-up of the corridor's countries),
 * else none. A figure whose clause names no party belongs to that pair. `trio`: the three sides of a trilateral
 * article (see `articleTrio`), else none.
 */
export function articleParties(article: Article): { main: string[]; pair: string[]; trio: string[] } {
  const counts = partyCounts(article)
  const [first, second] = counts
  const main = counts.slice(0, 2).map(({ code }) => code)
  const bilateral = first && second && first.share + second.share >= BILATERAL_SHARE
  const trio = articleTrio(article.title, article.lang, counts)
  return { main, pair: bilateral || headlineNamesPair(article, main) ? [...main].sort() : [], trio }
}

/**
 * "Qazaxıstan taxılının Azərbaycan üzərindən tranziti 16 faiz artıb": a headline that names the article's two main
 * parties and no other says what pair the story is about, though its text names their neighbours often.
 */
function headlineNamesPair(article: Article, main: readonly string[]): boolean {
  const named = new Set(partyMentions(article.title, article.lang).map((m) => m.code))
  return main.length === 2 && named.size === 2 && main.every((code) => named.has(code))
}

const unique = (codes: readonly string[]) => [...new Set(codes)].sort()

/** Two names joined by "ile", "and", "и" or a dash with nothing else between: pairs the clause speaks of. */
function joinedPairs(text: string, mentions: readonly PartyMention[]): { span: Span; codes: string[] }[] {
  const pairs: { span: Span; codes: string[] }[] = []
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1], mentions[i]]
    if (a && b && a.code !== b.code && JOINED.test(text.slice(a.end, b.start))) {
      pairs.push({ span: { start: a.start, end: b.end }, codes: [a.code, b.code] })
    }
  }
  return pairs
}

/**
 * How far a pair or partner stands from the figure. All four languages name the partner first ("trade with X reached
 * $Y", "X ile ticaret Y oldu", "товарооборот с X составил Y, с Z – W"), so any one before the figure outranks every
 * one after it.
 */
const AFTER = 1_000_000
const gap = (a: Span, b: Span) => (b.end <= a.start ? a.start - b.end : b.start >= a.end ? AFTER + b.start - a.end : 0)

/**
 * The pair a clause ties the figure to: the nearest of the pairs joined there and the partners named with "with";
 * a partner goes with the nearest other party of the clause, else the article's main country.
 */
function nearestPair(mentions: readonly PartyMention[], text: string, at: Span, main: readonly string[]) {
  const joined = joinedPairs(text, mentions)
  const partners = mentions.filter((m) => m.role === 'with').map((m) => ({ span: m as Span, codes: [m.code] }))
  const best = [...joined, ...partners].sort((a, b) => gap(at, a.span) - gap(at, b.span))[0]
  if (!best || best.codes.length === 2) return best ? unique(best.codes) : null
  const partner = best.codes[0] ?? ''
  const others = mentions.filter((m) => m.role === 'plain' && m.code !== partner)
  const subject = others.sort((a, b) => gap(best.span, a) - gap(best.span, b))[0]?.code
  const home = subject ?? main.find((code) => code !== partner)
  return unique(home ? [home, partner] : [partner])
}

/**
 * The countries a sentence names as sides: its parties (not the countries passed through) and the countries of the
 * leaders it names ("Erdoğan, Özbekistan Cumhurbaşkanı Mirziyoyev ile bir araya geldi" → TR, UZ).
 */
export function namedSides(text: string, lang: string): string[] {
  const parties = partyMentions(text, lang).filter((m) => m.role !== 'transit')
  const leaders = findPeople(text, lang).filter((p) => p.via === 'gazetteer' && p.country !== null)
  return unique([...parties.map((m) => m.code), ...leaders.map((p) => p.country!)]).sort()
}

/** Words that join two people into the subject of one statement: "X and Y", "X ile Y", "X və Y", "X и Y". */
const JOINS_PEOPLE = /^\s*(?:and|ve|ile|və|ilə|и)\s*$/u

/**
 * "Presidents Shavkat Mirziyoyev and Recep Tayyip Erdoğan have set a target of $5 billion": a clause that names no
 * country but two known leaders of two countries joined as one subject is about those two countries.
 */
function joinedLeaders(clause: string, lang: string): string[] | null {
  const people = findPeople(clause, lang).filter((p) => p.via === 'gazetteer' && p.country !== null)
  for (const [i, person] of people.entries()) {
    const next = people[i + 1]
    if (next && next.country !== person.country && JOINS_PEOPLE.test(clause.slice(person.end, next.start))) {
      return unique([person.country!, next.country!])
    }
  }
  return null
}

/** What a figure's countries are read against besides its sentence (see `figureCountries`). */
export interface FigureFrame {
  /** The article's two main parties (see `articleParties`). */
  main: readonly string[]
  /** The two ends of the route line the figure's block of fields stands under (see `routeBlocks`), or null. */
  route?: readonly string[] | null
  /** The previous figure's countries, for "bu göstərici". */
  previous: readonly string[]
  /** Whether the measure always lies between two sides (trade turnover). */
  betweenTwo?: boolean
  /** The pair a bilateral article is about, or none. */
  articlePair?: readonly string[]
  /** The sentence's parties, when the caller has annotated them already. */
  sentenceParties?: readonly PartyMention[]
  /** The two sides a sentence since the previous figure named, for "the two countries". */
  sidesNamedSince?: () => readonly string[] | null
  /** The one line the article names by its countries (see `articleLine`), or null. */
  line?: ArticleLine | null
  /** The country that runs the line the measure is of, the other side of whoever ships through it, or null. */
  owner?: string | null
  /** The ends of goods' flows each party stands at across the article (see `flowRoles`). */
  flowRoles?: FlowRoles
  /** The three sides of a trilateral article, or none (see `articleTrio`). */
  trio?: readonly string[]
}

/**
 * Tells whether a figure speaks of the article's line: its clause names the line ("hat üzerinden", "магистрали"), or
 * names no party while its sentence does; and the clause names no party of its own beyond one of the line's
 * countries, or names them all ("Kazakistan, Türkmenistan ve İran, KTİ hattındaki taşımaları").
 */
function onLine(
  clause: string,
  sentence: string,
  parties: readonly PartyMention[],
  line: ArticleLine,
  lang: string,
): boolean {
  const named = unique(parties.map((m) => m.code))
  const inLine = named.every((code) => line.countries.includes(code))
  const ownParties = named.length <= 1 || named.length === line.countries.length
  if (!inLine || !ownParties) return false
  return namesLine(clause, lang, line.kind) || (named.length === 0 && namesLine(sentence, lang, line.kind))
}

/**
 * "The 523-km railway will run from Kashgar through Kyrgyzstan to Andijan": a built line lies in the countries it runs
 * through, so they are its parties; goods only pass through them ("Türkiye'den İran üzerinden demiryoluyla
 * Kazakistan'a gönderilen yük"), and a route's stops name it ("Bakı–Tbilisi–Ceyhan kəməri ilə").
 */
function linePassesThrough(text: string, folded: string, transit: readonly PartyMention[], lang: string) {
  const builtLine = [...lineKinds(text, lang)].some((kind) => BUILT_LINES.has(kind))
  if (!builtLine || !RUNS.test(folded) || flowKind(folded) !== null) return []
  const stops = new Set(
    dashRuns(text, transit)
      .filter((run) => run.length > 1)
      .flat(),
  )
  return transit.filter((m) => !stops.has(m))
}

/**
 * Tells which countries a figure is about, from its own clause: a pair joined there ("Azərbaycan ilə Qazaxıstan
 * arasında", "between Kazakhstan and Georgia", "Казахстана и Азербайджана") or a partner named with "with" and the
 * clause's other party, else the article's main country ("Trade with Turkmenistan grew" in a Kazakh report),
 * whichever stands nearest; for "iki ölkə", "the two countries", the two sides a sentence since the previous figure
 * named, else that figure's pair, else the article's;
 * the countries the clause names; the previous figure's for "bu göstərici"; the article's pair for a measure that
 * is always between two sides (`betweenTwo`: trade turnover); else none: a guess would put the figure in another
 * pair's series. `sentenceParties` are the sentence's parties when the caller has annotated them already.
 */
export function figureCountries(article: Article, sentence: string, span: Span, frame: FigureFrame): string[] {
  const { main, previous, betweenTwo = false, articlePair = [], line = null, owner = null } = frame
  const sentenceParties = frame.sentenceParties ?? partyMentions(sentence, article.lang)
  const sidesNamedSince = frame.sidesNamedSince ?? (() => null)
  const clause = clauseAround(sentence, span)
  const text = sentence.slice(clause.start, clause.end)
  const at = { start: span.start - clause.start, end: span.end - clause.start }
  const folded = foldCase(text, article.lang)
  // the sentence's parties, annotated once, as offsets into the clause
  const all = sentenceParties
    .filter((m) => m.start >= clause.start && m.end <= clause.end)
    .map((m) => ({ ...m, start: m.start - clause.start, end: m.end - clause.start }))
  const transit = all.filter((m) => m.role === 'transit')
  const parties = all.filter((m) => m.role !== 'transit')
  // "по железной дороге Казахстан – Туркменистан – Иран": a route the clause names alone is its countries' figure
  if (parties.length === 0 && all.length >= 3 && isChain(text, all)) return unique(all.map((m) => m.code))
  // "transit of Kazakh cargo through Georgia": one side and the one country it passes through are the pair; with two
  // sides named ("Kazakh grain went to Azerbaijan through Turkmenistan") the country passed through is no party
  // "Freight on the line rose 17%" in a report on the Kazakhstan-Turkmenistan-Iran railway: the line's countries
  if (line && onLine(text, sentence, parties, line, article.lang)) return [...line.countries]
  const passedThrough = new Set(transit.map((m) => m.code))
  if (unique(parties.map((m) => m.code)).length === 1 && passedThrough.size === 1 && transit.length < 3) {
    return unique([...parties, ...transit].map((m) => m.code))
  }
  const listed = parties.length > 0 ? [...parties, ...linePassesThrough(text, folded, transit, article.lang)] : all
  // "China 27% and Russia 19%", "Китай – 31%; Россия – 9%": in a list of countries each before its own number, the
  // figure is its own country's
  const own = ownCountryInList(text, at, listed) ?? firstOfSentenceList(sentence, span, clause, sentenceParties)
  const mentions = own ? [own] : listed
  const pair = nearestPair(mentions, text, at, main)
  if (pair) return pair
  const named = unique(mentions.map((m) => m.code))
  // "Груз: кунжут, 22 т" under "Ташкент (UZ) → Мерсин (TR)": a field under a route line is the route's ends'
  if (named.length === 0 && frame.route) return [...frame.route]
  const leaders = named.length === 0 ? joinedLeaders(text, article.lang) : null
  if (leaders) return leaders
  // "Стороны ставят задачу …", "совокупный товарооборот между тремя странами" in a trilateral declaration
  const trio = frame.trio ?? []
  if (trio.length === 3 && namesAllSides(folded) && named.every((code) => trio.includes(code))) return unique(trio)
  if (BILATERAL.test(folded)) {
    // "… Türkiye ile Özbekistan arasındaki … Taşkent'te imzalanan protokolle iki ülkenin …": the two just named, when
    // the clause's own party is one of them
    const recent = sidesNamedSince()
    if (recent && named.every((code) => recent.includes(code))) return [...recent]
    const known = previous.length >= 2 && named.every((c) => previous.includes(c)) ? previous : main
    if (known === previous && named.length === 0) return [...previous]
    return unique([...named, ...known.filter((c) => !named.includes(c))].slice(0, 2))
  }
  // "Türk şirketlerinin bu ülkede", "Turkish investment in the country": the article's own country and the one named
  // "Türk şirketleri bu ülkede", "ticaret hacmimizi" in a Kazakh–Turkish report: the article's other main country
  const unnamedMain = main.filter((code) => !named.includes(code))
  const other = unnamedMain[0]
  // "Türkiye'ye buğday ihracatı", "поставки муки в Грузию", "Çindən … qəbul edilib": one end of a flow is named, the
  // other is the article's own country
  // "Kazakistan ise net ithalatçı: Ülke 2024'te Rusya'dan … aldı": the clause's subject is the country named before it
  const antecedent = HOME_SUBJECT.test(folded)
    ? sentenceParties.filter((m) => m.end <= clause.start && m.role !== 'transit' && !named.includes(m.code)).at(-1)
        ?.code
    : undefined
  // "Ülke … Rusya'dan … satın aldı" with no country before it: the subject is unknown, so is the other end
  const flowHome = () =>
    !HOME_SUBJECT.test(folded) && flowsWithHome(text, folded, mentions, article.lang, articlePair.length === 2)
      ? (writerSide(main, named, article.lang) ??
        otherEnd(text, folded, mentions[0], unnamedMain, article.lang, frame.flowRoles))
      : undefined
  const acrossBorder = named.length === 1 && BORDER.test(folded)
  // "Russia supplied 71% of them, China 12% and Türkiye 7%", "İdxalın 61 faizi Türkiyənin, 17 faizi Rusiyanın": each
  // partner's share of a flow the article's own country makes
  // (the other end is no country of the list: "58% came from Azerbaijan and 17% from Uzbekistan")
  const shareOfFlow = own !== null && flowKind(foldCase(sentence, article.lang)) !== null
  // "Kazakhstan's imports …; Russia supplied 71% of them": the sentence's country with no number of its own
  const listStart = clause.start + (own?.start ?? 0)
  const flowOwner = () =>
    sentenceParties.find(
      (m) =>
        m.role !== 'transit' &&
        m.end <= listStart &&
        m.code !== own?.code &&
        !ownsNumber(sentence, m) &&
        !ownsShareAfter(sentence, m),
    )
  const listHome = () => {
    const owner = flowOwner()
    // "Kazakistan, … 380 bin ton jet yakıtı ithal etti; bunun 140 bin tonu Rusya'dan": the sentence's subject is the
    // flow's home, before any guess from the writer's side
    const subject = owner && !SENTENCE_WORD_BEFORE.test(sentence.slice(0, owner.start)) ? owner.code : undefined
    return (
      subject ??
      flowHome() ??
      owner?.code ??
      writerSide(main, named, article.lang) ??
      unnamedMain.find((code) => !sentenceParties.some((m) => m.code === code))
    )
  }
  const home =
    antecedent ??
    (shareOfFlow ? listHome() : HOME_REFERENCE.test(folded) || betweenTwo || acrossBorder ? other : flowHome())
  // "Kazakhstan shipped … through BTC": the shipper and the line's own country
  const side = owner && named.length === 1 && named[0] !== owner ? owner : home
  // "Türkiye'ye Azerbaycan'dan 781 bin, Kazakistan'dan 612 bin …": a list of origins shares the one destination
  // named before it in the sentence
  const destination =
    named.length === 1 && !side ? sharedDestination(sentence, clause, mentions, sentenceParties, article.lang) : null
  if (destination) return unique([...named, destination])
  // "Kazakistan'dan gelenler 310 bine ulaştı" in a Turkish round-up: they come to the writer's country
  const arrivals = named.length === 1 && !side ? writerHomeOfArrivals(text, folded, mentions, article.lang) : undefined
  if (arrivals) return unique([...named, arrivals])
  if (named.length > 0) return side && named.length === 1 ? unique([...named, side]) : named
  if (BACK_REFERENCE.test(folded) && previous.length > 0) return [...previous]
  if (articlePair.length === 2) return [...articlePair]
  // trade turnover is always between two sides: unnamed, they are the article's own pair
  return betweenTwo && main.length === 2 ? unique(main) : []
}
