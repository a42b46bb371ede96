import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { runSearch, type SearchSource } from '../src/features/search/lib/run-search'
import { RESULT_LIMIT } from '../src/features/search/search-queries'
import { SEARCH_DIR, SHARD_OPTIONS, shardFile, type SearchDoc } from '../src/schema/search-index'
import { generateCorpus } from './synthetic-corpus'

// `npm run bench:search [-- --data public/data] [-- --size 10000]`: the search index's size (raw and gzip, total and
// largest shard) and the bytes the first query of a few words downloads, from a built data folder or a synthetic
// corpus of `size` articles built with the real CLI.

const { values } = parseArgs({ options: { data: { type: 'string' }, size: { type: 'string' } } })
const QUERIES = ['Türkmenistan', 'AZƏRBAYCAN ticarət', 'demiryolu', 'Kazakhstan freight', 'Каспийский', 'ko']

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length

function sizes(dir: string) {
  let raw = 0
  let gzip = 0
  let files = 0
  let largest = { raw: 0, gzip: 0, name: '' }
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const bytes = readFileSync(path)
        const zipped = gz(bytes)
        raw += bytes.length
        gzip += zipped
        files += 1
        if (path.includes('/shards/') && zipped > largest.gzip) largest = { raw: bytes.length, gzip: zipped, name }
      }
    }
  }
  walk(dir)
  return { raw, gzip, files, largest }
}

/** Reads the index from a folder, adding up what each query opens. */
function fileSource(data: string): SearchSource & { bytes: { raw: number; gzip: number }; files: number } {
  const seen = new Set<string>()
  const source = {
    bytes: { raw: 0, gzip: 0 },
    files: 0,
    read(path: string) {
      const bytes = readFileSync(join(data, path))
      if (!seen.has(path)) {
        seen.add(path)
        source.bytes.raw += bytes.length
        source.bytes.gzip += gz(bytes)
        source.files += 1
      }
      return bytes.toString('utf8')
    },
    manifest: async () => JSON.parse(source.read(`${SEARCH_DIR}/manifest.json`)),
    shard: async (index: number) => MiniSearch.loadJSON(source.read(shardFile(index)), SHARD_OPTIONS),
    chunk: async (file: string) => JSON.parse(source.read(file)) as SearchDoc[],
  }
  return source
}

let data = values.data ?? 'public/data'
let cleanup = () => {}
if (values.size) {
  const root = mkdtempSync(join(tmpdir(), 'corridor-watch-search-'))
  cleanup = () => rmSync(root, { recursive: true, force: true })
  const input = join(root, 'in')
  mkdirSync(input)
  for (const { file, text } of generateCorpus(Number(values.size))) writeFileSync(join(input, file), text)
  data = join(root, 'out')
  const started = performance.now()
  execFileSync('npx', ['tsx', 'src/pipeline/run.ts', '--in', input, '--out', data], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  console.log(`built ${values.size} synthetic articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
try {
  const manifest = JSON.parse(readFileSync(join(data, SEARCH_DIR, 'manifest.json'), 'utf8'))
  const all = sizes(join(data, SEARCH_DIR))
  const manifestBytes = readFileSync(join(data, SEARCH_DIR, 'manifest.json'))
  console.log(`documents ${manifest.documentCount}, shards ${manifest.keys.length}, files ${all.files}`)
  console.log(`index total ${kb(all.raw)} raw, ${kb(all.gzip)} gzip`)
  console.log(`largest shard ${all.largest.name}: ${kb(all.largest.raw)} raw, ${kb(all.largest.gzip)} gzip`)
  console.log(`manifest ${kb(manifestBytes.length)} raw, ${kb(gz(manifestBytes))} gzip`)
  console.log('| query | results | files | raw | gzip |')
  for (const query of QUERIES) {
    const source = fileSource(data)
    const outcome = await runSearch(query, source, RESULT_LIMIT)
    console.log(
      `| ${query} | ${outcome.total} | ${source.files} | ${kb(source.bytes.raw)} | ${kb(source.bytes.gzip)} |`,
    )
  }
} finally {
  cleanup()
}
