import type { Agreement, CorridorEvent, EventKind, SourceRef } from '../../schema/dataset'
import { shortHash, uniqueIds } from '../ids'
import type { AgreementDraft, EventDraft } from '../types'
import { occasionKind } from './extract-events'
import { linkAgreements, mergeAgreements, occasionKeyOf, withAgreementIds } from './merge-agreements'
import { datesOverlap } from './occasion-dates'
import { OccasionIndex } from './occasion-index'
import { mergeParticipants } from './occasion-people'
import { occasionTitles } from './occasion-title'
import { distinctSentences } from '../source-ref'
import { isVisitKind } from './visit-kinds'
import { isWithin } from './mention-context'

const ENCOUNTERS: readonly EventKind[] = [
  'state-visit',
  'official-visit',
  'visit',
  'summit',
  'meeting',
  'talks',
  'session',
  'signing',
]
/** Visits, summits, meetings, sessions and signings can be one occasion told differently; forums and the rest can't. */
const familyOf = (kind: EventKind) => (ENCOUNTERS.includes(kind) ? 'encounter' : kind)

/** A visit of any rank is one kind here: sources call the same visit "state" and "official". */
const kindOrVisit = (kind: EventKind) => (isVisitKind(kind) ? 'visit' : kind)
const union = <T>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())]

/**
 * What the grouping reads of a draft: its kind, dates, sides and people, and its article (so the spilled build can
 * group slim copies of the drafts and assemble each occasion from the full drafts afterwards).
 */
export type OccasionMatch = Pick<
  EventDraft,
  'kind' | 'status' | 'date' | 'dateEnd' | 'host' | 'countries' | 'participants' | 'sideline'
> & {
  source: { articleId: string }
}

/**
 * Tells whether two articles' occasions are one: the same family of kind, countries one within the other or a shared
 * participant (when one names fewer than two countries), and dates that agree (±1 day, a range containing the other, or a month or year containing the day; a
 * month or year only with the same kind and status). Undated occasions only join undated ones of the same kind and
 * countries.
 */
function isSameOccasion(a: OccasionMatch, b: OccasionMatch): boolean {
  if (familyOf(a.kind) !== familyOf(b.kind)) return false
  // a meeting on a summit's margins is an occasion of its own, beside the summit another article tells
  if ((a.sideline && b.kind === 'summit') || (b.sideline && a.kind === 'summit')) return false
  // sources may disagree on where a forum of several days was held; the same kind over the same days is one occasion
  const sameSpan = a.kind === b.kind && a.dateEnd !== null && a.date === b.date && a.dateEnd === b.dateEnd
  if (a.host !== null && b.host !== null && a.host !== b.host && !sameSpan) return false
  const names = new Set(a.participants.map((p) => p.name))
  const sharesPerson = b.participants.some((p) => names.has(p.name))
  // a shared person joins sides only where one source names fewer than two: a leader who hosts one partner and
  // visits another on the same days is at two occasions (Tokayev with Erdoğan in Astana, with Aliyev in Baku)
  const onePairMissing = a.countries.length < 2 || b.countries.length < 2
  const countriesAgree =
    isWithin(a.countries, b.countries) || isWithin(b.countries, a.countries) || (sharesPerson && onePairMissing)
  if (!countriesAgree) return false
  if (a.date === null || b.date === null) {
    return a.date === b.date && a.kind === b.kind && a.countries.join() === b.countries.join()
  }
  // a month or a year says too little to join a meeting that happened to a summit planned that year: such a date
  // joins only the same kind of occasion, told as done or as to come alike
  const vague = a.date.length < 10 || b.date.length < 10
  if (vague && (kindOrVisit(a.kind) !== kindOrVisit(b.kind) || a.status !== b.status)) return false
  // a day either side ("dün" read a day off) only when the sides are the same countries or the same person
  const sameSides = a.countries.join() === b.countries.join() || sharesPerson
  return datesOverlap(a, b, sameSides ? 1 : 0)
}

/**
 * Whether a draft's countries fit the sides its group's drafts named (those naming two or more): one within the
 * other. A draft naming one country may join a group through one draft and lead another group's into it ("KZ"
 * between "AZ–KZ" and "KZ–TR"); the group's sides keep two pairs apart.
 */
const sidesAgree = (sides: readonly string[], countries: readonly string[]) =>
  sides.length < 2 || countries.length < 2 || isWithin(sides, countries) || isWithin(countries, sides)

/** Whether a draft's date is more precise than another's (a day before a month before a year). */
const isMorePrecise = (a: OccasionMatch, b: OccasionMatch) => (a.date?.length ?? 0) > (b.date?.length ?? 0)

/**
 * Gathers drafts told by several articles into one group each, in the order the groups are made (by their first
 * draft); an index by day keeps a large corpus linear. Each group keeps its articles and its most precise draft at
 * hand: an occasion many articles tell is a group of thousands, and reading them all for every candidate cost the
 * square of its size.
 */
