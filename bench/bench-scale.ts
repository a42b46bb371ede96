import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCorpus } from './synthetic-corpus'

// `npm run bench:scale [-- --sizes 1000,10000 --workers 1,2]`: writes synthetic corpora to a temp folder and builds
// each with the real CLI in a child process, so every row's peak RSS (GNU time's maximum resident set, which counts
// the worker threads) is its own. Browser views at each size are a later step: `measureViews` is the hook.

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return (at >= 0 ? process.argv[at + 1] : undefined) ?? fallback
}
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number)
const WORKERS = arg('workers', '1,2').split(',').map(Number)

interface Row {
  size: number
  workers: number
  seconds: number
  peakMb: number
  datasetMb: number
}

/** Writes `size` synthetic articles into a new folder,. */
function writeCorpus(root: string, size: number): string {
  const dir = join(root, `corpus-${size}`)
  mkdirSync(dir)
  for (const { file, text } of generateCorpus(size)) writeFileSync(join(dir, file), text)
  return dir
}

/** Builds one corpus with the CLI under GNU time; returns wall time and the peak RSS of the build process. */
function build(input: string, out: string, workers: number): Omit<Row, 'size' | 'workers'> {
  const args = ['-f', '%e %M', 'node', '--import', 'tsx', 'src/pipeline/run.ts', '--in', input, '--out', out]
  const run = spawnSync('/usr/bin/time', [...args, '--workers', `${workers}`], { encoding: 'utf8', maxBuffer: 1 << 30 })
  const last = run.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds, kb] = last.split(' ').map(Number)
  if (run.status !== 0 || seconds === undefined || kb === undefined)
    throw new Error(`build failed: ${run.stderr.slice(-2000)}`)
  return { seconds, peakMb: kb / 1024, datasetMb: statSync(join(out, 'dataset.json')).size / 1024 / 1024 }
}

/** Hook for the browser half: measure each view in Chromium against `out` (not yet written). */
const measureViews = (_out: string, _size: number): void => undefined

const root = mkdtempSync(join(tmpdir(), 'corridor-watch-scale-'))
const rows: Row[] = []
try {
  for (const size of SIZES) {
    const input = writeCorpus(root, size)
    for (const workers of WORKERS) {
      const out = join(root, `out-${size}-${workers}`)
      rows.push({ size, workers, ...build(input, out, workers) })
      const row = rows.at(-1)!
      console.error(`${size} articles, ${workers} workers: ${row.seconds} s, ${row.peakMb.toFixed(0)} MB peak`)
      measureViews(out, size)
      rmSync(out, { recursive: true, force: true })
    }
    rmSync(input, { recursive: true, force: true })
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}

const table = [
  '| articles | workers | build (s) | articles/s | peak RSS (MB) | dataset.json (MB) |',
  '| -------: | ------: | --------: | ---------: | ------------: | ----------------: |',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.workers} | ${r.seconds.toFixed(1)} | ${Math.round(r.size / r.seconds)} | ${r.peakMb.toFixed(0)} | ${r.datasetMb.toFixed(1)} |`,
  ),
]
console.log(`bench:scale on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
console.log(table.join('\n'))
