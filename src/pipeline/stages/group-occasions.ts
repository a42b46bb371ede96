import type { EventKind } from '../../schema/dataset'
import type { EventMention } from './event-mentions'
import { datesOverlap } from './occasion-dates'
import { isVisitKind } from './visit-kinds'
import { isWithin, unique } from './mention-context'

/** The mentions of one article that tell one occasion, in text order. */
export type OccasionGroup = EventMention[]

/** Kinds that name a whole occasion of their own, never a step of another one. */
const STANDALONE: readonly (EventKind | null)[] = ['round-table', 'forum', 'other']

/**
 * Tells whether a mention's kind may tell the occasion a group is about: a visit or summit takes talks, sessions,
 * signings and a welcome as its parts, but a summit not the meetings on its margins; a round table, forum or ceremony takes only meeting words ("görüş çərçivəsində").
 */
function kindsFit(group: OccasionGroup, mention: EventMention): boolean {
  const kinds = group.map((m) => m.kind)
  // a meeting on a summit's margins is its own occasion, and the summit is no part of it
  if (mention.sideline && kinds.includes('summit')) return false
  if (mention.kind === 'summit' && group.some((m) => m.sideline)) return false
  if (STANDALONE.includes(mention.kind)) return kinds.includes(mention.kind)
  if (kinds.some((k) => STANDALONE.includes(k))) return mention.kind === 'meeting' || mention.kind === 'talks'
  if (isVisitKind(mention.kind) || mention.kind === 'summit') {
    // a signing ceremony is a step of the visit or summit it was held at, told before it or after
    return kinds.some(
      (k) => isVisitKind(k) || k === 'summit' || k === 'meeting' || k === 'talks' || k === 'session' || k === 'signing',
    )
  }
  return true
}

const hostOf = (group: OccasionGroup) => group.find((m) => m.host !== null)?.host ?? null
const datedOf = (group: OccasionGroup) =>
  group.find((m) => m.date !== null && m.dateBasis === 'stated') ?? group.find((m) => m.date !== null)

/**
 * Words that add people to an occasion already told: "Во встрече также приняли участие", "which was also attended
 * by", "heyetler de katıldı", "nazirlər də iştirak edib".
 */
const ALSO_TOOK_PART =
  /также\s+(?:\p{L}+\s+){0,2}(?:принял\p{L}*|принима\p{L}*|присутствовал\p{L}*|участвовал\p{L}*)|(?:also|as well)\s+(?:\p{L}+\s+){0,2}(?:attended|took part|joined|present)|\s(?:da|de|də)\s+(?:katıl\p{L}*|hazır bulun\p{L}*|iştirak\p{L}*|qatıl\p{L}*)/u

/**
 * Tells whether a mention's sentence says who else took part, which adds countries to its occasion and contradicts
 * none. The whole sentence: Turkish and Azerbaijani put the verb last, after the list of who came.
 */
const addsParticipants = (mention: EventMention) => ALSO_TOOK_PART.test(mention.sentence.text.toLowerCase())

/** Tells whether what a mention says about countries and people contradicts what a group says. */
function contradicts(group: OccasionGroup, mention: EventMention): boolean {
  const host = hostOf(group)
  if (host !== null && mention.host !== null && host !== mention.host) return true
  const countries = new Set(group.flatMap((m) => m.countries))
  // a summit's host and the leaders who came are different countries, one summit all the same
  const summitAgain = mention.kind === 'summit' && group.some((m) => m.kind === 'summit')
  if (
    !summitAgain &&
    !addsParticipants(mention) &&
    countries.size > 0 &&
    mention.countries.length > 0 &&
    !mention.countries.some((c) => countries.has(c))
  )
    return true
  // two meetings on a summit's margins with different partners are two meetings
  if (mention.sideline && group.some((m) => m.sideline)) {
    const sides = (list: readonly EventMention[]) =>
      unique(list.flatMap((m) => m.participants.flatMap((p) => (p.country ? [p.country] : []))))
    const [mine, theirs] = [sides([mention]), sides(group.filter((m) => m.sideline))]
    if (mine.length > 0 && theirs.length > 0 && !isWithin(mine, theirs) && !isWithin(theirs, mine)) return true
  }
  // two visits by different leaders are two visits; "Bakan Bolat" is the "Ömer Bolat" of the lead
  if (isVisitKind(mention.kind) && mention.participants.length > 0) {
    const names = new Set(group.flatMap((m) => m.participants.map((p) => surname(p.name))))
    if (names.size > 0 && !mention.participants.some((p) => names.has(surname(p.name)))) return true
  }
  return false
}

/** A person's last name, which a later mention keeps when it drops the first ("Bolat" for "Ömer Bolat"). */
const surname = (name: string) => name.trim().split(/\s+/u).at(-1) ?? name

/** Days a visit may run: its arrival and its second day are one visit ("flew in on Tuesday", "Səfərin ikinci günü"). */
const VISIT_DAYS = 2

/** What a visit's days hold besides the visit itself: its talks, its council's session, its signing. */
const VISIT_STEPS: readonly (EventKind | null)[] = [null, 'talks', 'meeting', 'session', 'signing']

