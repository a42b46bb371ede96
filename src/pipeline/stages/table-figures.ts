import { parseNumber, scaledExactly } from '../lexicon/numbers'
import { percentMetric } from '../../schema/metric-label'
import { makeSourceRef } from '../source-ref'
import type { FigureDraft } from '../types'
import type { SentenceContext } from './figure-context'
import type { TableRow } from './table-rows'

// The figures a table's row gives, once `tableRows` has read what its caption, head and columns say of its cells.

/**
 * The figures of a table row ("Yanvar | 44 800" under "Karbamid ixracının aylar üzrə dinamikası (ton)"): each number
 * past the row's label, in the unit and under the measure the table gives, of the year its label names. A table
 * reports what was, so each is achieved, unless its column is dated after the article (a plan, by that date); the
 * measure and unit come from the caption, and the figure says so.
 */
export function rowFigures(context: SentenceContext, row: TableRow): FigureDraft[] {
  // "В 2025 году … поступило 6 412 обращений" over "Регион | Поступило | Решено": a table nothing dates is the year the
  // text around it tells of, as its sentences are
  const framed = context.frameYear
  return row.cells.flatMap((cell) => {
    const framedOnly = row.year === null && cell.year === null && framed !== null
    // a cell is read whole: "+17,4" in a column of changes is no phone code, "4 720" no two numbers
    const words = context.sentence.text.slice(cell.start, cell.end)
    // "-%10,2", "▲3", "780–850": a sign, an arrow or a Turkish percent before the number, a range's two ends
    // and an account's amount in brackets, "(31,402,118)", whose sign the row's `negative` gives
    const [low, high] = words.replace(/^[-–−+▲▼]\s*%?|%$|^\((.*)\)$/gu, '$1').split(/\s?[–-]\s?(?=\d)/u)
    const number = cell.own ?? parseNumber((low ?? '').trim(), context.lang)
    if (number === null) return []
    const upper = high === undefined ? null : parseNumber(high.trim(), context.lang)
    // "+24,0" under "Dəyişmə, %": the column's head gives the percent sign its cells leave out
    const percent = words.includes('%') || cell.unit === 'percent'
    // "+63,5" under "Изменение": a change with no percent sign may be in the table's unit or in percent; none rather
    // than a guess
    if (cell.change && !percent) return []
    const value = scaledExactly(number, (percent ? 1 : cell.factor) * (cell.negative ? -1 : 1))
    // "Выручка | 612,4 | 548,9 | +11,6%": the change column's percent is the revenue's growth, not revenue
    const { metric: measure, knownMetric } = cell.measure ?? row
    const named = percent && cell.change ? percentMetric(measure.metric, measure.label, 'growth') : measure
    return [
      {
        metric: named.metric,
        label: named.label,
        kind: cell.forecast
          ? ('forecast' as const)
          : cell.deadline === null
            ? ('achieved' as const)
            : ('target' as const),
        value,
        valueMax: upper === null || cell.own !== undefined ? null : scaledExactly(upper, percent ? 1 : cell.factor),
        unit: percent ? 'percent' : cell.unit,
        qualifier: 'exact' as const,
        year: cell.deadline === null && !cell.forecast ? (row.year ?? cell.year ?? framed) : null,
        ...(row.month === undefined ? {} : { month: row.month }),
        deadline: cell.deadline,
        horizon: null,
        sectors: [...measure.sectors],
        countries: [...row.countries],
        reviewReasons: [
          ...(knownMetric ? [] : (['metric-unknown'] as const)),
          'unit-from-context' as const,
          ...(row.yearFromContext || framedOnly ? (['year-from-context'] as const) : []),
        ],
        source: makeSourceRef(context.article, context.sentence, { start: cell.start, end: cell.end }),
      },
    ]
  })
}
