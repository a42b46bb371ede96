import { performance } from 'node:perf_hooks'
import { buildDataset } from '../src/pipeline/build-dataset'
import { emitDataset } from '../src/pipeline/stages/emit'
import type { RawFile } from '../src/pipeline/types'
import { generateCorpus } from './synthetic-corpus'

/** Corpus sizes, smallest first (the peak RSS only grows, so each row's peak is its own); `-- 500 1000` overrides. */
const argSizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0)
const SIZES = argSizes.length > 0 ? argSizes.sort((a, b) => a - b) : [2_500, 5_000, 10_000]
/** A small build run first and thrown away. */
const WARM_UP = 300
/** The throughput the pipeline should keep up on a corpus of any of these sizes. */
const TARGET_PER_SECOND = 2_000

const MB = 1024 * 1024
const mb = (bytes: number) => (bytes / MB).toFixed(1)
// Present only under `node --expose-gc` (NODE_OPTIONS=--expose-gc npm run bench:data): a clean heap per row.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

interface Row {
  articles: number
  seconds: number
  heapUsed: number
  heapDelta: number
  rssPeak: number
  datasetBytes: number
  facts: number
  issues: number
}

/** Builds one corpus of `size` articles and measures the build alone (generation and encoding are not timed). */
function measure(size: number): Row {
  const encoder = new TextEncoder()
  const files: RawFile[] = generateCorpus(size).map(({ file, text }) => ({ file, bytes: encoder.encode(text) }))
  collectGarbage()
  const heapBefore = process.memoryUsage().heapUsed
  const start = performance.now()
  const { dataset } = buildDataset(files)
  const seconds = (performance.now() - start) / 1000
  // buildDataset is synchronous, so memory can't be sampled during it: heap is read with the result still alive.
  const heapUsed = process.memoryUsage().heapUsed
  const datasetJson = emitDataset(dataset).get('dataset.json') ?? ''
  return {
    articles: dataset.articles.length,
    seconds,
    heapUsed,
    heapDelta: heapUsed - heapBefore,
    rssPeak: process.resourceUsage().maxRSS * 1024,
    datasetBytes: Buffer.byteLength(datasetJson),
    facts: dataset.figures.length + dataset.agreements.length + dataset.events.length,
    issues: dataset.issues.length,
  }
}

/** Formats the rows as a Markdown table. */
function toTable(rows: readonly (Row & { size: number })[]): string {
  const lines = [
    '| input files | articles built | build time (s) | articles/s | heap after (MB) | heap growth (MB) | peak RSS (MB) | dataset.json (MB) | facts | issues |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const r of rows) {
    const rate = Math.round(r.size / r.seconds)
    const cells = [r.size, r.articles, r.seconds.toFixed(2), `${rate}${rate < TARGET_PER_SECOND ? ' ⚠' : ''}`]
    cells.push(mb(r.heapUsed), mb(r.heapDelta), mb(r.rssPeak), mb(r.datasetBytes), r.facts, r.issues)
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

measure(WARM_UP) // compiles the hot paths first, so the first row measures the pipeline rather than the JIT
const rows = SIZES.map((size) => ({ size, ...measure(size) }))
console.log(`bench:data on Node ${process.version}, ${new Date().toISOString()}\n`)
console.log(toTable(rows))
console.log(`\ntarget: ≥ ${TARGET_PER_SECOND} articles/s (⚠ marks a row below it)`)
