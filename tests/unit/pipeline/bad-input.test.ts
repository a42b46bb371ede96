import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, type BuildResult } from '../../../src/pipeline/build-dataset'
import { emitDataset } from '../../../src/pipeline/stages/emit'
import { MAX_ARTICLE_CHARS } from '../../../src/pipeline/stages/ingest'
import type { RawFile } from '../../../src/pipeline/types'
import { factsFromArticle, findArticle, readTextFiles, SEEDS_DIR, toRawFiles } from '../../support/pipeline'

const seeds = readTextFiles(SEEDS_DIR)
const seed = (prefix: string): RawFile => {
  const found = seeds.find((raw) => raw.file.startsWith(prefix))
  if (!found) throw new Error(`seed ${prefix} is missing`)
  return found
}
const GOOD_TR = seed('000_') // the Middle Corridor cargo volume to triple by 2030
const GOOD_TR_15 = seed('001_') // 15 agreements, 4.5 Mt on the Trans-Caspian route

const TURKISH_1254 = [
  " date 2025-04-02 İzmir'den Orta Asya'ya yeni blok tren seferi",
  '',
  "Türkiye Cumhuriyeti Devlet Demiryolları, İzmir'den Kazakistan'ın Aktau limanına uzanan yeni bir blok tren seferi başlattı. İlk trenin yaklaşık 12 günde varış noktasına ulaşması bekleniyor.",
  '',
  "Yetkililer, hattın yıllık 500 bin ton yük taşıma kapasitesine sahip olacağını, sefer sayısının talep doğrultusunda artırılacağını belirtti. Geçen yıl İzmir üzerinden Orta Asya'ya gönderilen yük miktarı yüzde 24 artmıştı.",
  '',
].join('\n')

// A real paragraph (seed 003), repeated past 5 MB: long input must build its first 500,000 characters, not hang.
const PARAGRAPH =
  'Enerji alanındaki projeler de önemli bir gündem maddesiydi. Türkmenistan’ın büyük doğalgaz rezervleri, Kazakistan için önemli bir işbirliği fırsatı sunuyor ve bu da bölgesel enerji güvenliğinin güçlendirilmesi açısından önemli görülüyor.\n\n'
const HUGE = ` date 2025-05-05 Hazar bölgesinde enerji işbirliği\n\n${PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length))}`

/** Fills bytes from a fixed linear congruential sequence, every 7th byte a NUL, so the "binary" file never changes. */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 12345
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = i % 7 === 0 ? 0 : state >>> 24
  }
  return bytes
}

const EMPTY: RawFile = { file: 'empty.txt', bytes: new Uint8Array() }
const BINARY: RawFile = { file: 'binary.txt', bytes: binaryBytes(4096) }
const BAD: RawFile[] = [
  EMPTY,
  BINARY,
  { file: 'windows-1254.txt', bytes: new Uint8Array(iconv.encode(TURKISH_1254, 'windows-1254')) },
  ...toRawFiles([
    { file: 'header-only.txt', text: ' date 2025-01-01 Başlık' },
    { file: 'huge.txt', text: HUGE },
  ]),
  { file: 'zz-duplicate.txt', bytes: GOOD_TR.bytes },
]

