import type { EventBody, EventKind, Participant, PartKind } from '../../schema/dataset'
import { caseOfName, findCountries, findPlaces } from '../lexicon/countries'
import { findPeople, type PersonMatch } from '../lexicon/people'
import { looseFold } from '../lexicon/term-matcher'
import { foldCase } from '../lexicon/text'
import type { Sentence, Span } from '../types'
import { findEventCues, isBodySession, type EventCueMatch } from './event-cues'
import { isPastReport, unique, type ArticleContext } from './mention-context'
import { nameStartBefore } from './noun-phrase'
import { findOccasionDates, isAfterArticle, type OccasionDate } from './occasion-dates'
import { embassyCountryOf, participantsOf } from './occasion-people'
import { isCalledOffAt, isGenericAt, isInvitationAt, isNextAt, isPlannedAt, isTravellersAt } from './occasion-status'
import type { Tense, TenseAt } from './occasion-dates'
import { isVisitKind } from './visit-kinds'

/** One occasion word read in one sentence, with what its stretch of the sentence says about the occasion. */
export interface EventMention {
  sentenceIndex: number
  sentence: Sentence
  /** The occasion's words (its name and noun), relative to the sentence. */
  span: Span
  /** The occasion kind the word names alone; null for a word that only names a part (a welcome, the press). */
  kind: EventKind | null
  part: PartKind | null
  date: string | null
  dateEnd: string | null
  dateBasis: 'stated' | 'published' | null
  status: 'happened' | 'planned'
  /** "növbəti iclas", "the next meeting": another occasion of a series, never the one being reported. */
  isNext: boolean
  /** A meeting told as held on a summit's margins ("zirve marjında", "на полях саммита"): never the summit itself. */
  sideline: boolean
  place: string | null
  embassyOf: string | null
  countries: string[]
  host: string | null
  participants: Participant[]
  body: EventBody | null
  ordinal: number | null
}

/**
 * Words that set a meeting on a larger occasion's margins: "zirve marjında", "sammitin kənarında", "on the sidelines
 * of", "на полях саммита", "в кулуарах", "Zirvə çərçivəsində", "zirve kapsamında".
 */
const SIDELINE =
  /marj\p{L}*|kenarında|kənarında|sidelines|on the margins|на полях|в кулуарах|(?:zirv|samm|summit|forum)\p{L}* (?:çərçivəsində|kapsamında|çerçevesinde)/u

/** Occasion words that are verbs: what stands before them is their subject, never the occasion's name. */
const VERB_CUE =
  /^(?:met|meet|meets|visited|visits|held talks|встретил\p{L}*|встреча(?:ются|ется)|встрет(?:ятся|ится)|посетил\p{L}*|посетя?т|görüştü|görüşüb|görüşdü|bir araya gel\p{L}*)$/u

const HEAD_FINAL = new Set(['tr', 'az'])
/** Prepositions before a destination in English and Russian ("visit to Kazakhstan", "визит в Казахстан"). */
const TO_BEFORE = /(?:^|\s)(?:to|in|at|в|во)\s+(?:the\s+)?$/u

/** Tells whether a country or place is where the occasion takes place or where the visitor goes. */
function isDestination(text: string, span: Span, lang: string): boolean {
  if (!HEAD_FINAL.has(lang)) return TO_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))
  return ['dative', 'locative'].includes(caseOfName(text.slice(span.start, span.end), lang))
}