const isVisitGroup = (group: OccasionGroup) => group.some((m) => isVisitKind(m.kind))

/** Tells whether a dated mention tells the occasion a group is about: the same days, status and countries. */
function isSameDatedOccasion(group: OccasionGroup, mention: EventMention): boolean {
  const dated = datedOf(group)
  if (!dated || mention.isNext) return false
  const byDay = dated.date?.length === 10 && mention.date?.length === 10
  // the visit's own days, told from either side: its arrival beside its council's session the next day
  const visitDays =
    (isVisitGroup(group) && (isVisitKind(mention.kind) || mention.kind === null)) ||
    (isVisitKind(mention.kind) && group.every((m) => VISIT_STEPS.includes(m.kind)))
  const slack = byDay && visitDays ? VISIT_DAYS : 0
  if (!datesOverlap(dated, mention, slack)) return false
  return kindsFit(group, mention) && !contradicts(group, mention)
}

/**
 * A group dated only as to come, on days after the article's: a mention told as done refers back to it only when it
 * names the same kind ("Səfər zamanı …" after a visit expected next month), never another ("The visit came …" after a
 * session to be held in November). Its undated mentions, which may have joined it, date nothing.
 */
const isOnlyAhead = (group: OccasionGroup, published: string | null) => {
  const dated = group.filter((m) => m.date !== null)
  return (
    published !== null &&
    dated.length > 0 &&
    dated.every((m) => m.status === 'planned' && (m.date ?? '').slice(0, 7) > published.slice(0, 7))
  )
}

/** Tells whether an undated mention can refer back to a group ("the visit", "bu iclas", "Astana görüşü"). */
function canReferTo(group: OccasionGroup, mention: EventMention, published: string | null): boolean {
  const sameKind = group.some((m) => m.kind === mention.kind || (isVisitKind(m.kind) && isVisitKind(mention.kind)))
  if (mention.status === 'happened' && !sameKind && isOnlyAhead(group, published)) return false
  // a meeting on a summit's margins happens at the summit, never back in history told in passing
  if (mention.sideline && isHistory(group, published)) return false
  // what is told as done is never the next occasion of a series ("the next summit will be held … next year")
  if (mention.status === 'happened' && group.every((m) => m.isNext)) return false
  return !mention.isNext && kindsFit(group, mention) && !contradicts(group, mention)
}

/** Days more than this far from the article's date make an occasion history told in passing. */
const HISTORY_DAYS = 60

const isHistory = (group: OccasionGroup, published: string | null) => {
  const date = datedOf(group)?.date
  if (!date || !published) return false
  const days = (Date.parse(published) - Date.parse(date.length === 10 ? date : `${date}-01`.slice(0, 10))) / 86_400_000
  return days > HISTORY_DAYS
}

/**
 * Gathers an article's occasion mentions into occasions. A dated mention joins the occasion of the same days (and
 * status and countries), else starts one; an undated mention refers back to the latest occasion it fits that is not
 * history told in passing, else to the article's first, else waits for the first dated one that fits (a headline
 * before the lead). Mentions of only a part (a welcome, the press) never start an occasion of their own.
 */
export function groupOccasions(mentions: readonly EventMention[], published: string | null): OccasionGroup[] {
  const groups: OccasionGroup[] = []
  const waiting: EventMention[] = []
  // a dated part told before its occasion ("flew in on Tuesday and was welcomed", then "signed … on Wednesday")
  const partsAhead: EventMention[] = []
  for (const mention of mentions) {
    if (mention.date !== null) {
      const same = groups.find((g) => isSameDatedOccasion(g, mention))
      if (same) same.push(mention)
      else if (mention.kind !== null) groups.push([mention])
      else partsAhead.push(mention)
      continue
    }
    const current = [...groups]
      .reverse()
      .filter((g) => !isHistory(g, published) || g.some((m) => m.kind === mention.kind))
    const target = current.find((g) => canReferTo(g, mention, published))
    if (target) target.push(mention)
    else waiting.push(mention)
  }
  for (const mention of partsAhead) groups.find((g) => isSameDatedOccasion(g, mention))?.push(mention)
  // mentions told before any dated one (a headline, a lead without a date) join the first occasion they fit
  const undated: OccasionGroup[] = []
  for (const mention of waiting) {
    const target =
      groups.find((g) => canReferTo(g, mention, published)) ??
      undated.find((g) => canReferTo(g, mention, published) && sameKindFamily(g, mention))
    if (target) target.push(mention)
    else if (mention.kind !== null) undated.push([mention])
  }
  return [...groups, ...undated].map((g) =>
    [...g].sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.span.start - b.span.start),
  )
}

/** Undated occasions only join when their kinds are alike: an undated summit and an undated round table are two. */
const sameKindFamily = (group: OccasionGroup, mention: EventMention) =>
  group.some(
    (m) =>
      m.kind === mention.kind ||
      (isVisitKind(m.kind) && isVisitKind(mention.kind)) ||
      mention.kind === 'meeting' ||
      mention.kind === 'talks' ||
      m.kind === 'summit' ||
      mention.kind === 'summit',
  )
