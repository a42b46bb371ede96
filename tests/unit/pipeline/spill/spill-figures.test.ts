import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../../bench/synthetic-corpus'
import type { Figure } from '../../../../src/schema/dataset'
import { deriveSpilled } from '../../../../src/pipeline/spill/derive-spilled'
import { memoryPartitions } from '../../../../src/pipeline/spill/partitioned-lines'
import { memoryRuns } from '../../../../src/pipeline/spill/sorted-runs'
import { DraftSpill } from '../../../../src/pipeline/spill/spill-figures'
import { ArticleCollector, type DraftSink } from '../../../../src/pipeline/stream/collect-articles'
import { processArticle } from '../../../../src/pipeline/stream/process-article'

const FILES = generateCorpus(80).map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) }))
// the per-article stage once: each collector below reads the same results (collecting never changes them)
const RESULTS = FILES.map(processArticle)
const byId = (a: Figure, b: Figure) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Collects the corpus; figure drafts go to the sink when one is given. */
function collect(sink: DraftSink | null) {
  const collector = new ArticleCollector(
    FILES.map((raw) => raw.file),
    sink,
  )
  for (const result of RESULTS) collector.accept(result)
  return collector.finish().facts
}

describe('DraftSpill and deriveSpilled', () => {
  const inMemory = collect(null)

  it.each([[1], [4], [16]])('give the facts one merge in memory gives, with %i partitions', (partitions) => {
    const spill = new DraftSpill(memoryPartitions(partitions), memoryPartitions(2))
    const { figures, agreements, events } = collect(spill)
    // every draft waits in the spill: agreements and occasions merge there too (merge-spilled-occasions.test.ts)
    expect({ figures, agreements, events }).toEqual({ figures: [], agreements: [], events: [] })
    const stated = [...spill.stated(memoryRuns())]
    const derived = deriveSpilled(() => stated)
    expect(derived.length).toBeGreaterThan(0) // the corpus states multipliers and growth rates
    const spilled = [...stated.map((ranked) => ranked.figure), ...derived]
    expect(spilled.sort(byId)).toEqual([...inMemory.figures].sort(byId))
  })

  it.each([[1], [8]])('derive in the in-memory order with the groups in %i partitions', (partitions) => {
    const spill = new DraftSpill(memoryPartitions(4), memoryPartitions(2))
    collect(spill)
    const stated = [...spill.stated(memoryRuns())].reverse() // read in any order
    const derived = deriveSpilled(() => stated, memoryPartitions(partitions))
    expect(derived).toEqual(inMemory.figures.filter((figure) => figure.derived !== null))
  })
})
