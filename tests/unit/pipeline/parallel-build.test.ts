import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../bench/synthetic-corpus'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import { emitDatasetCsv } from '../../../src/lib/dataset-csv-files'
import { emitDataset } from '../../../src/pipeline/stages/emit'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-parallel-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Every file under an output folder, by relative path. */
function readTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) for (const [inner, text] of readTree(dir, path)) files.set(inner, text)
    else files.set(path, readFileSync(join(dir, path), 'utf8'))
  }
  return files
}

describe('run.ts --workers N', () => {
  // Synthetic articles plus the seeds, a duplicate of one seed and two files whose stems collide.
  const input = tempDir()
  for (const { file, text } of generateCorpus(40)) writeFileSync(join(input, file), text)
  for (const file of readdirSync('seeds').filter((name) => name.endsWith('.txt'))) {
    writeFileSync(join(input, file), readFileSync(join('seeds', file)))
  }
  writeFileSync(join(input, 'zz-copy.txt'), readFileSync(join('seeds', '001_f252e9742af12d5d.txt')))
  writeFileSync(join(input, 'zz-copy.html'), '<p>Bakü, 3 Mart 2025. Azerbaycan ile Kazakistan 5 anlaşma imzaladı.</p>')

  const build = (workers: number) => {
    const out = tempDir()
    const run = spawnSync(
      'npx',
      ['tsx', 'src/pipeline/run.ts', '--in', input, '--out', out, '--workers', `${workers}`],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0)
    return readTree(out)
  }

  it('writes byte-identical files with 0 (this thread), 1 and 2 workers, the same as buildDataset + emitDataset (+ the CSV downloads)', () => {
    const files = readdirSync(input).map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(input, file))) }))
    const { dataset } = buildDataset(files)
    const expected = emitDataset(dataset)
    // the CSV downloads beside the JSON, from the same facts (the child build reads the same SOURCE_DATE_EPOCH)
    for (const [name, text] of emitDatasetCsv(dataset, process.env.SOURCE_DATE_EPOCH)) expected.set(name, text)
    // the search index (search/…) has no in-memory twin: it must be the same bytes whatever the number of workers
    let searchIndex: Map<string, string> | null = null
    for (const workers of [0, 1, 2]) {
      const written = build(workers)
      const search = new Map([...written].filter(([path]) => path.startsWith('search/')))
      const rest = [...written.keys()].filter((path) => !search.has(path))
      expect(rest.sort(), `workers ${workers}`).toEqual([...expected.keys()].sort())
      for (const [path, text] of expected) expect(written.get(path), `${path} with ${workers} workers`).toBe(text)
      expect(search.has('search/manifest.json')).toBe(true)
      searchIndex ??= search
      expect(search, `search index with ${workers} workers`).toEqual(searchIndex)
    }
  }, 300_000)
})
