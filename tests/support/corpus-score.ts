/**
 * Builds a corpus folder (`articles/*.txt` with `gold/<lang>.json` beside it) in memory and scores it with the shared
 * scorer (../shared/tools/score-extraction.mjs): the regression guards on extraction quality read their numbers here.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildDataset } from '../../src/pipeline/build-dataset'
import type { Dataset } from '../../src/schema/dataset'
import { readTextFiles } from './pipeline'

const SCORER = '../shared/tools/score-extraction.mjs'

export interface Tally {
  gold: number
  found: number
  units: number
  correct: number
}
export interface Score {
  figures: Tally
  events: Tally
  agreements: Tally
  byLanguage: Record<string, Tally>
  occasions: { recordsPerOccasion: number }
  documents: { recordsPerDocument: number }
}
export interface GoldArticle {
  file: string
  language: string
  published: string | null
  title: string
  noise?: string[]
  figures: unknown[]
  events: unknown[]
  agreements: unknown[]
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole)
export const recall = (t: Tally) => percent(t.found, t.gold)
export const precision = (t: Tally) => percent(t.correct, t.units)

/** A corpus built and ready to score: the whole gold, its figures alone (per-language figure numbers), and headers. */
export interface ScoredCorpus {
  dataset: Dataset
  gold: GoldArticle[]
  /** Every type, strict. */
  all: () => Score
  /** Figures alone: the scorer's language rows mix all types. */
  figuresOnly: () => Score
  /** Publication dates, headlines and noise lines the build got wrong, one line each. */
  headerMisses: () => string[]
  remove: () => void
}

export function scoreCorpus(corpus: string): ScoredCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-quality-'))
  const dataset = buildDataset(readTextFiles(join(corpus, 'articles'))).dataset
  const gold = readdirSync(join(corpus, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as GoldArticle[])
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset))
  writeFileSync(join(dir, 'all.json'), JSON.stringify(gold))
  writeFileSync(join(dir, 'figures.json'), JSON.stringify(gold.map((a) => ({ ...a, events: [], agreements: [] }))))
  writeFileSync(join(dir, 'figures-only.json'), JSON.stringify({ ...dataset, events: [], agreements: [] }))
  const score = (goldFile: string, datasetFile: string): Score => {
    const args = [SCORER, join(dir, datasetFile), join(dir, goldFile), '--json']
    const out = execFileSync('node', args, { encoding: 'utf8' })
    return JSON.parse(out.split('\n')[0] ?? '') as Score // the JSON line comes first, the table after it
  }
  return {
    dataset,
    gold,
    all: () => score('all.json', 'dataset.json'),
    figuresOnly: () => score('figures.json', 'figures-only.json'),
    headerMisses: () =>
      gold.flatMap((g) => {
        const article = dataset.articles.find((a) => a.file === g.file)
        const lines = article?.text.split('\n').map((line) => line.trim()) ?? []
        return [
          ...(article?.published === g.published ? [] : [`${g.file}: date ${article?.published} ≠ ${g.published}`]),
          ...(article?.title === g.title ? [] : [`${g.file}: headline «${article?.title}» ≠ «${g.title}»`]),
          ...(g.noise ?? []).filter((line) => lines.includes(line.trim())).map((line) => `${g.file}: noise «${line}»`),
        ]
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