describe('buildDataset(bad input mixed with good articles)', () => {
  let result: BuildResult
  beforeAll(() => {
    result = buildDataset([...BAD, GOOD_TR, GOOD_TR_15])
  }, 120_000)

  const issuesOf = (file: string) => result.dataset.issues.filter((issue) => issue.file === file)

  it.each([
    ['empty.txt', /empty/i],
    ['binary.txt', /binary/i],
    ['header-only.txt', /no body|header/i],
    ['zz-duplicate.txt', /duplicate/i],
  ])('reports %s with the reason %s', (file, reason) => {
    expect(issuesOf(file).map((issue) => issue.message)).toContainEqual(expect.stringMatching(reason))
  })

  it('builds no article from the empty, binary or header-only file', () => {
    for (const file of ['empty.txt', 'binary.txt', 'header-only.txt']) {
      expect(findArticle(result.dataset, file), file).toBeUndefined()
    }
  })

  it('keeps one copy of the duplicated article', () => {
    const copies = result.dataset.articles.filter(
      (article) => article.text === findArticle(result.dataset, GOOD_TR.file)?.text,
    )
    expect(copies).toHaveLength(1)
  })

  it('decodes the Windows-1254 article with its Turkish letters intact and at most a warning', () => {
    const text = findArticle(result.dataset, 'windows-1254.txt')?.text ?? ''
    for (const word of ["İzmir'den", "Kazakistan'ın", 'başlattı', 'doğrultusunda', 'Geçen yıl']) {
      expect(text).toContain(word)
    }
    expect(text).not.toContain('\uFFFD')
    expect(issuesOf('windows-1254.txt').filter((issue) => issue.severity === 'error')).toEqual([])
  })

  it('builds the 5 MB article up to the size limit, with a warning', () => {
    expect(findArticle(result.dataset, 'huge.txt')?.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9)
    expect(issuesOf('huge.txt')).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/too long/) }))
  })

  it('keeps both good articles with their facts', () => {
    const tripled = findArticle(result.dataset, GOOD_TR.file)
    const fifteen = findArticle(result.dataset, GOOD_TR_15.file)
    if (!tripled || !fifteen) throw new Error('a good seed article is missing from the dataset')
    const cargo = factsFromArticle(result.dataset, tripled.id).figures
    expect(cargo.some((f) => f.value === 3 && f.unit === 'multiplier' && f.deadline === '2030')).toBe(true)
    const facts = factsFromArticle(result.dataset, fifteen.id)
    expect(facts.figures.some((f) => f.value === 4_500_000 && f.unit === 't' && f.year === 2024)).toBe(true)
    expect(facts.agreements.some((a) => a.count === 15)).toBe(true)
  })
})

describe('run.ts (the build:data CLI)', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-'))
    dirs.push(dir)
    return dir
  }
  const folderWith = (files: readonly RawFile[]) => {
    const dir = tempDir()
    for (const { file, bytes } of files) writeFileSync(join(dir, file), bytes)
    return dir
  }
  const run = (...args: string[]) => {
    const out = spawnSync('npx', ['tsx', 'src/pipeline/run.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
    return { status: out.status, output: `${out.stdout}${out.stderr}` }
  }
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('builds a folder with one good and one empty file, naming the empty one', () => {
    const out = tempDir()
    const { status, output } = run('--in', folderWith([GOOD_TR, EMPTY]), '--out', out)
    expect(status, output).toBe(0)
    expect(output).toContain('empty.txt')
    expect(readdirSync(out).sort()).toEqual([
      'agreements.az.csv',
      'agreements.csv',
      'agreements.tr.csv',
      'articles',
      'dataset.json',
      'dataset.schema.json',
      'facts.json',
      'figures.az.csv',
      'figures.csv',
      'figures.tr.csv',
      'occasions.az.csv',
      'occasions.csv',
      'occasions.tr.csv',
      'search',
      'views',
    ])
    expect(readdirSync(join(out, 'articles'))).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 })
  }, 60_000)

  it('fails with a message when no file in the folder is usable', () => {
    const { status, output } = run('--in', folderWith([EMPTY, BINARY]), '--out', tempDir())
    expect(status).not.toBe(0)
    expect(output).toMatch(/no usable|no article/i)
  }, 60_000)

  it('fails with a usage message on an unknown flag', () => {
    const { status, output } = run('--colour', 'blue')
    expect(status).not.toBe(0)
    expect(output).toMatch(/usage/i)
  }, 60_000)
})

describe('emitDataset(buildDataset(seeds))', () => {
  it('gives byte-identical files on a second build, whatever the input order', () => {
    const first = emitDataset(buildDataset(seeds).dataset)
    const second = emitDataset(buildDataset([...seeds].reverse()).dataset)
    expect([...second.keys()]).toEqual([...first.keys()])
    for (const [path, content] of first) expect(second.get(path), path).toBe(content)
  })
})
