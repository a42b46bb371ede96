import type { EventKind, PartKind, SourceRef } from '../../schema/dataset'
import { makeSourceRef } from '../source-ref'
import type { EventDraft, ExtractionInput } from '../types'
import { readSentenceEvents, type EventMention } from './event-mentions'
import { groupOccasions, type OccasionGroup } from './group-occasions'
import { readArticleContext, unique, type ArticleContext } from './mention-context'
import { headingDays, headingYears, isMonthHeading, storyDays } from './occasion-headings'
import { findOccasionDates, isAfterArticle } from './occasion-dates'
import { verbOccasion } from './verb-occasions'
import { mergeParticipants } from './occasion-people'
import { countryOfPlace } from '../lexicon/countries'

/** Tells whether a sentence starts a new paragraph: a line break stands between it and the sentence before. */
function opensParagraph(input: ExtractionInput, index: number, start: number): boolean {
  const previous = input.sentences[index - 1]
  return previous !== undefined && input.article.text.slice(previous.end, start).includes('\n')
}

/** Days before the article's date past which a dated sentence tells history rather than news. */
const NARRATIVE_DAYS = 60
const FULL_DATE_WITH_YEAR = /(?<!\d)(?:19|20)\d{2}/u

/**
 * The year a sentence's day-and-month dates take when the article is telling a past year's story: after a sentence
 * dated in full in that year ("1998-ci il sentyabrın 7-8-də …"), "Sentyabrın 8-də" is 1998 too, until a sentence
 * dates something near the article's own date.
 */
function narrativeYears(input: ExtractionInput, context: ArticleContext): (string | undefined)[] {
  const { lang, published } = context
  let year: string | undefined
  return input.sentences.map(({ text, start }, index) => {
    // a past year's story is told within its paragraph: "24 июня … прошло заседание" opening a later one is news
    if (opensParagraph(input, index, start)) year = undefined
    const current = year
    if (published === null) return undefined
    for (const d of findOccasionDates(text, lang, published, 'past')) {
      const days =
        (Date.parse(published) - Date.parse(d.date.length === 10 ? d.date : `${d.date.slice(0, 7)}-15`)) / 86_400_000
      if (d.date.length >= 7 && FULL_DATE_WITH_YEAR.test(text.slice(d.start, d.end)) && days > NARRATIVE_DAYS) {
        year = d.date.slice(0, 7)
      } else if (d.date.length >= 7 && Math.abs(days) <= NARRATIVE_DAYS) year = undefined
    }
    return current
  })
}

/** The kind that names a whole occasion, most telling first: a visit's talks and signing are its parts. */
const KIND_RANK: readonly EventKind[] = [
  'state-visit',
  'official-visit',
  'visit',
  'summit',
  'round-table',
  'forum',
  'session',
  'talks',
  'meeting',
  'other',
  'signing',
]

/**
 * Picks the occasion's kind from the kinds its mentions name. A summit an organisation holds is the occasion a visit
 * was made for ("Tokayev's visit to Azerbaijan for the OTS summit"); a summit word without one names the visit.
 */
export function occasionKind(kinds: readonly (EventKind | null)[], isNamedSummit = false): EventKind {
  if (isNamedSummit) return 'summit'
  return KIND_RANK.find((kind) => kinds.includes(kind)) ?? 'other'
}

const sourceOf = (input: ExtractionInput, m: EventMention): SourceRef =>
  makeSourceRef(input.article, m.sentence, m.span)

/** Collects a group's sources, one per sentence, in text order. */
function sourcesOf(input: ExtractionInput, mentions: readonly EventMention[]): SourceRef[] {
  const seen = new Set<number>()
  return mentions.flatMap((m) => {
    if (seen.has(m.sentenceIndex)) return []
    seen.add(m.sentenceIndex)
    return [sourceOf(input, m)]
  })
}

/** The steps of an occasion in the order the article tells them, each with its sentences. */
function partsOf(input: ExtractionInput, group: OccasionGroup, kind: EventKind): EventDraft['parts'] {
  const parts = new Map<PartKind, EventMention[]>()
  for (const m of group) {
    // the word that names the occasion itself is not one of its steps
    if (m.part === null || m.kind === kind) continue
    parts.set(m.part, [...(parts.get(m.part) ?? []), m])
  }
  return [...parts.entries()].map(([part, mentions]) => ({ kind: part, sources: sourcesOf(input, mentions) }))
}

