import { caseOfName, countryOfPlace, findCountries, findPlaces } from '../lexicon/countries'
import { findPeople, type PersonMatch } from '../lexicon/people'
import { findDates } from '../lexicon/dates'
import { looseFold } from '../lexicon/term-matcher'
import type { Sentence, Span } from '../types'
import { findEventCues, type EventCueMatch } from './event-cues'
import { isPastReport, statedDates, unique, type ArticleContext, type StatedDate } from './mention-context'
import { citationForm, nameStartBefore } from './noun-phrase'

/** One event noun read in one sentence, before undated mentions borrow from the occasion they refer to. */
export interface EventMention {
  sentenceIndex: number
  sentence: Sentence
  /** The event's noun phrase, relative to the sentence. */
  span: Span
  cue: EventCueMatch['cue']
  label: string
  date: string | null
  dateBasis: 'stated' | 'published' | null
  place: string | null
  countries: string[]
  people: string[]
}

/** Words before an event noun that make it generic ("bu cür görüşlər", "such meetings") or a press conference. */
const NOT_AN_EVENT_BEFORE = /(?:bu cür|bu tür|bu kimi|belə|benzer|such|basin|mətbuat|press|пресс)\s+$/u
/** A count before the noun: "10'dan fazla yüksek düzeyde ziyaret" counts visits, it is not one. */
const COUNTED_BEFORE = /\d+(?:['’]?\p{L}+)?\s+(?:\p{L}+\s+){0,3}$/u
/** Prepositions before a destination in English and Russian ("visit to Kazakhstan", "визит в Казахстан"). */
const TO_BEFORE = /(?:^|\s)(?:to|in|в|во)\s+$/u

const HEAD_FINAL = new Set(['tr', 'az'])

/** Tells whether a country or place is where the event takes place or where the visitor goes. */
function isDestination(text: string, span: Span, lang: string): boolean {
  if (!HEAD_FINAL.has(lang)) return TO_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))
  return ['dative', 'locative'].includes(caseOfName(text.slice(span.start, span.end), lang))
}

/** Keeps event nouns that name one event: not generic, not a press conference, not counted (unless by a date). */
function isEventCue(text: string, cue: EventCueMatch, lang: string, dates: readonly Span[]): boolean {
  const from = Math.max(0, cue.start - 40)
  const before = text.slice(from, cue.start)
  if (NOT_AN_EVENT_BEFORE.test(looseFold(before, lang))) return false
  const counted = COUNTED_BEFORE.exec(before)
  return !counted || dates.some((d) => d.start <= from + counted.index && d.end > from + counted.index)
}

interface Found {
  dates: StatedDate[]
  places: ReturnType<typeof findPlaces>
  countries: ReturnType<typeof findCountries>
  people: PersonMatch[]
}

const within = <S extends Span>(items: readonly S[], from: number, to: number) =>
  items.filter((item) => item.start >= from && item.start < to)

/** Names the event: the proper-name words before its noun and the noun in citation form, or the cue's own label. */
function labelOf(text: string, cue: EventCueMatch, lang: string): { label: string; start: number } {
  const start = nameStartBefore(text, cue.start, lang)
  if (start === cue.start) return { label: cue.cue.label, start }
  const word = text.slice(cue.start, cue.end)
  const lastSpace = word.search(/\s\S*$/u)
  const lastWordStart = lastSpace >= 0 ? lastSpace + 1 : 0
  const head = citationForm(word.slice(lastWordStart), cue.cue.headStem.length, lang)
  return { label: text.slice(start, cue.start) + word.slice(0, lastWordStart) + head, start }
}

