import type { Agreement, CorridorEvent, Figure, SourceRef } from '../../schema/dataset'
import { shortHash, uniqueIds } from '../ids'
import type { AgreementDraft, EventDraft, FigureDraft } from '../types'

/** Keeps the first occurrence of each value, in order. */
const union = <T>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())]
const sortedUnion = <T extends string>(...lists: readonly (readonly T[])[]): T[] => union(...lists).sort()

/** Adds a source unless the same sentence is already cited (one article may state a fact twice in one sentence). */
function addSource(sources: SourceRef[], source: SourceRef): SourceRef[] {
  const known = sources.some(
    (s) => s.articleId === source.articleId && s.start === source.start && s.end === source.end,
  )
  return known ? sources : [...sources, source]
}

/**
 * Gathers drafts into groups: a draft joins the first group whose representative `canJoin` accepts it.
 * Order-preserving and pure; the caller decides what "the same fact" means.
 */
function groupDrafts<T>(drafts: readonly T[], canJoin: (group: T[], draft: T) => boolean): T[][] {
  const groups: T[][] = []
  for (const draft of drafts) {
    const group = groups.find((candidate) => canJoin(candidate, draft))
    if (group) group.push(draft)
    else groups.push([draft])
  }
  return groups
}

/** Tells whether two partial dates can name the same day ("2025-10" and "2025-10-21" can; null matches only null). */
export function areDatesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return a.startsWith(b) || b.startsWith(a)
}

/** Picks the most precise of compatible partial dates. */
const mostPrecise = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>(
    (best, date) => (date !== null && (best === null || date.length > best.length) ? date : best),
    null,
  )

const figurePeriod = (f: FigureDraft) => `${f.year ?? ''}|${f.deadline ?? ''}`
const figureClaim = (f: FigureDraft) => `${f.metric}|${f.kind}|${f.unit}|${figurePeriod(f)}`
const figureValue = (f: FigureDraft) => `${f.value ?? 'null'}|${f.valueMax ?? 'null'}`

/**
 * Merges figure drafts: the same metric, kind, unit, period and value from several sentences is one figure with
 * several sources. Drafts that agree on all but the value stay apart and name each other in `conflictsWith`.
 */
export function mergeFigures(drafts: readonly FigureDraft[]): Figure[] {
  const groups = groupDrafts(
    drafts,
    ([first], draft) => figureClaim(first!) === figureClaim(draft) && figureValue(first!) === figureValue(draft),
  )
  const figures = uniqueIds(
    groups.map((group): Figure => {
      const first = group[0]!
      const { source: _source, ...fields } = first
      return {
        ...fields,
        id: `${first.metric}-${first.kind}-${shortHash(figureClaim(first) + figureValue(first))}`,
        qualifier: group.some((d) => d.qualifier === 'exact') ? 'exact' : first.qualifier,
        horizon: group.find((d) => d.horizon !== null)?.horizon ?? null,
        derived: null,
        conflictsWith: [],
        curated: false,
        sectors: sortedUnion(...group.map((d) => d.sectors)),
        countries: sortedUnion(...group.map((d) => d.countries)),
        sources: group.reduce<SourceRef[]>((sources, d) => addSource(sources, d.source), []),
      }
    }),
  )
  const claimOf = new Map(figures.map((figure, i) => [figure.id, figureClaim(groups[i]![0]!)]))
  return figures.map((figure) => ({
    ...figure,
    conflictsWith: figures
      .filter((other) => other.id !== figure.id && other.value !== null && figure.value !== null)
      .filter((other) => claimOf.get(other.id) === claimOf.get(figure.id))
      .map((other) => other.id),
  }))
}

const documentKey = (a: AgreementDraft) =>
  a.kind === 'document' ? `doc|${(a.title ?? '').toLocaleLowerCase('tr')}` : `pkg|${a.count ?? '?'}`

/**
 * Merges agreement drafts: a named document cited twice, or a package of N agreements signed on compatible dates,
 * is one agreement. Packages without a count never merge: nothing says two vague mentions are the same package.
 */
export function mergeAgreements(drafts: readonly AgreementDraft[]): Agreement[] {
  const canJoin = ([first]: AgreementDraft[], draft: AgreementDraft) =>
    documentKey(first!) === documentKey(draft) &&
    (draft.kind === 'document' ? draft.title !== null : draft.count !== null) &&
    (first!.date === null || draft.date === null || areDatesCompatible(first!.date, draft.date))
  return uniqueIds(
    groupDrafts(drafts, canJoin).map((group): Agreement => {
      const first = group[0]!
      const { source: _source, ...fields } = first
      const date = mostPrecise(group.map((d) => d.date))
      return {
        ...fields,
        id: `agreement-${shortHash(`${documentKey(first)}|${date ?? ''}|${first.source.articleId}`)}`,
        date,
        place: group.find((d) => d.place !== null)?.place ?? null,
        parties: sortedUnion(...group.map((d) => d.parties)),
        sectors: sortedUnion(...group.map((d) => d.sectors)),
        curated: false,
        sources: group.reduce<SourceRef[]>((sources, d) => addSource(sources, d.source), []),
      }
    }),
  )
}

const countryKey = (e: EventDraft) => [...e.countries].sort().join('-')

/**
 * Merges event drafts: the same kind of event between the same countries on compatible dates is one event
 * (the 21 Oct 2025 visit told by four articles). Undated events merge only with undated ones of the same label.
 */
export function mergeEvents(drafts: readonly EventDraft[]): CorridorEvent[] {
  const canJoin = ([first]: EventDraft[], draft: EventDraft) =>
    first!.kind === draft.kind &&
    countryKey(first!) === countryKey(draft) &&
    areDatesCompatible(first!.date, draft.date) &&
    (draft.date !== null || first!.label === draft.label)
  return uniqueIds(
    groupDrafts(drafts, canJoin).map((group): CorridorEvent => {
      const first = group[0]!
      const { source: _source, ...fields } = first
      const date = mostPrecise(group.map((d) => d.date))
      return {
        ...fields,
        id: `${first.kind}-${date ?? 'undated'}-${shortHash(`${countryKey(first)}|${first.label}`)}`,
        date,
        dateBasis: group.some((d) => d.dateBasis === 'stated') ? 'stated' : first.dateBasis,
        place: group.find((d) => d.place !== null)?.place ?? null,
        countries: sortedUnion(...group.map((d) => d.countries)),
        people: union(...group.map((d) => d.people)),
        curated: false,
        sources: group.reduce<SourceRef[]>((sources, d) => addSource(sources, d.source), []),
      }
    }),
  )
}
