import type { Figure, ReviewReason } from '../../schema/dataset'
import { shortHash, uniqueIds } from '../ids'
import type { FigureDraft } from '../types'
import { distinctSentences } from '../source-ref'
import { isWithin } from './mention-context'

/** Keeps the first occurrence of each value, in order. */
const union = <T>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())]
const sortedUnion = <T extends string>(...lists: readonly (readonly T[])[]): T[] => union(...lists).sort()

/** A figure needs review for a reason only when every source that states it does: one clear source settles it. */
const sharedReasons = (group: readonly FigureDraft[]): ReviewReason[] =>
  [...new Set(group.flatMap((d) => d.reviewReasons ?? []))]
    .filter((reason) => group.every((d) => d.reviewReasons?.includes(reason)))
    .sort()

/**
 * Gathers drafts into groups: drafts can only share a group when `bucketOf` gives them the same key, and within a
 * bucket a draft joins the first group whose first draft `canJoin` accepts. Bucketing keeps a large corpus linear;
 * order is preserved, so the output is stable.
 */
function groupDrafts<T>(
  drafts: readonly T[],
  bucketOf: (draft: T) => string,
  canJoin: (first: T, draft: T) => boolean,
): T[][] {
  const groups: T[][] = []
  const buckets = new Map<string, T[][]>()
  for (const draft of drafts) {
    const key = bucketOf(draft)
    const bucket = buckets.get(key) ?? []
    if (bucket.length === 0) buckets.set(key, bucket)
    const group = bucket.find((candidate) => canJoin(candidate[0]!, draft))
    if (group) {
      group.push(draft)
    } else {
      bucket.push([draft])
      groups.push(bucket[bucket.length - 1]!)
    }
  }
  return groups
}

/** Tells whether two partial dates can name the same day ("2025-10" and "2025-10-21" can; null matches only null). */
export function areDatesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return a.startsWith(b) || b.startsWith(a)
}

const figurePeriod = (f: FigureDraft) =>
  `${f.year ?? ''}${f.month === undefined ? '' : `-${f.month}`}|${f.deadline ?? ''}`
const figureClaim = (f: FigureDraft) => `${f.metric}|${f.kind}|${f.unit}|${figurePeriod(f)}`
const figureValue = (f: FigureDraft) => `${f.value ?? 'null'}|${f.valueMax ?? 'null'}`

/** The countries a group of drafts names, as a key ('' when none does, so ids of country-less figures stay put). */
const countryKeyOf = (group: readonly FigureDraft[]) => {
  const countries = sortedUnion(...group.map((d) => d.countries))
  return countries.length > 0 ? `|${countries.join('-')}` : ''
}
/**
 * Drafts may be one figure when one's countries lie within the other's: none, or "Kazakhstan" against "Azerbaijan and
 * Kazakhstan", say less, not something else; two different pairs never are.
 */
const countriesAgree = (first: { countries: readonly string[] }, draft: { countries: readonly string[] }) =>
  isWithin(first.countries, draft.countries) || isWithin(draft.countries, first.countries)

/**
 * Merges figure drafts: the same metric, kind, unit, period, value and countries from several sentences is one figure
 * with several sources (Kazakhstan–Turkmenistan trade of $540M is not Azerbaijan–Kazakhstan trade of $540M). Drafts
 * that agree on all but the value stay apart and share a `conflict` key.
 */
export function mergeFigures(drafts: readonly FigureDraft[]): Figure[] {
  const groups = groupDrafts(drafts, (d) => `${figureClaim(d)}|${figureValue(d)}`, countriesAgree)
  const figures = uniqueIds(
    groups.map((group): Figure => {
      const first = group[0]!
      const { source: _source, reviewReasons: _reasons, month: _month, ...fields } = first
      const reviewReasons = sharedReasons(group)
      return {
        ...fields,
        confidence: reviewReasons.length > 0 ? 'review' : 'high',
        reviewReasons,
        id: `${first.metric}-${first.kind}-${shortHash(figureClaim(first) + figureValue(first) + countryKeyOf(group))}`,
        qualifier: group.some((d) => d.qualifier === 'exact') ? 'exact' : first.qualifier,
        horizon: group.find((d) => d.horizon !== null)?.horizon ?? null,
        derived: null,
        conflict: null,
        curated: false,
        sectors: sortedUnion(...group.map((d) => d.sectors)),
        countries: sortedUnion(...group.map((d) => d.countries)),
        sources: distinctSentences(group.map((d) => d.source)),
      }
    }),
  )
  // Figures that make the same claim about compatible countries with different values conflict; they share a key.
  const valuesByClaim = new Map<string, number>()
  const claims = conflictClaims(groups, figures)
  figures.forEach((figure, i) => {
    if (figure.value !== null) valuesByClaim.set(claims[i]!, (valuesByClaim.get(claims[i]!) ?? 0) + 1)
  })
  return figures.map((figure, i) => ({
    ...figure,
    conflict:
      figure.value !== null && (valuesByClaim.get(claims[i]!) ?? 0) > 1 ? `conflict-${shortHash(claims[i]!)}` : null,
  }))
}

/**
 * The claim each figure makes, for conflicts: its metric, kind, unit and period, and the widest set of countries
 * among the figures of that claim that its own countries lie within.
 */
function conflictClaims(groups: readonly FigureDraft[][], figures: readonly Figure[]): string[] {
  const claims = groups.map((group) => figureClaim(group[0]!))
  // per claim, only its distinct sets of countries: a corpus of figures is never compared all against all
  const setsByClaim = new Map<string, Map<string, readonly string[]>>()
  figures.forEach((figure, i) => {
    const sets = setsByClaim.get(claims[i]!) ?? new Map<string, readonly string[]>()
    sets.set(figure.countries.join('-'), figure.countries)
    setsByClaim.set(claims[i]!, sets)
  })
  return figures.map((figure, i) => {
    const sets = [...(setsByClaim.get(claims[i]!)?.values() ?? [])]
    const widest = sets
      .filter((countries) => isWithin(figure.countries, countries))
      .reduce((a, b) => (b.length > a.length ? b : a), figure.countries)
    return `${claims[i]}|${widest.join('-')}`
  })
}
