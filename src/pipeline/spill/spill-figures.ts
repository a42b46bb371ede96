import type { Figure, SourceRef } from '../../schema/dataset'
import { mergeFigures } from '../stages/merge'
import { claimOf } from '../stream/merge-facts'
import type { DraftSink } from '../stream/collect-articles'
import type { AgreementDraft, EventDraft, FigureDraft } from '../types'
import { partitionOf, type PartitionedLines } from './partitioned-lines'
import { OccasionSpill } from './spill-occasions'
import { SortedRuns, type RunStore } from './sorted-runs'

/** A figure draft as it waits on disk: its place in the input (`seq`) and the input rank of its source (`rank`). */
interface SpilledDraft {
  seq: number
  rank: number
  draft: FigureDraft
}

/**
 * A merged figure with what orders it as one mergeFigures over the whole corpus would: the rank of its first source,
 * then its claim's first draft, then its place in its claim's merge.
 */
export interface RankedFigure {
  figure: Figure
  order: [rank: number, claim: number, place: number]
}

/** Compares two orders, element by element. */
export const byOrder = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

/** Orders ranked figures by id, then by their order in the corpus. */
export const byIdThenOrder = (a: RankedFigure, b: RankedFigure) =>
  a.figure.id < b.figure.id ? -1 : a.figure.id > b.figure.id ? 1 : byOrder(a.order, b.order)

/** Parses JSON lines one at a time, so only the parsed values are held, never every line's text beside them. */
function parsed<T>(lines: Iterable<string>): T[] {
  const values: T[] = []
  for (const line of lines) values.push(JSON.parse(line) as T)
  return values
}

/** Splits a partition's drafts by claim, in order of each claim's first draft; drafts keep input order inside. */
function byClaim(drafts: readonly SpilledDraft[]): SpilledDraft[][] {
  const claims = new Map<string, SpilledDraft[]>()
  for (const entry of drafts) {
    const key = claimOf(entry.draft)
    const claim = claims.get(key)
    if (claim) claim.push(entry)
    else claims.set(key, [entry])
  }
  return [...claims.values()]
}

/** Merges one claim with mergeFigures, unchanged; each figure keeps the order of its first source. */
function mergeClaim(claim: readonly SpilledDraft[]): RankedFigure[] {
  // mergeFigures cites a group's sources as the drafts' own objects, so the first source finds its draft's rank
  const rankOf = new Map<SourceRef, number>(claim.map((entry) => [entry.draft.source, entry.rank]))
  return mergeFigures(claim.map((entry) => entry.draft)).map((figure, place) => ({
    figure,
    order: [rankOf.get(figure.sources[0]!)!, claim[0]!.seq, place],
  }))
}

/**
 * Keeps drafts on disk: figures partitioned by claim (metric, kind, unit, period), since merging never looks across
 * claims, so each partition is merged alone and memory holds one partition at a time; agreements (linked to their
 * article's occasion) and occasions in one file each until their merge (`merge-spilled-occasions.ts`).
 */
export class DraftSpill implements DraftSink {
  readonly occasions: OccasionSpill

  /**
   * `partitions` holds the figures; `occasionLines` two partitions more (agreements, events). The streamed build
   * gives disk partitions; tests give memory ones.
   */
  constructor(
    private readonly partitions: PartitionedLines,
    occasionLines: PartitionedLines,
  ) {
    this.occasions = new OccasionSpill(occasionLines)
  }

  addFigure(draft: FigureDraft, seq: number, rank: number): void {
    const line = JSON.stringify({ seq, rank, draft } satisfies SpilledDraft)
    this.partitions.append(partitionOf(claimOf(draft), this.partitions.count), line)
  }

  addOccasion(kind: 'agreements' | 'events', draft: AgreementDraft | EventDraft): void {
    this.occasions.add(kind, draft)
  }

  /** Merges each partition in turn; figures come partition by partition, with their order in the whole corpus. */
  *merged(): Generator<RankedFigure> {
    for (let partition = 0; partition < this.partitions.count; partition++) {
      const drafts = parsed<SpilledDraft>(this.partitions.read(partition))
      for (const claim of byClaim(drafts)) yield* mergeClaim(claim)
    }
  }

  /**
   * Merges every claim and makes ids unique as one pass over the corpus in order of first statement would (the first
   * figure of an id keeps it, later ones get -2, -3): sorted by id and order on disk, repeats are next to each other.
   */
  *stated(store: RunStore): Generator<RankedFigure> {
    const runs = new SortedRuns<RankedFigure>(store, byIdThenOrder)
    for (const ranked of this.merged()) runs.add(ranked)
    let previous: string | null = null
    let count = 0
    for (const { figure, order } of runs.sorted()) {
      count = figure.id === previous ? count + 1 : 1
      previous = figure.id
      yield { figure: count === 1 ? figure : { ...figure, id: `${figure.id}-${count}` }, order }
    }
  }
}
