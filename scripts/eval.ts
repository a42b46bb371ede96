/**
 * `npm run eval`: builds the development corpus (../shared/corpus/articles) in memory, scores it with the shared
 * scorer (../shared/tools/score-extraction.mjs) and prints its table, plus what the scorer does not check: the
 * publication date and headline of every article, and every gold noise line that survived cleaning.
 *
 *   npm run eval                 # the table
 *   npm run eval -- --verbose    # also every miss, false item and wrong field, and every header or noise miss
 *   npm run eval -- --json       # one JSON line (what the regression guard reads)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildDataset } from '../src/pipeline/build-dataset'
import { readTextFiles } from '../tests/support/pipeline'

const CORPUS = process.env.CORPUS_DIR ?? '../shared/corpus'
const SCORER = process.env.SCORER ?? '../shared/tools/score-extraction.mjs'

interface GoldArticle {
  file: string
  published: string | null
  title: string
  noise?: string[]
}

const verbose = process.argv.includes('--verbose')
const asJson = process.argv.includes('--json')

const gold: GoldArticle[] = readdirSync(join(CORPUS, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(CORPUS, 'gold', f), 'utf8')) as GoldArticle[])
const { dataset } = buildDataset(readTextFiles(join(CORPUS, 'articles')))

const dir = mkdtempSync(join(tmpdir(), 'corridor-eval-'))
const datasetPath = join(dir, 'dataset.json')
writeFileSync(datasetPath, JSON.stringify(dataset))
const score = (...flags: string[]) =>
  execFileSync('node', [SCORER, datasetPath, join(CORPUS, 'gold'), ...flags], { encoding: 'utf8' })

/**
 * Whether a gold noise line is still in the cleaned text: as a whole line, or (when long enough that it cannot be
 * a coincidence) anywhere. A bare substring test counted short clutter such as "X", "Газ" or "Турция" as left
 * whenever the body used that word.
 */
const MIN_SUBSTRING_NOISE_CHARS = 25
const survives = (line: string, text: string) =>
  text.split('\n').some((l) => l.trim() === line) || (line.length >= MIN_SUBSTRING_NOISE_CHARS && text.includes(line))

const headerMisses: string[] = []
let dates = 0
let titles = 0
let noiseLeft = 0
let noiseTotal = 0
for (const g of gold) {
  const article = dataset.articles.find((a) => a.file === g.file)
  if (article?.published === g.published) dates++
  else headerMisses.push(`DATE ${g.file}: ${article?.published ?? 'null'} ≠ ${g.published ?? 'null'}`)
  if (article?.title === g.title) titles++
  else headerMisses.push(`TITLE ${g.file}: «${article?.title ?? ''}» ≠ «${g.title}»`)
  for (const line of g.noise ?? []) {
    noiseTotal++
    if (article && survives(line.trim(), article.text)) {
      noiseLeft++
      headerMisses.push(`NOISE ${g.file}: «${line}»`)
    }
  }
}
const headers = { articles: gold.length, dates, titles, noiseLeft, noiseTotal }

try {
  if (asJson) {
    const result = JSON.parse(score('--json').trim().split('\n')[0] ?? '{}') as object
    console.log(JSON.stringify({ ...result, headers }))
  } else {
    process.stdout.write(score(...(verbose ? ['--verbose'] : [])))
    if (verbose) for (const line of headerMisses) console.log(line)
    console.log(
      `headers: date ${dates}/${gold.length}, headline ${titles}/${gold.length}; noise lines left ${noiseLeft}/${noiseTotal}`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
