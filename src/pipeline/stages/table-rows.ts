import type { Article } from '../../schema/dataset'
import { monthNumber } from '../lexicon/date-words'
import { findDates } from '../lexicon/dates'
import { findQuantities } from '../lexicon/numbers'
import { foldCase } from '../lexicon/text'
import type { Sentence, Span } from '../types'
import { namedSides } from './figure-countries'
import { metricSlug, resolveMetric, type MetricChoice } from './figure-metric'

/**
 * What a table row's number is, read from the table around it: a statistics release writes a column of months or
 * years under a caption and a head ("Karbamid ixracının aylar üzrə dinamikası (ton)", "Ay | Həcm", "Yanvar | 44 800"),
 * and the row alone names neither the measure nor the unit.
 */
export interface TableRow {
  /** Where the row's cells of numbers start in the row, past its label. */
  valuesFrom: number
  /** The unit the caption or the column head gives, and the factor its words scale by ("min ton": 1000). */
  unit: string
  factor: number
  metric: MetricChoice
  /** Whether the caption's words cue a known metric; else the caption itself names it. */
  knownMetric: boolean
  /** The year the row's label names, or its month in the caption's or the article's year; null if none. */
  year: number | null
  /** The month the row's label names, if it does. */
  month?: number
  countries: string[]
}

/** Cells split by a bar or a tab, with or without the bars at the ends ("| Январь | 84 |"). */
const CELL_BREAK = /\s*\|\s*|\t+/u
const cellsOf = (line: string) => line.replace(/^\s*\|\s*|\s*\|\s*$/gu, '').split(CELL_BREAK)
const isTableLine = (line: string) => /\S\s*(?:\||\t)\s*\S/u.test(line) && !/[.!?]\s*$/u.test(line)
/** A number cell: digits with a group space, point or comma ("44 800", "1.046", "3,5"), maybe a sign or a percent. */
const NUMBER_CELL = /^[-–+]?\d[\d\s.,]*%?$/u
/** Rows a table needs, past its head, to be read as one. */
const MIN_ROWS = 3
/** Words a caption over a table may have: a title, not a paragraph. */
const MAX_CAPTION_WORDS = 16
/** A year as a row's label ("2024 | 63 000"). */
const YEAR_LABEL = /^(?:19|20)\d{2}$/u

/** Reads a unit from words like "(ton)", "млн долларов", "Həcm, min ton": the unit "1 <words>" would have, if any. */
function unitOf(words: string, lang: string): { unit: string; factor: number } | null {
  const found = findQuantities(`1 ${words}`, lang).find((q) => q.start === 0 && q.unit !== 'count')
  return found ? { unit: found.unit, factor: found.value } : null
}

/** The unit of the value column: the caption's parenthesis first ("(ton)", "(млн долларов)"), then the column head. */
function columnUnit(caption: string, head: string, lang: string) {
  const inParenthesis = /\(([^()]+)\)\s*$/u.exec(caption)?.[1]
  return (inParenthesis ? unitOf(inParenthesis, lang) : null) ?? unitOf(head.replace(/^.*,\s*/u, ''), lang)
}

/** The measure a caption names: a known metric its words cue, else the caption itself as the label. */
function captionMetric(caption: string, head: string, unit: string, lang: string) {
  const title = caption.replace(/\s*\([^()]*\)\s*$/u, '').replace(/,\s*\d{4}\s*\p{L}*\.?\s*$/u, '') || head
  const folded = foldCase(title, lang)
  const known = resolveMetric({ folded, previous: [] }, { start: folded.length, end: folded.length }, unit)
  if (known) return { metric: known, knownMetric: true }
  return { metric: { metric: metricSlug(title), label: title, sectors: [], defaultUnit: unit }, knownMetric: false }
}

/** The year of a row: a year label, or a month label in the caption's year, else the latest such month finished. */
function rowYear(label: string, month: number | null, captionYear: number | null, published: string | null) {
  if (YEAR_LABEL.test(label)) return Number(label)
  if (month === null) return captionYear
  if (captionYear !== null) return captionYear
  if (!published) return null
  const [year, publishedMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))]
  // a month not yet over when the article came out is last year's: a table reports finished months
  return month < publishedMonth ? year : year - 1
}

/** How many cells a table line has (0 for a line of prose). */
const widthOf = (sentence: Sentence | undefined) =>
  sentence && isTableLine(sentence.text) ? cellsOf(sentence.text).length : 0

/** Runs of table lines of one width among the sentences, at least a head and three rows: their first and last index. */
function tableRuns(sentences: readonly Sentence[]): Span[] {
  const runs: Span[] = []
  let index = 0
  while (index < sentences.length) {
    const width = widthOf(sentences[index])
    let end = index
    while (width >= 2 && widthOf(sentences[end + 1]) === width) end++
    if (width >= 2 && end - index >= MIN_ROWS) runs.push({ start: index, end })
    index = end + 1
  }
  return runs
}

/** "Китай – Европа": a caption naming a route by its ends, whose figures are the route's, no country's. */
const ROUTE_CAPTION = /\p{Lu}\p{L}*\s*[–—-]\s*\p{Lu}/u

/**
 * Finds the rows of tables among an article's sentences (one line each), keyed by the row's sentence index: a head
 * without numbers, at least three rows whose label is a month, a year or a name and whose other cells are numbers,
 * under a short caption. A table without a unit or a measure it can read is left to the sentence rules.
 */
export function tableRows(article: Article, sentences: readonly Sentence[]): Map<number, TableRow> {
  const rows = new Map<number, TableRow>()
  for (const run of tableRuns(sentences)) {
    const head = cellsOf(sentences[run.start]?.text ?? '')
    const above = sentences[run.start - 1]?.text ?? ''
    const caption = above.split(/\s+/u).length <= MAX_CAPTION_WORDS && !isTableLine(above) ? above : ''
    if (head.some((cell) => /\d/u.test(cell)) || caption === '') continue
    const valueHead = head.slice(1).join(' ')
    const unit = columnUnit(caption, valueHead, article.lang) ?? { unit: 'count', factor: 1 }
    const { metric, knownMetric } = captionMetric(caption, valueHead, unit.unit, article.lang)
    const captionYear = findDates(caption, article.lang, article.published).find((d) => d.value !== null)?.value
    const countries = ROUTE_CAPTION.test(caption) ? [] : namedSides(caption, article.lang)
    for (let index = run.start + 1; index <= run.end; index++) {
      const text = sentences[index]?.text ?? ''
      const [label = '', ...values] = cellsOf(text)
      if (values.length === 0 || !values.every((cell) => NUMBER_CELL.test(cell))) continue
      const month = monthNumber(foldCase(label, article.lang))
      const year = rowYear(label, month, captionYear ? Number(captionYear.slice(0, 4)) : null, article.published)
      const valuesFrom = text.indexOf(values[0] ?? '', label.length)
      rows.set(index, { valuesFrom, ...unit, metric, knownMetric, year, countries, ...(month ? { month } : {}) })
    }
  }
  return rows
}
