import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDataset, type BuildResult } from '../../src/pipeline/build-dataset'
import type { RawFile } from '../../src/pipeline/types'
import type {
  Agreement,
  Article,
  CorridorEvent,
  Dataset,
  EventKind,
  Figure,
  FigureKind,
  Qualifier,
  Sector,
  SourceRef,
} from '../../src/schema/dataset'

/** The project's seed articles, relative to the repository root (Vitest and tsx run from there). */
export const SEEDS_DIR = 'seeds'

const encoder = new TextEncoder()

/** Encodes each text as UTF-8 bytes, the way the CLI hands files to the pipeline. */
export function toRawFiles(entries: readonly { file: string; text: string }[]): RawFile[] {
  return entries.map(({ file, text }) => ({ file, bytes: encoder.encode(text) }))
}

/** Builds a dataset from in-memory texts, encoding each one as UTF-8 first. */
export function buildFromTexts(entries: readonly { file: string; text: string }[]): BuildResult {
  return buildDataset(toRawFiles(entries))
}

/** Reads every `.txt` file of a folder as raw bytes, sorted by name. */
export function readTextFiles(dir: string): RawFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }))
}

/** Finds the first figure that satisfies the predicate, or undefined. */
export function findFigure(dataset: Dataset, predicate: (figure: Figure) => boolean): Figure | undefined {
  return dataset.figures.find(predicate)
}

/** Finds the article built from the given input file name, or undefined. */
export function findArticle(dataset: Dataset, file: string): Article | undefined {
  return dataset.articles.find((article) => article.file === file)
}

/** A fact of any kind: what the provenance checks walk over. */
type Fact = Figure | Agreement | CorridorEvent

/** Lists every fact with at least one source in the given article. */
export function factsFromArticle(dataset: Dataset, articleId: string) {
  const cites = (fact: Fact) => fact.sources.some((source) => source.articleId === articleId)
  return {
    figures: dataset.figures.filter(cites),
    agreements: dataset.agreements.filter(cites),
    events: dataset.events.filter(cites),
  }
}

/** Describes what is wrong with one source reference, or returns null when its quote and mention are exact. */
function checkSource(source: SourceRef, textById: ReadonlyMap<string, string>): string | null {
  const text = textById.get(source.articleId)
  if (text === undefined) return `unknown article ${source.articleId}`
  if (text.slice(source.start, source.end) !== source.quote) {
    return `quote ${JSON.stringify(source.quote)} is not text[${source.start}, ${source.end}] of ${source.articleId}`
  }
  const { mention } = source
  if (mention && (mention.start < source.start || mention.end > source.end || mention.start >= mention.end)) {
    return `mention [${mention.start}, ${mention.end}] lies outside its quote [${source.start}, ${source.end}]`
  }
  return null
}

/** Lists every broken provenance link in a dataset (empty when every quote is exact and every mention inside it). */
export function provenanceErrors(dataset: Dataset): string[] {
  const textById = new Map(dataset.articles.map((article) => [article.id, article.text]))
  const facts: Fact[] = [...dataset.figures, ...dataset.agreements, ...dataset.events]
  return facts.flatMap((fact) =>
    fact.sources.flatMap((source) => {
      const error = checkSource(source, textById)
      return error ? [`${fact.id}: ${error}`] : []
    }),
  )
}

/** An expected string: exact, a pattern, or null for "the text gives none". */
type Wanted = string | RegExp | null

/** What a reader expects of one stated figure; fields left out are not checked, `countries` is a subset. */
export interface FigureCase {
  value: number
  unit: string | RegExp
  kind?: FigureKind
  year?: number | null
  deadline?: Wanted
  qualifier?: Qualifier
  valueMax?: number
  countries?: string[]
}

/** What a reader expects of one agreement; `sectors` and `parties` are subsets. */
export interface AgreementCase {
  kind?: Agreement['kind']
  count?: number
  title?: RegExp
  sectors?: Sector[]
  parties?: string[]
  date?: string
}

/** What a reader expects of one event: one of the acceptable kinds, the date, a subset of the countries. */
export interface EventCase {
  kind: EventKind[]
  date: string | null
  countries?: string[]
}

const includesAll = (actual: readonly string[], wanted: readonly string[] = []) =>
  wanted.every((code) => actual.includes(code))
const fits = (actual: string | null, wanted: Wanted | undefined) =>
  wanted === undefined || (wanted instanceof RegExp ? actual !== null && wanted.test(actual) : actual === wanted)
// Base units come from decimal arithmetic (4,7 × 10⁹), so allow for floating-point noise.
const sameValue = (actual: number | null, wanted: number) =>
  actual !== null && Math.abs(actual - wanted) <= Math.abs(wanted) * 1e-9

/** Tells whether a stated (not derived) figure meets every expectation the case spells out. */
export const matchesFigure = (f: Figure, c: FigureCase) =>
  f.derived === null &&
  sameValue(f.value, c.value) &&
  fits(f.unit, c.unit) &&
  (c.kind === undefined || f.kind === c.kind) &&
  (c.year === undefined || f.year === c.year) &&
  fits(f.deadline, c.deadline) &&
  (c.qualifier === undefined || f.qualifier === c.qualifier) &&
  (c.valueMax === undefined || (f.valueMax !== null && sameValue(f.valueMax, c.valueMax))) &&
  includesAll(f.countries, c.countries)

/** Tells whether an agreement meets every expectation the case spells out. */
export const matchesAgreement = (a: Agreement, c: AgreementCase) =>
  (c.kind === undefined || a.kind === c.kind) &&
  (c.count === undefined || a.count === c.count) &&
  (c.title === undefined || (a.title !== null && c.title.test(a.title))) &&
  (c.date === undefined || a.date === c.date) &&
  includesAll(a.sectors, c.sectors) &&
  includesAll(a.parties, c.parties)

/** Tells whether an event meets every expectation the case spells out. */
export const matchesEvent = (e: CorridorEvent, c: EventCase) =>
  c.kind.includes(e.kind) && e.date === c.date && includesAll(e.countries, c.countries)

/** Sums up a figure in one line, so a failed expectation shows what was extracted instead. */
export const describeFigure = (f: Figure) =>
  `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`} ${f.unit} ${f.kind} ${f.qualifier} year=${f.year} deadline=${f.deadline} [${f.countries}]`

/** Sums up an agreement in one line. */
export const describeAgreement = (a: Agreement) =>
  `${a.kind} ×${a.count} "${a.title}" ${a.date} [${a.sectors}] [${a.parties}]`

/** Sums up an event in one line. */
export const describeEvent = (e: CorridorEvent) => `${e.kind} ${e.date} [${e.countries}]`
