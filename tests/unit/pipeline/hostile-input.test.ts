import { spawnSync } from 'node:child_process'
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, type BuildResult } from '../../../src/pipeline/build-dataset'
import { readInputFolder, type InputFileSystem } from '../../../src/pipeline/read-input'
import { parseCuration } from '../../../src/pipeline/stages/curate'
import { emitDataset } from '../../../src/pipeline/stages/emit'
import type { Dataset, FactsFile } from '../../../src/schema/dataset'
import { findArticle, provenanceErrors } from '../../support/pipeline'
import { HOSTILE_CORPUS as corpus, writeHostileCorpus } from './hostile-corpus'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-hostile-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** The real file system, except that reading `unreadable` fails as a chmod 000 file does for a user who isn't root. */
const failingOn = (unreadable: string): InputFileSystem => ({
  readdir: (dir) => readdir(dir),
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  readFile: async (path) => {
    if (path.endsWith(`/${unreadable}`)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' })
    }
    return new Uint8Array(await readFile(path))
  },
})

/** Reads the corpus folder and builds it in-process, the way run.ts does. */
async function buildFolder(dir: string, fs: InputFileSystem) {
  const input = await readInputFolder(dir, fs)
  if (input.curation === null || 'error' in input.curation) throw new Error('the corpus has a readable curation file')
  const curation = parseCuration(new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.curation.bytes), 'c.json')
  return { input, result: buildDataset(input.files, curation, input.issues) }
}

describe('build of the hostile-input corpus', () => {
  let dir: string
  let result: BuildResult
  let dataset: Dataset
  let files: Map<string, string>
  let companions: string[]
  beforeAll(async () => {
    dir = tempDir()
    writeHostileCorpus(dir, tempDir())
    const built = await buildFolder(dir, failingOn(corpus.unreadable))
    result = built.result
    companions = built.input.companions
    dataset = result.dataset
    files = emitDataset(dataset)
  }, 120_000)

  const messagesOf = (file: string) => dataset.issues.filter((issue) => issue.file === file).map((i) => i.message)

  it('builds every good article, each with its own text', () => {
    for (const { file, contains } of corpus.good) expect(findArticle(dataset, file)?.text, file).toContain(contains)
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(corpus.good.map((g) => g.file).sort())
  })

  it('gives the three files with the stem "dup" three ids, the first by name keeping it', () => {
    const ids = dataset.articles.map((article) => article.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(findArticle(dataset, 'dup.html')?.id).toBe('dup')
    expect(findArticle(dataset, 'dup.txt')?.id).toMatch(/^dup-\w{7}$/)
    expect(findArticle(dataset, 'x\\dup.txt')?.id).toMatch(/^dup-\w{7}$/)
  })

  it('writes one article file per article, each holding that article', () => {
    const articleFiles = [...files.keys()].filter((path) => path.startsWith('articles/'))
    expect(articleFiles).toHaveLength(dataset.articles.length)
    for (const article of dataset.articles) {
      expect(JSON.parse(files.get(`articles/${article.id}.json`) ?? '{}'), article.file).toEqual(article)
    }
  })

  it.each(corpus.reported)('reports $file by name and reason: $severity $message', ({ file, severity, message }) => {
    expect(findArticle(dataset, file), file).toBeUndefined()
    expect(dataset.issues, file).toContainEqual({ file, severity, message: expect.stringMatching(message) })
  })

  it.each(corpus.warned)('builds $file with the warning $message', ({ file, message }) => {
    expect(messagesOf(file)).toContainEqual(expect.stringMatching(message))
  })

  it('names the checksum file as a companion, not an issue', () => {
    expect(companions).toEqual(['SHA256SUMS'])
    expect(messagesOf('SHA256SUMS')).toEqual([])
  })

  it('keeps markup out of the text and the facts', () => {
    for (const article of dataset.articles) {
      expect(article.text, article.file).not.toMatch(/<\/?(?:script|style|p|a|h1|html)\b|\]\(|```|&amp;|var total/)
    }
    const labels = dataset.figures.flatMap((figure) => [figure.metric, figure.label.toLowerCase()])
    expect(labels.filter((label) => /script|link|total|width/.test(label))).toEqual([])
  })

  it('strips bidirectional controls from every text and title', () => {
    for (const article of dataset.articles) {
      expect(`${article.title}${article.text}`, article.file).not.toMatch(
        /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
      )
    }
  })

  it('keeps every quote exact in the cleaned text', () => {
    expect(provenanceErrors(dataset)).toEqual([])
  })

  it('bounds the 5 MB page of numbers: at most 200 figures from it and a small facts.json', () => {
    const huge = findArticle(dataset, 'huge.txt')
    const fromHuge = dataset.figures.filter((f) => f.sources.some((s) => s.articleId === huge?.id))
    const sources = fromHuge.flatMap((f) => f.sources)
    expect(sources.length).toBeLessThanOrEqual(200)
    expect(huge?.text.length).toBeLessThanOrEqual(500_000)
    expect(Buffer.byteLength(files.get('facts.json') ?? '')).toBeLessThan(1_000_000)
  })

  it('applies the curation file despite its BOM, to the article that kept the id', () => {
    const added = dataset.agreements.find((agreement) => agreement.id.startsWith('curated-'))
    expect(added?.sources[0]?.articleId).toBe('dup')
  })

  it('gives the same bytes on a second build', async () => {
    const again = emitDataset((await buildFolder(dir, failingOn(corpus.unreadable))).result.dataset)
    expect([...again.keys()]).toEqual([...files.keys()])
    for (const [path, content] of files) expect(again.get(path), path).toBe(content)
  }, 120_000)
})

describe('run.ts on the hostile-input corpus', () => {
  it('exits 0, writes every good article and names every skipped file on the console', () => {
    const dir = tempDir()
    const out = tempDir()
    writeHostileCorpus(dir, tempDir())
    // As root (CI) the file stays readable; as any other user chmod 000 makes its read fail for real.
    const isRoot = process.getuid?.() === 0
    if (!isRoot) chmodSync(join(dir, corpus.unreadable), 0o000)
    const run = spawnSync('npx', ['tsx', 'src/pipeline/run.ts', '--in', dir, '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    const output = `${run.stdout}${run.stderr}`
    expect(run.status, output).toBe(0)
    const skipped = corpus.reported.filter((r) => isRoot === false || r.file !== corpus.unreadable)
    for (const { file } of skipped) expect(output, file).toContain(`${file}: `)
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')) as FactsFile
    const articleFiles = readdirSync(join(out, 'articles'))
    expect(articleFiles).toHaveLength(facts.articles.length)
    expect(facts.articles.length).toBe(corpus.good.length + (isRoot ? 1 : 0))
    expect(lstatSync(join(out, 'facts.json')).size).toBeLessThan(1_000_000)
  }, 120_000)
})
