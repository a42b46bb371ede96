/**
 * Regression guard for extraction quality on the development corpus (../shared/corpus: 40 articles in tr/az/en/ru
 * written independently of this code, with field-level gold). It builds the corpus, scores it with the shared scorer
 * (../shared/tools/score-extraction.mjs) and holds every number to a floor: the value of a real run (recorded in
 * the comment beside it) minus 3 points. `npm run eval` prints the same numbers, with every miss under --verbose.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import type { Dataset } from '../../../src/schema/dataset'
import { readTextFiles } from '../../support/pipeline'

const CORPUS = '../shared/corpus'
const SCORER = '../shared/tools/score-extraction.mjs'
const LANGUAGES = ['tr', 'az', 'en', 'ru'] as const

interface Tally {
  gold: number
  found: number
  units: number
  correct: number
}
interface Score {
  figures: Tally
  events: Tally
  agreements: Tally
  byLanguage: Record<string, Tally>
  occasions: { recordsPerOccasion: number }
  documents: { recordsPerDocument: number }
}
interface GoldArticle {
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
const recall = (t: Tally) => percent(t.found, t.gold)
const precision = (t: Tally) => percent(t.correct, t.units)

let dir = ''
let dataset: Dataset
let gold: GoldArticle[] = []
/** Scores the build against a gold file (all of it, or only its figures) with the shared scorer. */
const score = (goldFile: string, datasetFile = 'dataset.json'): Score => {
  const out = execFileSync('node', [SCORER, join(dir, datasetFile), goldFile, '--json'], { encoding: 'utf8' })
  return JSON.parse(out.split('\n')[0] ?? '') as Score // the JSON line comes first, the table after it
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-quality-'))
  dataset = buildDataset(readTextFiles(join(CORPUS, 'articles'))).dataset
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset))
  gold = readdirSync(join(CORPUS, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(CORPUS, 'gold', f), 'utf8')) as GoldArticle[])
  writeFileSync(join(dir, 'all.json'), JSON.stringify(gold))
  // per-language figure numbers: the scorer's language rows mix all types, so score figures alone too
  writeFileSync(join(dir, 'figures.json'), JSON.stringify(gold.map((a) => ({ ...a, events: [], agreements: [] }))))
  writeFileSync(join(dir, 'figures-only.json'), JSON.stringify({ ...dataset, events: [], agreements: [] }))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('extraction quality on the development corpus', () => {
  it('finds the figures the gold states, each with every field right (strict)', () => {
    const { figures } = score(join(dir, 'all.json'))
    // real run 2026-12-01: recall 303/339 (89.4%), precision 303/336 (90.2%)
    expect(recall(figures)).toBeGreaterThanOrEqual(86)
    expect(precision(figures)).toBeGreaterThanOrEqual(87)
  })

  it.each(LANGUAGES)('keeps figures in %s above the floor', (lang) => {
    const floors: Record<(typeof LANGUAGES)[number], [number, number]> = {
      // real run 2026-12-01 (recall, precision): tr 98/99, az 88/87, en 86/90, ru 83/83
      tr: [95, 96],
      az: [85, 84],
      en: [83, 87],
      ru: [80, 80],
    }
    const tally = score(join(dir, 'figures.json'), 'figures-only.json').byLanguage[lang]
    expect(tally).toBeDefined()
    const [minRecall, minPrecision] = floors[lang]
    expect(recall(tally!)).toBeGreaterThanOrEqual(minRecall)
    expect(precision(tally!)).toBeGreaterThanOrEqual(minPrecision)
  })

  it('tells each occasion once, on the right date, and no occasion the gold does not know (strict)', () => {
    const { events, occasions } = score(join(dir, 'all.json'))
    // real run 2026-12-01: recall 48/49 (98.0%), precision 48/49 (98.0%), 1.00 records per occasion
    expect(recall(events)).toBeGreaterThanOrEqual(95)
    expect(precision(events)).toBeGreaterThanOrEqual(95)
    expect(occasions.recordsPerOccasion).toBeLessThanOrEqual(1.03)
  })

  it('gives one record per signed document or package, with its count (strict)', () => {
    const { agreements, documents } = score(join(dir, 'all.json'))
    // real run 2026-12-01: recall 34/34 (100%), precision 34/34 (100%), 1.00 records per agreement
    expect(recall(agreements)).toBeGreaterThanOrEqual(97)
    expect(precision(agreements)).toBeGreaterThanOrEqual(97)
    expect(documents.recordsPerDocument).toBeLessThanOrEqual(1.03)
  })

  it('reads the publication date and the headline of every article, and cuts every noise line', () => {
    const misses = gold.flatMap((g) => {
      const article = dataset.articles.find((a) => a.file === g.file)
      const lines = article?.text.split('\n').map((line) => line.trim()) ?? []
      return [
        ...(article?.published === g.published ? [] : [`${g.file}: date ${article?.published} ≠ ${g.published}`]),
        ...(article?.title === g.title ? [] : [`${g.file}: headline «${article?.title}» ≠ «${g.title}»`]),
        ...(g.noise ?? []).filter((line) => lines.includes(line.trim())).map((line) => `${g.file}: noise «${line}»`),
      ]
    })
    // real run 2026-12-01: 40/40 dates, 40/40 headlines, 0 of 113 noise lines left
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(2)
  })
})
