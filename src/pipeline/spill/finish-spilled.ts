import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { agreementSchema, eventSchema, figureSchema } from '../../schema/dataset'
import type { Curation } from '../stages/curate'
import { mergeOccasions } from '../stages/merge-occasions'
import { withHorizonTerms } from '../stages/normalise-horizon'
import { FactChecker } from '../stream/check-facts'
import {
  byFile,
  finishMerged,
  streamsOf,
  type CollectedArticles,
  type FactFiles,
  type FactStreams,
} from '../stream/finish-facts'
import type { PipelineIssue } from '../types'
import { deriveSpilled } from './derive-spilled'
import { DiskPartitions, diskRuns } from './disk-partitions'
import { factReaders } from './fact-readers'
import { mergeSpilledOccasions, type OccasionStore } from './merge-spilled-occasions'
import { byIdThenOrder, type DraftSpill, type RankedFigure } from './spill-figures'
import { SortedRuns } from './sorted-runs'

/** Partitions of the figures the derive step reads, by group of shared sentences: it holds one at a time. */
const DERIVE_PARTITIONS = 64

/**
 * Every figure, stated and derived, sorted by id on disk. Derived figures come after the stated ones they share an
 * id with, and in the order they were derived, as the stable sort of `[...stated, ...derived]` in memory puts them.
 */
function sortedFigures(spill: DraftSpill, dir: string): SortedRuns<RankedFigure> {
  const runs = new SortedRuns<RankedFigure>(diskRuns(dir, 'figures'), byIdThenOrder)
  for (const ranked of spill.stated(diskRuns(dir, 'stated'))) runs.add(ranked)
  const derived = deriveSpilled(() => runs.all(), new DiskPartitions(dir, 'derive-groups', DERIVE_PARTITIONS))
  derived.forEach((figure, index) => runs.add({ figure, order: [Number.MAX_SAFE_INTEGER, index, 0] }))
  return runs
}

/**
 * Characters of JSON lines written at a time: the file is the list, memory holds a block of it. Counted in characters,
 * not lines, since a merged fact cites every article that states it and so grows with the corpus.
 */
const WRITE_CHARS = 1 << 20

/** Writes facts in order to a file, one JSON line each; returns how many. */
function writeJsonLines<T>(path: string, facts: Iterable<T>): number {
  let lines: string[] = []
  let chars = 0
  let count = 0
  writeFileSync(path, '')
  const flush = () => {
    if (lines.length > 0) writeFileSync(path, `${lines.join('\n')}\n`, { flag: 'a' })
    lines = []
    chars = 0
  }
  for (const fact of facts) {
    const line = JSON.stringify(fact)
    lines.push(line)
    chars += line.length + 1
    count++
    if (chars >= WRITE_CHARS) flush()
  }
  flush()
  return count
}

/** Maps a list lazily. */
function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item)
}

/** Partitions and sorted runs as files of the spill folder. */
const diskStore = (dir: string): OccasionStore => ({
  partitions: (name, count) => new DiskPartitions(dir, name, count),
  runs: (name) => diskRuns(dir, name),
})

/**
 * Finishes a build whose drafts were spilled to disk (`dir`, the staging folder's spill folder): figures are merged
 * a claim partition at a time, given unique ids, derived and sorted by id through sorted runs; agreements and
 * occasions are merged through partitions and sorted runs too (`mergeSpilledOccasions`). Each list is written
 * validated to `dir/<list>.jsonl` and read back from there by each writer. With a curation, every fact is read back
 * into memory and finished there, since a curation may touch any fact (such builds are the small, hand-checked ones).
 */
export function finishSpilledFacts(
  collected: CollectedArticles,
  spill: DraftSpill,
  curation: Curation | null,
  inputIssues: readonly PipelineIssue[],
  dir: string,
): FactStreams {
  const { issues } = collected.collector.finish()
  const allIssues = [...inputIssues, ...collected.readIssues, ...issues]
  const figures = sortedFigures(spill, dir)
  if (curation) {
    const all = [...figures.sorted()].map((ranked) => ranked.figure)
    const occasions = mergeOccasions([...spill.occasions.eventDrafts()], [...spill.occasions.agreementDrafts()])
    return streamsOf(finishMerged({ ...occasions, figures: all }, collected, curation, allIssues))
  }
  const finished = finishMerged({ figures: [], agreements: [], events: [] }, collected, null, allIssues)
  const files: FactFiles = {
    figures: join(dir, 'figures.jsonl'),
    agreements: join(dir, 'agreements.jsonl'),
    events: join(dir, 'events.jsonl'),
  }
  const check = new FactChecker(collected.metas)
  const normalised = mapped(figures.sorted(), ({ figure }) => withHorizonTerms([figure])[0] ?? figure)
  const figureCount = writeJsonLines(files.figures, check.valid(normalised, figureSchema, 'figure'))
  const occasions = mergeSpilledOccasions(spill.occasions, diskStore(dir))
  const agreementCount = writeJsonLines(
    files.agreements,
    check.valid(occasions.agreements(), agreementSchema, 'agreement'),
  )
  const eventCount = writeJsonLines(files.events, check.valid(occasions.events(), eventSchema, 'event'))
  return {
    ...streamsOf({ ...finished, issues: byFile([...finished.issues, ...check.issues]) }),
    ...factReaders(files),
    counts: { figures: figureCount, agreements: agreementCount, events: eventCount },
    files,
  }
}
