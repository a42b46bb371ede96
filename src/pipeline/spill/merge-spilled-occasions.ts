import type { Agreement, CorridorEvent } from '../../schema/dataset'
import {
  groupAgreements,
  occasionKeyOf,
  occasionLookup,
  toAgreement,
  type AgreementMatch,
} from '../stages/merge-agreements'
import { groupAcrossArticles, toEvent, type OccasionMatch } from '../stages/merge-occasions'
import type { AgreementDraft, EventDraft } from '../types'
import { Interner } from './interner'
import { readGroups, type PartitionedLines } from './partitioned-lines'
import type { OccasionSpill } from './spill-occasions'
import { SortedRuns, type RunStore } from './sorted-runs'

/** Where the merge keeps what it must not hold: partitions and sorted runs, by name (disk in the CLI, memory in tests). */
export interface OccasionStore {
  partitions: (name: string, count: number) => PartitionedLines
  runs: (name: string) => RunStore
  /** Characters of JSON per sorted run, when not the default (tests make them small). */
  runChars?: number
}

/** A merged fact with the place its group was made in (`group`): one merge in memory lists facts in that order. */
interface Made<T> {
  fact: T
  group: number
  /** For occasions: the linked drafts' keys (`occasionKeyOf`), which agreements look up the occasion's id by. */
  keys?: string[]
}

/** Drafts per partition when groups are assembled: what memory holds of the full drafts at once. */
const GROUP_DRAFTS = 4000

const byIdThenGroup = <T extends { id: string }>(a: Made<T>, b: Made<T>) =>
  a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : a.group - b.group

/**
 * Which group each draft joins, by its place in the input. The grouping reads slim copies of the drafts (no sources,
 * no parts: it never reads them, and values shared between drafts), so memory holds a few fields per draft, not the
 * drafts' quotes.
 */
function groupNumbers<D, S>(drafts: Iterable<D>, slim: (draft: D) => S, group: (slim: S[]) => S[][]): number[] {
  const slims: S[] = []
  for (const draft of drafts) slims.push(slim(draft))
  const place = new Map(slims.map((item, index) => [item, index]))
  const groupOf: number[] = new Array<number>(slims.length)
  group(slims).forEach((members, number) => {
    for (const member of members) groupOf[place.get(member)!] = number
  })
  return groupOf
}

/**
 * The full drafts of each group, in input order inside it: drafts go to partitions by group number, each partition
 * read back alone. Groups come partition by partition; `Made.group` keeps their order in the whole corpus.
 */
function* assembled<D>(
  drafts: Iterable<D>,
  groupOf: readonly number[],
  parts: PartitionedLines,
): Generator<[number, D[]]> {
  let index = 0
  for (const draft of drafts) {
    const group = groupOf[index++]!
    parts.append(group % parts.count, JSON.stringify([group, draft]))
  }
  for (let partition = 0; partition < parts.count; partition++) yield* readGroups<number, D>(parts.read(partition))
}

/**
 * Makes ids unique as `uniqueIds` over the groups in the order they were made would (the first fact of an id keeps
 * it, later ones get -2, -3): sorted on disk by id and group, repeats are next to each other. The result is sorted
 * by final id, then group, as a stable sort of that list by id puts it.
 */
function uniqueInRuns<T extends { id: string }>(made: Iterable<Made<T>>, store: OccasionStore, name: string) {
  const base = new SortedRuns<Made<T>>(store.runs(`${name}-base`), byIdThenGroup, store.runChars)
  for (const item of made) base.add(item)
  const final = new SortedRuns<Made<T>>(store.runs(`${name}-final`), byIdThenGroup, store.runChars)
  let previous: string | null = null
  let count = 0
  for (const item of base.sorted()) {
    count = item.fact.id === previous ? count + 1 : 1
    previous = item.fact.id
    final.add(count === 1 ? item : { ...item, fact: { ...item.fact, id: `${item.fact.id}-${count}` } })
  }
  return final
}

const partitionsFor = (store: OccasionStore, name: string, drafts: number) =>
  store.partitions(name, Math.min(1024, Math.max(1, Math.ceil(drafts / GROUP_DRAFTS))))