/**
 * The days a group's mentions span when they date it by different days ("flew in on Tuesday", "signed … on
 * Wednesday"): its first day to its last. Null when the group names one day or fewer.
 */
function daysOf(group: OccasionGroup, dated: EventMention | undefined): { date: string; dateEnd: string } | null {
  if (dated?.date?.length !== 10) return null
  const days = group.flatMap((m) => (m.date?.length === 10 ? [m.date, m.dateEnd ?? m.date] : [])).sort()
  const [first, last] = [days[0], days.at(-1)]
  return first && last && first < last ? { date: first, dateEnd: last } : null
}

/**
 * Happened when a mention tells it so, unless its date is after the article's: nothing reported as done took place
 * after the report ("14. Zirve gelecek yıl Bakü'de yapılacak", then "Zirve … başladı" in another entry).
 */
function statusOf(group: OccasionGroup, date: string | null, published: string | null): 'happened' | 'planned' {
  if (date !== null && isAfterArticle(date, published)) return 'planned'
  return group.some((m) => m.status === 'happened' && !m.isNext) ? 'happened' : 'planned'
}

/** Turns one group of mentions into the occasion the article tells. */
function toDraft(input: ExtractionInput, group: OccasionGroup, index: number, context: ArticleContext): EventDraft {
  const kind = occasionKind(
    group.map((m) => m.kind),
    group.some((m) => m.kind === 'summit' && m.body !== null),
  )
  // the most precise stated date: a day named in the story over its list heading's month
  const stated = group.filter((m) => m.dateBasis === 'stated')
  const dated =
    [...stated].sort((a, b) => (b.date?.length ?? 0) - (a.date?.length ?? 0))[0] ?? group.find((m) => m.date !== null)
  const days = daysOf(group, dated)
  const place = group.find((m) => m.place !== null)?.place ?? null
  // where a visit goes is its host; any other occasion is hosted where it is held
  const host =
    group.find((m) => m.host !== null)?.host ??
    (place && !VISITS_AND_SUMMITS.includes(kind) ? countryOfPlace(place) : null)
  const participants = mergeParticipants(group.map((m) => m.participants))
  const countries = unique(group.flatMap((m) => m.countries))
  // an occasion that names no country is the story's pair's, when the story has one ("Kurulun bir sonraki toplantısı
  // 23 Nisan'da" in a central bank's release is no China–United States meeting)
  const named = countries.length > 0 ? countries : context.pair
  const guests = unique(participants.flatMap((p) => (p.country && p.country !== host ? [p.country] : [])))
  // a list item's heading names the occasion the sentences under it tell: they, not the heading, are its source
  const headings = group.filter((m) => isMonthHeading(m.sentence.text, context.lang))
  const sources = sourcesOf(input, [...group.filter((m) => !headings.includes(m)), ...headings])
  return {
    key: String(index),
    kind,
    status: statusOf(group, dated?.date ?? null, context.published),
    date: days?.date ?? dated?.date ?? null,
    dateEnd: days?.dateEnd ?? dated?.dateEnd ?? null,
    dateBasis: dated?.dateBasis ?? null,
    place,
    embassyOf: group.find((m) => m.embassyOf !== null && m.kind === 'round-table')?.embassyOf ?? null,
    // a visit's council session has a body and a number; the visit itself has neither
    body: group.find((m) => m.body !== null && m.kind === kind)?.body ?? null,
    ordinal: group.find((m) => m.ordinal !== null && m.kind === kind)?.ordinal ?? null,
    countries: unique([...named, ...(host ? [host] : [])]).sort(),
    host,
    guests: VISITS_AND_SUMMITS.includes(kind) ? guests : [],
    participants,
    parts: partsOf(input, group, kind),
    sources,
    source: sources[0]!,
    ...(isEncounterKind(kind) && group.some((m) => m.sideline) ? { sideline: true } : {}),
  }
}

const isEncounterKind = (kind: EventKind) => kind === 'meeting' || kind === 'talks'

const VISITS_AND_SUMMITS: readonly EventKind[] = ['state-visit', 'official-visit', 'visit', 'summit']