export function groupAcrossArticles<T extends OccasionMatch>(drafts: readonly T[]): T[][] {
  const groups: { drafts: T[]; articles: Set<string>; best: T; sides: string[] }[] = []
  const index = new OccasionIndex()
  for (const draft of drafts) {
    const candidates = index.candidates(draft, familyOf(draft.kind))
    const found = candidates.find((g) => {
      const group = groups[g]!
      // one article tells each of its occasions once: two of its occasions are never one
      if (group.articles.has(draft.source.articleId)) return false
      // the date is checked against the group's most precise one, so a month or year can't chain two days together
      return (
        isSameOccasion({ ...group.best, countries: draft.countries }, draft) &&
        sidesAgree(group.sides, draft.countries) &&
        group.drafts.some((d) => isSameOccasion(d, draft))
      )
    })
    const at = found ?? groups.push({ drafts: [], articles: new Set(), best: draft, sides: [] }) - 1
    const group = groups[at]!
    group.drafts.push(draft)
    if (draft.countries.length >= 2) group.sides = [...new Set([...group.sides, ...draft.countries])].sort()
    group.articles.add(draft.source.articleId)
    if (isMorePrecise(draft, group.best)) group.best = draft
    index.add(at, draft, familyOf(draft.kind))
  }
  return groups.map((group) => group.drafts)
}

/** Picks the most precise date of a group, with its end and basis. */
function dateOf(group: readonly EventDraft[]) {
  const dated = group.filter((d) => d.date !== null).sort((a, b) => (b.date?.length ?? 0) - (a.date?.length ?? 0))
  const best = dated.find((d) => d.dateBasis === 'stated' && d.date?.length === dated[0]?.date?.length) ?? dated[0]
  return {
    date: best?.date ?? null,
    dateEnd: dated.find((d) => d.dateEnd !== null && d.date === best?.date)?.dateEnd ?? null,
    dateBasis: dated.some((d) => d.dateBasis === 'stated') ? ('stated' as const) : (best?.dateBasis ?? null),
  }
}

/** Joins the parts of a group by kind, in the order they are first told. */
function partsOf(group: readonly EventDraft[]): CorridorEvent['parts'] {
  const parts = new Map<string, SourceRef[][]>()
  for (const part of group.flatMap((d) => d.parts))
    parts.set(part.kind, [...(parts.get(part.kind) ?? []), part.sources])
  return [...parts.entries()].map(([kind, lists]) => ({
    kind: kind as CorridorEvent['parts'][number]['kind'],
    sources: distinctSentences(lists.flat()),
  }))
}

const first = <K extends keyof EventDraft>(group: readonly EventDraft[], key: K): EventDraft[K] | null =>
  group.find((d) => d[key] !== null)?.[key] ?? null

/** Makes one occasion of a group of drafts: the most telling kind, the most precise date, every part and source. */
export function toEvent(group: readonly EventDraft[]): CorridorEvent {
  const kind = occasionKind(
    group.map((d) => d.kind),
    group.some((d) => d.kind === 'summit' && d.body !== null),
  )
  const { date, dateEnd, dateBasis } = dateOf(group)
  const host = first(group, 'host')
  const participants = mergeParticipants(group.map((d) => d.participants))
  const countries = union(...group.map((d) => d.countries)).sort()
  const fields = {
    kind,
    status: group.some((d) => d.status === 'happened') ? ('happened' as const) : ('planned' as const),
    date,
    dateEnd,
    dateBasis,
    place: first(group, 'place'),
    embassyOf: first(group, 'embassyOf'),
    body: first(group, 'body'),
    ordinal: first(group, 'ordinal'),
    countries,
    host,
    guests: union(...group.map((d) => d.guests))
      .filter((c) => c !== host)
      .sort(),
    participants,
    parts: partsOf(group),
    agreementIds: [],
    curated: false,
    sources: distinctSentences(group.flatMap((d) => d.sources)),
  }
  const id = `${kind}-${date ?? 'undated'}-${shortHash(`${familyOf(kind)}|${countries.join('-')}|${host ?? ''}|${date ?? ''}`)}`
  return { id, title: occasionTitles(fields), ...fields }
}

/**
 * Merges the occasions articles tell into one record each (the 21 Oct 2025 state visit told by four articles in
 * two languages is one), and says which occasion each article's draft became, so agreements can link to it.
 */
export function mergeEvents(drafts: readonly EventDraft[]): { events: CorridorEvent[]; idOfKey: Map<string, string> } {
  const groups = groupAcrossArticles(drafts)
  const events = uniqueIds(groups.map(toEvent))
  const idOfKey = new Map<string, string>()
  groups.forEach((group, i) =>
    group.forEach((d) => idOfKey.set(occasionKeyOf(d.source.articleId, d.key), events[i]!.id)),
  )
  return { events, idOfKey }
}

/**
 * Merges occasions across articles, links each agreement to the occasion its article signed it at, merges the
 * agreements (one record per document or package) and lists on each occasion the agreements signed at it.
 */
export function mergeOccasions(
  eventDrafts: readonly EventDraft[],
  agreementDrafts: readonly AgreementDraft[],
): { events: CorridorEvent[]; agreements: Agreement[] } {
  const merged = mergeEvents(eventDrafts)
  const agreements = mergeAgreements(linkAgreements(agreementDrafts, eventDrafts), merged.idOfKey)
  return { agreements, events: withAgreementIds(merged.events, agreements) }
}