/** What grouping reads of an occasion draft, each value shared with the other drafts' (`Interner`). */
const slimEvent =
  (shared: Interner) =>
  (draft: EventDraft): OccasionMatch => ({
    kind: shared.of(draft.kind),
    status: shared.of(draft.status),
    date: shared.of(draft.date),
    dateEnd: shared.of(draft.dateEnd),
    host: shared.of(draft.host),
    countries: shared.of(draft.countries),
    participants: shared.of(draft.participants),
    ...(draft.sideline ? { sideline: draft.sideline } : {}),
    source: { articleId: shared.of(draft.source.articleId) },
  })

/** What grouping reads of an agreement draft, each value shared with the other drafts' (`Interner`). */
const slimAgreement =
  (shared: Interner) =>
  (draft: AgreementDraft): AgreementMatch => ({
    kind: shared.of(draft.kind),
    title: shared.of(draft.title),
    count: draft.count,
    docType: shared.of(draft.docType),
    years: shared.of(draft.years),
    date: shared.of(draft.date),
    parties: shared.of(draft.parties),
    occasionKey: shared.of(draft.occasionKey),
    source: { articleId: shared.of(draft.source.articleId) },
  })

/** Occasions with unique ids, sorted; each carries the keys of its drafts some agreement was linked to. */
function mergedEvents(spill: OccasionSpill, store: OccasionStore): SortedRuns<Made<CorridorEvent>> {
  const groupOf = groupNumbers(spill.eventDrafts(), slimEvent(new Interner()), groupAcrossArticles)
  const parts = partitionsFor(store, 'event-groups', groupOf.length)
  const made = function* (): Generator<Made<CorridorEvent>> {
    for (const [group, drafts] of assembled(spill.eventDrafts(), groupOf, parts)) {
      const keys = drafts.map((d) => occasionKeyOf(d.source.articleId, d.key)).filter((k) => spill.linkedKeys.has(k))
      yield { fact: toEvent(drafts), group, keys }
    }
  }
  return uniqueInRuns(made(), store, 'events')
}

/** Agreements with unique ids, sorted, linked to the occasions' final ids. */
function mergedAgreements(spill: OccasionSpill, store: OccasionStore, idOfKey: ReadonlyMap<string, string>) {
  const occasionOf = occasionLookup(idOfKey)
  const groupOf = groupNumbers(spill.agreementDrafts(), slimAgreement(new Interner()), (slims) =>
    groupAgreements(slims, occasionOf),
  )
  const parts = partitionsFor(store, 'agreement-groups', groupOf.length)
  const made = function* (): Generator<Made<Agreement>> {
    for (const [group, drafts] of assembled(spill.agreementDrafts(), groupOf, parts)) {
      yield { fact: toAgreement(drafts, occasionOf), group }
    }
  }
  return uniqueInRuns(made(), store, 'agreements')
}

/**
 * Merges spilled agreement and occasion drafts as `mergeOccasions` does in memory, with the same output: occasions
 * are grouped first (on slim drafts, then assembled a partition of groups at a time), agreements then find their
 * occasion's final id, and each occasion lists the agreements signed at it. Both come sorted by id, unvalidated.
 * Memory holds the slim drafts while grouping, one partition of full drafts, a run of merged facts, and two id
 * tables: linked occasion key → occasion id, occasion id → agreement ids.
 */
export function mergeSpilledOccasions(
  spill: OccasionSpill,
  store: OccasionStore,
): { agreements: () => Iterable<Agreement>; events: () => Iterable<CorridorEvent> } {
  const events = mergedEvents(spill, store)
  const idOfKey = new Map<string, string>()
  for (const { fact, keys } of events.all()) for (const key of keys ?? []) idOfKey.set(key, fact.id)
  const agreements = mergedAgreements(spill, store, idOfKey)
  const signedAt = new Map<string, string[]>()
  for (const { fact } of agreements.all()) {
    if (!fact.occasionId) continue
    const ids = signedAt.get(fact.occasionId)
    if (ids) ids.push(fact.id)
    else signedAt.set(fact.occasionId, [fact.id])
  }
  return {
    agreements: function* () {
      for (const { fact } of agreements.sorted()) yield fact
    },
    events: function* () {
      for (const { fact } of events.sorted()) yield { ...fact, agreementIds: [...(signedAt.get(fact.id) ?? [])].sort() }
    },
  }
}
