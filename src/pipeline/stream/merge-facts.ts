import type { Agreement, CorridorEvent, Figure, SourceRef } from '../../schema/dataset'
import { uniqueIds } from '../ids'
import type { Drafts } from '../stages/bound-facts'
import { deriveFigures } from '../stages/derive'
import { mergeFigures } from '../stages/merge'
import { mergeOccasions } from '../stages/merge-occasions'
import type { FigureDraft } from '../types'
import { sentenceKeyOf } from '../source-ref'

/** Merged facts of every kind, in the order their first statement appeared. */
export interface MergedFacts {
  figures: Figure[]
  agreements: Agreement[]
  events: CorridorEvent[]
}

/** Splits a list into groups by key, keeping input order inside each group and groups in order of first key. */
function partition<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.values()]
}

/**
 * The claim a figure makes (metric, kind, unit, period). Merging and conflicts never look across claims, so each
 * claim merges alone; that keeps mergeFigures' pairwise conflict check within one claim instead of the whole corpus.
 */
export const claimOf = (f: FigureDraft) => JSON.stringify([f.metric, f.kind, f.unit, f.year, f.deadline])

/**
 * Groups figures that share a source sentence, directly or through others (union–find over sentences). A derived
 * figure only ever combines figures of one sentence, so each group derives alone, in time linear in the corpus.
 */
export function bySharedSentence(figures: readonly Figure[]): Figure[][] {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(key, root)
    return root
  }
  for (const figure of figures) {
    const keys = figure.sources.map(sentenceKeyOf)
    for (const key of keys) if (!parent.has(key)) parent.set(key, key)
    const first = find(keys[0] ?? '')
    for (const key of keys.slice(1)) parent.set(find(key), first)
  }
  return partition(figures, (figure) => find(sentenceKeyOf(figure.sources[0]!)))
}

/**
 * Makes ids unique across partitions in order of first statement, as one mergeFigures over the whole corpus would:
 * the first figure of an id keeps it, later ones get -2, -3. `orderOf` ranks a fact by its first source.
 */
function uniqueInOrder<T extends { id: string; sources: SourceRef[] }>(
  facts: readonly T[],
  orderOf: (source: SourceRef) => number,
): T[] {
  const ranked = facts.map((fact, index) => ({ fact, index, rank: orderOf(fact.sources[0]!) }))
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index)
  return uniqueIds(ranked.map(({ fact }) => fact))
}

/**
 * Merges, derives and ids the facts of a whole corpus, partitioned so no step compares every fact with every other:
 * figures merge per claim and derive per group of shared sentences; agreements and events merge in one pass (their
 * merge is bucketed already). `orderOf` gives the input position of a draft's source, for ids made unique in order.
 */
export function mergeFacts(drafts: Drafts, orderOf: (source: SourceRef) => number): MergedFacts {
  const stated = uniqueInOrder(partition(drafts.figures, claimOf).flatMap(mergeFigures), orderOf)
  const derived = bySharedSentence(stated).flatMap((group) => deriveFigures(group))
  return {
    figures: [...stated, ...derived],
    ...mergeOccasions(drafts.events, drafts.agreements),
  }
}
