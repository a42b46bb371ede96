import type { Agreement, CorridorEvent, Figure } from '../../schema/dataset'

/** The parts of a curation file that name extracted facts by id. */
export interface CurationIds {
  reject: readonly string[]
  fix: readonly { id: string }[]
  merge: readonly { into: string; from: readonly string[] }[]
}

/** The facts a curation file's ids must name. */
export interface KnownFacts {
  figures: readonly Figure[]
  agreements: readonly Agreement[]
  events: readonly CorridorEvent[]
}

type Kind = 'a figure' | 'an agreement' | 'an event'

/** Says which kind of fact each id names. */
function kindsById(facts: KnownFacts): Map<string, Kind> {
  const kinds = new Map<string, Kind>()
  for (const { id } of facts.figures) kinds.set(id, 'a figure')
  for (const { id } of facts.agreements) kinds.set(id, 'an agreement')
  for (const { id } of facts.events) kinds.set(id, 'an event')
  return kinds
}

/** Remembers the index of the first entry of a section that names each id, to point at it in a later message. */
function firstUses<T>(entries: readonly T[], idsOf: (entry: T) => readonly string[]): Map<string, number> {
  const uses = new Map<string, number>()
  entries.forEach((entry, index) => {
    for (const id of idsOf(entry)) if (!uses.has(id)) uses.set(id, index)
  })
  return uses
}

/** Problems of `reject`: unknown ids and ids listed twice. */
function checkRejects(curation: CurationIds, kinds: ReadonlyMap<string, Kind>): string[] {
  const seen = new Map<string, number>()
  return curation.reject.flatMap((id, index) => {
    const at = `reject[${index}]`
    const first = seen.get(id)
    if (first !== undefined) return [`${at}: "${id}" is already rejected by reject[${first}]`]
    seen.set(id, index)
    return kinds.has(id) ? [] : [`${at}: no extracted fact has the id "${id}"`]
  })
}

/** Problems of `fix`: unknown ids, ids also rejected or merged away, and ids fixed twice. */
function checkFixes(curation: CurationIds, kinds: ReadonlyMap<string, Kind>): string[] {
  const rejected = firstUses(curation.reject, (id) => [id])
  const mergedAway = firstUses(curation.merge, (merge) => merge.from)
  const seen = new Map<string, number>()
  return curation.fix.flatMap(({ id }, index) => {
    const at = `fix[${index}]`
    const first = seen.get(id)
    if (first !== undefined) return [`${at}: "${id}" is already fixed by fix[${first}]; put both in one entry`]
    seen.set(id, index)
    if (!kinds.has(id)) return [`${at}: no extracted fact has the id "${id}"`]
    const rejectedBy = rejected.get(id)
    if (rejectedBy !== undefined) {
      return [`${at}: "${id}" is also rejected by reject[${rejectedBy}]; a fact is either rejected or fixed`]
    }
    const merge = mergedAway.get(id)
    if (merge === undefined) return []
    return [`${at}: "${id}" is merged away by merge[${merge}]; fix "${curation.merge[merge]?.into}" instead`]
  })
}

/** Problems of one `merge` entry, given where each id was merged away by an earlier entry. */
function checkMerge(
  { into, from }: CurationIds['merge'][number],
  at: string,
  kinds: ReadonlyMap<string, Kind>,
  rejected: ReadonlyMap<string, number>,
  mergedAway: Map<string, string>,
): string[] {
  const problems: string[] = []
  for (const id of [into, ...from]) {
    const rejectedBy = rejected.get(id)
    const gone = mergedAway.get(id)
    if (!kinds.has(id)) problems.push(`${at}: no extracted fact has the id "${id}"`)
    else if (rejectedBy !== undefined) {
      problems.push(`${at}: "${id}" is also rejected by reject[${rejectedBy}]; a rejected fact can't be merged`)
    } else if (gone) problems.push(`${at}: "${id}" is already merged away by ${gone}`)
  }
  for (const id of from) {
    if (id === into) problems.push(`${at}: "${id}" can't be merged into itself`)
    else if (kinds.has(id) && kinds.has(into) && kinds.get(id) !== kinds.get(into)) {
      problems.push(`${at}: "${id}" is ${kinds.get(id)} and "${into}" ${kinds.get(into)}; only facts of one kind merge`)
    }
    if (!mergedAway.has(id)) mergedAway.set(id, at)
  }
  return problems
}

/** Problems of `merge`, entry by entry in the order they are applied. */
function checkMerges(curation: CurationIds, kinds: ReadonlyMap<string, Kind>): string[] {
  const rejected = firstUses(curation.reject, (id) => [id])
  const mergedAway = new Map<string, string>()
  return curation.merge.flatMap((merge, index) => checkMerge(merge, `merge[${index}]`, kinds, rejected, mergedAway))
}

/** Problems of `add`: the same fact added twice (same type, article, quote and fields gives the same id). */
function checkAdds(addedIds: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return addedIds.flatMap((id, index) => {
    const first = seen.get(id)
    if (first !== undefined) return [`add[${index}]: the same fact as add[${first}]`]
    seen.set(id, index)
    return []
  })
}

/**
 * Lists every way a curation contradicts itself or the extracted facts, each naming its entry (`merge[1]: …`):
 * unknown ids, a fact rejected and also fixed or merged, a fact merged into itself, into another kind or twice,
 * fixed twice, or fixed and then merged away, and the same fact added twice. Empty when the curation is sound.
 */
export function checkCuration(facts: KnownFacts, curation: CurationIds, addedIds: readonly string[]): string[] {
  const kinds = kindsById(facts)
  return [
    ...checkRejects(curation, kinds),
    ...checkFixes(curation, kinds),
    ...checkMerges(curation, kinds),
    ...checkAdds(addedIds),
  ]
}