/** Reads the countries of one event: its people's, its destination's and, unless a visit, those the window names. */
function countriesOf(
  cue: EventCueMatch,
  text: string,
  lang: string,
  inWindow: Found,
  next: Found,
  labelStart: number,
): string[] {
  // A bare name inside the event's own name is where it happens: "Pekin ziyareti", "Türkmenistan ziyareti".
  const isHost = (span: Span) => isDestination(text, span, lang) || (span.start >= labelStart && span.end <= cue.start)
  const hostOf = (found: Found) => [
    ...found.countries.filter(isHost).map((c) => c.code),
    ...found.places.filter(isHost).map((p) => p.country),
  ]
  const people = inWindow.people.map((p) => p.country).filter((c): c is string => c !== null)
  const hosts = hostOf(inWindow)
  const host = hosts.length > 0 ? hosts : hostOf(next)
  const named = inWindow.countries.filter((c) => caseOfName(text.slice(c.start, c.end), lang) !== 'ablative')
  const extra = cue.cue.kind !== 'visit' || people.length + host.length < 2 ? named.map((c) => c.code) : []
  const placeCountries = inWindow.places.map((p) => countryOfPlace(p.name)).filter((c): c is string => c !== null)
  return unique([...people, ...host, ...extra, ...(cue.cue.kind === 'visit' ? [] : placeCountries)]).sort()
}

/** Reads every event noun of one sentence, each with what its own stretch of the sentence says about it. */
export function readSentenceEvents(sentence: Sentence, index: number, context: ArticleContext): EventMention[] {
  const { text } = sentence
  const lang = context.lang
  const dateSpans = findDates(text, lang, context.published)
  const cues = findEventCues(text, lang).filter((cue) => isEventCue(text, cue, lang, dateSpans))
  const all: Found = {
    dates: statedDates(text, context),
    places: findPlaces(text, lang),
    countries: findCountries(text, lang),
    people: findPeople(text, lang),
  }
  const slice = (from: number, to: number): Found => ({
    dates: within(all.dates, from, to),
    places: within(all.places, from, to),
    countries: within(all.countries, from, to),
    people: within(all.people, from, to),
  })
  const firstStart = cues[0]?.start ?? 0
  // Dates and places that open the sentence, before any event noun, frame every event it names.
  const opening = slice(0, firstStart)
  return cues.map((cue, k): EventMention => {
    const prevEnd = cues[k - 1]?.end ?? 0
    const nextStart = cues[k + 1]?.start ?? text.length
    const windowEnd = HEAD_FINAL.has(lang) ? cue.end : nextStart
    const inWindow = slice(prevEnd, windowEnd)
    const next = slice(cue.end, cues[k + 1]?.end ?? text.length)
    // The last event of a sentence also takes the people named after it ("… ziyaret için gelen Aliyev'i karşıladı").
    if (k === cues.length - 1) inWindow.people = [...inWindow.people, ...within(all.people, windowEnd, text.length)]
    if (inWindow.people.length === 0) {
      // A possessor named before a nested event ("Tokayevin … Sammitində … Azərbaycana səfəri"), else the subject after.
      const nearest = all.people.filter((p) => p.end <= cue.start).at(-1) ?? all.people.find((p) => p.start >= cue.end)
      if (nearest) inWindow.people = [nearest]
    }
    const { label, start } = labelOf(text, cue, lang)
    const date = inWindow.dates.at(-1) ?? opening.dates.at(-1) ?? (cues.length === 1 ? all.dates[0] : undefined)
    const isLeadReport =
      context.lead.has(index) && all.dates.length === 0 && context.published !== null && isPastReport(text, lang)
    const place = inWindow.places[0] ?? opening.places[0] ?? (cues.length === 1 ? all.places[0] : undefined)
    return {
      sentenceIndex: index,
      sentence,
      span: { start, end: cue.end },
      cue: cue.cue,
      label,
      date: date?.value ?? (isLeadReport ? context.published : null),
      dateBasis: date ? 'stated' : isLeadReport ? 'published' : null,
      place: place?.name ?? null,
      countries: countriesOf(cue, text, lang, inWindow, next, start),
      people: unique(inWindow.people.map((p) => p.name)),
    }
  })
}