/** Keeps the lead's date only for the first lead sentence that reports an occasion; later ones are told undated. */
function keepLeadDate(mentions: readonly EventMention[], context: ArticleContext): EventMention[] {
  const leadIndex = mentions.find((m) => context.lead.has(m.sentenceIndex) && m.kind !== null)?.sentenceIndex
  return mentions.map((m) => {
    if (m.dateBasis !== 'published') return m
    if (m.sentenceIndex !== leadIndex) return { ...m, date: null, dateBasis: null }
    return { ...m, place: m.place ?? context.leadPlace }
  })
}

/**
 * Finds the occasions an article tells (visits, summits, meetings, sessions, forums, round tables, ceremonies), one
 * draft per occasion however many sentences tell it, with its parts, date, place, countries and participants.
 */
export function extractEvents(input: ExtractionInput): EventDraft[] {
  const context = readArticleContext(input)
  const headed = headingYears(input.sentences)
  const narrative = narrativeYears(input, context).map((told, index) => {
    const year = headed[index]
    return year === undefined ? told : String(year)
  })
  const days = headingDays(input, headed)
  const filed = storyDays(input, context.published)
  const mentions = input.sentences.flatMap((sentence, index) => {
    // a story republished under its own earlier dateline is told from its day ("on Tuesday" is that week's), and so is
    // a diary's or a live page's entry under its day's heading ("Day 7 – Tuesday, 19 May": "opened today")
    const day = days[index]
    const entryDay = day?.length === 10 && context.published !== null && day <= context.published ? day : undefined
    const toldOn = filed[index] ?? entryDay
    const told = toldOn === undefined ? context : { ...context, published: toldOn }
    const found = readSentenceEvents(sentence, index, told, narrative[index])
    const byVerb = found.length === 0 ? verbOccasion(sentence, index, told, narrative[index], days[index]) : null
    return byVerb ? [byVerb] : found
  })
  const dated = mentions.map((m) => {
    const day = days[m.sentenceIndex]
    // a heading's day beats the page's own date, which a sentence with no date of its own was given: an almanac's
    // entry, a readout under its date line, a calendar's item under its day
    const undated = m.date === null || m.dateBasis === 'published'
    return undated && day !== undefined ? { ...m, date: day, dateBasis: 'stated' as const } : m
  })
  const groups = groupOccasions(keepLeadDate(onSummitMargins(dated), context), context.published)
  return withSummitDates(groups).map((group, index) => toDraft(input, group, index, context))
}

/** An organisation whose summit a sentence names: "Organization of Turkic States", "саммит ШОС", "TDT Zirvəsi". */
const ORGANISATION =
  /teşkilat|təşkilat|organi[sz]ation|организаци|(?<![\p{L}])(?:шос|sco|şiö|şət|ots|отг|tdt|cica|свмда|снг|cis|еаэс|eaeu)(?![\p{L}])/u

const isEncounter = (m: EventMention) => m.kind !== null && isEncounterKind(m.kind)

/**
 * In an article about an organisation's summit, a meeting of two leaders from two countries ("Erdoğan daha sonra
 * Tokayev ile görüştü") is a bilateral meeting on its margins, as one told with "zirve marjında" is.
 */
function onSummitMargins(mentions: readonly EventMention[]): EventMention[] {
  // an organisation's summit, or one of three countries or more: a top-level meeting of two is also called a
  // summit ("Sammitin nəticələri" of the Astana talks), and its talks are the summit itself
  const multilateral = (m: EventMention) =>
    m.kind === 'summit' &&
    (m.body !== null || m.countries.length >= 3 || ORGANISATION.test(m.sentence.text.toLowerCase()))
  if (!mentions.some(multilateral)) return [...mentions]
  const twoSides = (m: EventMention) =>
    unique(m.participants.flatMap((p) => (p.country ? [p.country] : []))).length === 2
  return mentions.map((m) => (isEncounter(m) && !m.sideline && twoSides(m) ? { ...m, sideline: true } : m))
}

/** A meeting on a summit's margins told without a date is held on the summit's day (the first dated summit's). */
function withSummitDates(groups: readonly OccasionGroup[]): OccasionGroup[] {
  const summit = groups.flatMap((g) => g).find((m) => m.kind === 'summit' && m.date !== null)
  if (!summit) return [...groups]
  return groups.map((group) => {
    const [first, ...rest] = group
    if (!first || !group.some((m) => m.sideline) || group.some((m) => m.date !== null)) return group
    return [{ ...first, date: summit.date, dateEnd: null, dateBasis: summit.dateBasis }, ...rest]
  })
}