/** Tells whether a name is one stop of a dash-joined route ("Baku-Tbilisi-Ceyhan", "Aktau–Baku"). */
const isRouteStop = (text: string, span: Span) =>
  /[-–—]\s?$/u.test(text.slice(Math.max(0, span.start - 2), span.start)) ||
  /^(?:['’]?\p{L}*)?\s?[-–—]\s?\p{Lu}/u.test(text.slice(span.end, span.end + 12))

/** Known bodies and organisations, by the words that name them in the four languages. */
const BODIES: [EventBody, RegExp][] = [
  [
    'supreme-interstate-council',
    /(?:yüksek devletlerarasi|devletlerarasi yüksek|ali dövlətlərarasi|supreme interstate|высш\p{L}* межгосударственн\p{L}*)/u,
  ],
  ['intergovernmental-commission', /(?:hükümetlerarasi|hökumətlərarasi|intergovernmental|межправительственн\p{L}*)/u],
  ['joint-economic-commission', /(?:karma ekonomik|(?<![\p{L}])kek(?![\p{L}])|joint economic commission)/u],
  [
    'organization-of-turkic-states',
    /(?:türk devletleri teşkilat\p{L}*|türk dövlətlər\p{L}* təşkilat\p{L}*|organization of turkic states|организаци\p{L}* тюркских государств|(?<![\p{L}])(?:tdt|ots|отг)(?![\p{L}]))/u,
  ],
  [
    'titr-association',
    /(?:titr|trans-caspian international transport route|transxəzər beynəlxalq nəqliyyat marşrutu)/u,
  ],
]

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
const romanValue = (word: string) =>
  [...word].reduce((sum, char, i) => {
    const value = ROMAN[char] ?? 0
    const next = ROMAN[word[i + 1] ?? ''] ?? 0
    return sum + (value < next ? -value : value)
  }, 0)
const ORDINAL_WORDS: Record<string, number> = {
  ...{ birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4, beşinci: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 },
  ...{ первое: 1, второе: 2, третье: 3, первый: 1, второй: 2, третий: 3, первого: 1, второго: 2, третьего: 3 },
}

/** Reads the number of a session or summit from its name: "XII", "2.", "22-ci", "12th", "ikinci", "12-е". */
function ordinalIn(words: string, lang: string): number | null {
  for (const token of words.split(/\s+/u).reverse()) {
    const bare = token.replace(/[(),]/gu, '')
    if (/^[IVXLC]+$/u.test(bare) && bare.length <= 5) return romanValue(bare)
    const numbered = /^(\d{1,3})(?:\.|-?(?:ci|ci|cu|cü|nci|nci|th|st|nd|rd|й|я|е|го)|['’]?[\p{L}]*)$/u.exec(bare)
    if (numbered?.[1] && (/\D/u.test(bare) || /^\d{1,3}$/u.test(bare))) return Number(numbered[1]) || null
    const word = ORDINAL_WORDS[looseFold(bare, lang)]
    if (word) return word
  }
  return null
}

const within = <S extends Span>(items: readonly S[], from: number, to: number) =>
  items.filter((item) => item.start >= from && item.start < to)

/** Reads the kind a cue names here: a meeting word after a council's or commission's name is that body's session. */
function kindAt(text: string, cue: EventCueMatch, lang: string): { kind: EventKind | null; part: PartKind | null } {
  const { kind, part } = cue.cue
  if ((kind === 'meeting' || kind === 'talks') && isBodySession(text, cue, lang))
    return { kind: 'session', part: 'session' }
  return { kind, part }
}

/** "the working meeting held in Ankara on 8 July", "на встрече, состоявшейся 8 июля": an occasion told as held. */
const HELD_AFTER =
  /^,?\s+(?:held|that\s+(?:took\s+place|was\s+held)|which\s+(?:took\s+place|was\s+held)|состоявш\p{L}*|прошедш\p{L}*)(?![\p{L}])/u
/** How far after its word an occasion's "held" may start. */
const HELD_REACH = 32
const isToldAsHeld = (text: string, cue: Span) => HELD_AFTER.test(text.slice(cue.end, cue.end + HELD_REACH))

/**
 * Reads whether a sentence tells what is to come (planned words, at its ends or around an occasion word, or the next
 * occasion of a series), what was done (a past verb), or neither. An occasion to come outweighs the reporting verb
 * ("The next round … is pencilled in for February, officials said").
 */
function tenseOf(text: string, lang: string, cues: readonly Span[]): Tense {
  // (whatever the sentence plans after it: "… held in Ankara on 8 July, the two operators aim to …")
  if (cues.some((cue) => isToldAsHeld(text, cue))) return 'past'
  const ends = [
    { start: 0, end: 0 },
    { start: text.length, end: text.length },
  ]
  if (ends.some((at) => isPlannedAt(text, at, lang))) return 'future'
  if (cues.some((cue) => isPlannedAt(text, cue, lang) || isNextAt(text, cue, lang))) return 'future'
  return isPastReport(text, lang) ? 'past' : 'either'
}

/**
 * The tense at each point of a sentence, read clause by clause between its semicolons: "Проект обсуждался на встрече …
 * 28 октября в Баку; следующая встреча запланирована на декабрь" tells of a meeting held and of one to come.
 */
function tensesOf(text: string, lang: string, cues: readonly Span[]): TenseAt {
  const breaks = [...text.matchAll(/;/gu)].map((m) => m.index)
  if (breaks.length === 0) {
    const tense = tenseOf(text, lang, cues)
    return () => tense
  }
  const bounds = [0, ...breaks.map((at) => at + 1), text.length + 1]
  const tenses = bounds.slice(1).map((end, k) => {
    const start = bounds[k] ?? 0
    const own = cues.filter((c) => c.start >= start && c.end < end)
    const shifted = own.map((c) => ({ start: c.start - start, end: c.end - start }))
    return { end, tense: tenseOf(text.slice(start, end - 1), lang, shifted) }
  })
  return (at) => tenses.find((t) => at < t.end)?.tense ?? 'either'
}

/** Keeps the cues that name one occasion: not generic, counted, a journey, or only an invitation. */
/** "host Timur Akhmetov talks to Dilnoza Yusupova": the verb "talks" before a person, a conversation, no talks held. */
const TALKS_VERB = /^\s+to\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u

function isOccasionCue(text: string, cue: EventCueMatch, lang: string, dates: readonly Span[]): boolean {
  if (isGenericAt(text, cue, lang, dates) || isInvitationAt(text, cue, lang) || isCalledOffAt(text, cue, lang))
    return false
  if (lang === 'en' && text.slice(cue.start, cue.end) === 'talks' && TALKS_VERB.test(text.slice(cue.end))) return false
  return !(isVisitKind(cue.cue.kind) && isTravellersAt(text, cue, lang))
}

/**
 * How far after a Turkish or Azerbaijani occasion word its date may start, right before the verb ("toplantı aralık
 * ayında yapılacak"); one further on, past other words, is another occasion's.
 */
const AFTER_REACH = 12

/** Where an occasion word's date is looked for: its own stretch, the stretch after it, and the sentence's opening. */
interface DateWindows {
  from: number
  to: number
  /** Right after a later word of a head-final clause, before its verb ("toplantı aralık ayında yapılacak"). */
  after: Span | null
  /** The start of the opening whose last date dates the first occasion: the sentence's, or the word's clause's. */
  openFrom: number
  firstCue: number
  cues: number
  /** The occasion's word, whose nearest day in its window is its own. */
  cue: Span
}

/**
 * The date nearest an occasion word: inside its own stretch, else after it in its clause (Turkish and Azerbaijani),
 * else opening the sentence (or the word's clause, past a semicolon), else the sentence's only one.
 */
function dateFor(dates: readonly OccasionDate[], windows: DateWindows) {
  const { from, to, after, openFrom, firstCue, cues, cue } = windows
  const inWindow = within(dates, from, to)
  // "dün başlayan ve bugün sona eren forum", "opened yesterday and closes today": two days counted from the article's
  // are the occasion's first and last
  const counted = [
    ...new Set(inWindow.filter((d) => d.basis === 'relative' && d.date.length === 10).map((d) => d.date)),
  ]
  if (counted.length === 2) {
    const [first = '', last = ''] = counted.sort()
    return { ...inWindow[0]!, date: first, dateEnd: last }
  }
  // "talks in Urumqi on Oct. 29 … from next year": a year alone beside a day is a plan's, not the occasion's date; a
  // weekday right before its date ("в среду, 10 июня 2026 года", "on Thursday, 27 November") is that date
  const anyDays = inWindow.filter((d) => d.date.length > 4 && !inWindow.some((e) => isRightAfter(d, e)))
  // the word's own clause first ("… on October 28; the next meeting is scheduled for December"), a day stated
  // outright before one counted from today, and of the rest the nearest ("the working meeting held in Ankara on 8
  // July, … to 1,050 MW from 1 September 2026": the other is a plan's)
  const ownClause = anyDays.filter((d) => d.start >= openFrom)
  const clauseDays = ownClause.length > 0 ? ownClause : anyDays
  const stated = clauseDays.filter((d) => d.basis !== 'relative')
  const days = stated.length > 0 ? stated : clauseDays
  const away = (d: Span) => (d.start >= cue.end ? d.start - cue.end : cue.start - d.end)
  const dated =
    days.reduce<OccasionDate | undefined>((best, d) => (best && away(best) < away(d) ? best : d), undefined) ??
    inWindow.at(-1)
  const afterWord = after === null ? undefined : within(dates, after.start, after.end)[0]
  return dated ?? afterWord ?? within(dates, openFrom, firstCue).at(-1) ?? (cues === 1 ? dates[0] : undefined)
}

/** How far apart a weekday and the date it names may stand: ", ". */
const WEEKDAY_GAP = 3
const isRightAfter = (d: Span, e: OccasionDate) =>
  e.date.length > 4 && e.start > d.end && e.start - d.end <= WEEKDAY_GAP

/** Reads every occasion word of one sentence, each with what its own stretch of the sentence says about it. */
export function readSentenceEvents(
  sentence: Sentence,
  index: number,
  context: ArticleContext,
  narrative?: string,
): EventMention[] {
  const { text } = sentence
  const { lang, published } = context
  // most sentences name no occasion: nothing else is read in those
  const allCues = findEventCues(text, lang)
  if (allCues.length === 0) return []
  const dates = findOccasionDates(text, lang, published, tensesOf(text, lang, allCues), narrative)
  const cues = allCues.filter((cue) => isOccasionCue(text, cue, lang, dates))
  if (cues.length === 0) return []
  const places = findPlaces(text, lang)
  // a city inside a route's name ("Bakı–Tbilisi–Ceyhan") is no venue
  const venues = places.filter((p) => !isRouteStop(text, p))
  const countries = findCountries(text, lang)
  const people = findPeople(text, lang)
  const embassyOf = embassyCountryOf(text, lang)
  const firstStart = cues[0]?.start ?? 0
  return cues.map((cue, k): EventMention => {
    const prevEnd = cues[k - 1]?.end ?? 0
    const nextStart = cues[k + 1]?.start ?? text.length
    const windowEnd = HEAD_FINAL.has(lang) ? cue.end : nextStart
    const windowPeople: PersonMatch[] = within(people, prevEnd, windowEnd)
    // The last occasion of a sentence also takes the people named after it ("… ziyaret için gelen Aliyev'i karşıladı").
    if (k === cues.length - 1) windowPeople.push(...within(people, windowEnd, text.length))
    if (windowPeople.length === 0) {
      const nearest = people.filter((p) => p.end <= cue.start).at(-1) ?? people.find((p) => p.start >= cue.end)
      if (nearest) windowPeople.push(nearest)
    }
    // "… and Hungary met in Baku": a verb has a subject before it, no name
    const nameStart = VERB_CUE.test(text.slice(cue.start, cue.end)) ? cue.start : nameStartBefore(text, cue.start, lang)
    const name = text.slice(Math.max(0, nameStart - 80), cue.end)
    // a part's word ("resmi törenle") does not make a sentence tell two occasions
    const occasions = cues.filter((c) => c.cue.kind !== null).length
    // "… пройдет 6–8 октября 2026 года; заявки принимаются до 1 августа": a semicolon after the occasion closes its
    // clause
    const clauseEnd = text.indexOf(';', cue.end)
    const windowTo = HEAD_FINAL.has(lang) ? cue.end : nextStart
    const clauseTo = clauseEnd === -1 ? nextStart : Math.min(nextStart, clauseEnd)
    // "… toplantıda görüşüldü; bir sonraki toplantı aralık ayında yapılacak": the date of an occasion past a semicolon
    // is its own clause's, never the sentence's opening one
    const clauseStart = text.lastIndexOf(';', cue.start) + 1
    const date = dateFor(dates, {
      from: prevEnd,
      to: Math.min(windowTo, clauseTo),
      after: HEAD_FINAL.has(lang) && k > 0 ? { start: cue.end, end: Math.min(clauseTo, cue.end + AFTER_REACH) } : null,
      openFrom: clauseStart,
      firstCue: Math.max(firstStart, clauseStart),
      cues: occasions,
      cue,
    })
    const isLeadReport = context.lead.has(index) && dates.length === 0 && published !== null && isPastReport(text, lang)
    const windowPlaces = within(venues, prevEnd, windowEnd)
    const place =
      windowPlaces.find((p) => isDestination(text, p, lang)) ??
      windowPlaces[0] ??
      within(venues, 0, firstStart)[0] ??
      (cues.length === 1 ? (venues.find((p) => isDestination(text, p, lang)) ?? venues[0]) : undefined)
    const hosts = [
      ...within(countries, prevEnd, nextStart)
        .filter((c) => isDestination(text, c, lang))
        .map((c) => c.code),
      ...within(places, prevEnd, nextStart)
        .filter((p) => isDestination(text, p, lang))
        .map((p) => p.country),
    ]
    const named = within(countries, prevEnd, nextStart)
      .filter((c) => caseOfName(text.slice(c.start, c.end), lang) !== 'ablative')
      .map((c) => c.code)
    const participants = participantsOf(text, windowPeople, lang)
    const { kind, part } = kindAt(text, cue, lang)
    const isPlanned = isPlannedAt(text, cue, lang) && !isToldAsHeld(text, cue)
    // a year alone dates a figure beside the occasion ("2025-ci ildə ticarət"), not a meeting told as done
    const usable = date && (date.date.length > 4 || isPlanned) ? date : undefined
    const dateValue = usable?.date ?? (isLeadReport ? published : null)
    const isFuture = dateValue !== null && isAfterArticle(dateValue, published)
    return {
      sentenceIndex: index,
      sentence,
      span: { start: nameStart, end: cue.end },
      kind,
      part,
      date: dateValue,
      dateEnd: usable?.dateEnd ?? null,
      dateBasis: usable ? 'stated' : isLeadReport ? 'published' : null,
      status: isFuture || isPlanned ? 'planned' : 'happened',
      isNext: isNextAt(text, cue, lang),
      sideline: (kind === 'meeting' || kind === 'talks') && SIDELINE.test(foldCase(text, lang)),
      place: place?.name ?? null,
      embassyOf,
      countries: unique([
        ...participants.flatMap((p) => (p.country ? [p.country] : [])),
        ...hosts,
        ...named,
        ...(place ? [place.country] : []),
      ]).sort(),
      host: hosts[0] ?? null,
      participants,
      body: BODIES.find(([, pattern]) => pattern.test(looseFold(name, lang)))?.[0] ?? null,
      ordinal: kind === 'session' || kind === 'summit' ? ordinalIn(text.slice(nameStart, cue.start), lang) : null,
    }
  })
}
