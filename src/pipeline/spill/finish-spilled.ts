import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { figureSchema, type Figure } from '../../schema/dataset'
import type { Curation } from '../stages/curate'
import { withHorizonTerms } from '../stages/normalise-horizon'
import { finishMerged, streamsOf, type CollectedArticles, type FactStreams } from '../stream/finish-facts'
import type { PipelineIssue } from '../types'
import { deriveSpilled } from './derive-spilled'
import { DiskPartitions, diskRuns, readLines } from './disk-partitions'
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

/** Writes figures in order to a file, one validated JSON line each; returns how many. */
function writeFigureLines(path: string, figures: Iterable<RankedFigure>): number {
  const lines: string[] = []
  let count = 0
  writeFileSync(path, '')
  for (const { figure } of figures) {
    lines.push(JSON.stringify(figureSchema.parse(withHorizonTerms([figure])[0])))
    count++
    // a few thousand lines at a time: the file is the list, memory holds a block of it
    if (lines.length === 4096) writeFileSync(path, `${lines.splice(0).join('\n')}\n`, { flag: 'a' })
  }
  if (lines.length > 0) writeFileSync(path, `${lines.join('\n')}\n`, { flag: 'a' })
  return count
}

/**
 * Finishes a build whose figure drafts were spilled to disk (`dir`, the staging folder's spill folder): figures are
 * merged a claim partition at a time, given unique ids, derived and sorted by id through sorted runs, then written
 * validated to `dir/figures.jsonl` and read back from there by each writer. Agreements and occasions are merged in
 * memory, as `finishFacts` does. With a curation, every figure is read back into memory and finished there, since
 * a curation may touch any fact (such builds are the small, hand-checked ones).
 */
export function finishSpilledFacts(
  collected: CollectedArticles,
  spill: DraftSpill,
  curation: Curation | null,
  inputIssues: readonly PipelineIssue[],
  dir: string,
): FactStreams {
  const { facts, issues } = collected.collector.finish()
  const allIssues = [...inputIssues, ...collected.readIssues, ...issues]
  const figures = sortedFigures(spill, dir)
  if (curation) {
    const all = [...figures.sorted()].map((ranked) => ranked.figure)
    return streamsOf(finishMerged({ ...facts, figures: all }, collected, curation, allIssues))
  }
  const finished = finishMerged({ ...facts, figures: [] }, collected, null, allIssues)
  const path = join(dir, 'figures.jsonl')
  const count = writeFigureLines(path, figures.sorted())
  const read = function* () {
    for (const line of readLines(path)) yield JSON.parse(line) as Figure
  }
  return { ...streamsOf(finished), figures: read, counts: { ...streamsOf(finished).counts, figures: count } }
}
