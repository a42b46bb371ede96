import { rateUnit } from '../../schema/rate-unit'
import { findQuantities } from '../lexicon/numbers'
import { foldCase } from '../lexicon/text'
import { denominatorWord } from '../lexicon/unit-rates'
import { unitOf } from './table-heads'
import { cellsOf, NUMBER_CELL } from './table-lines'

// How a table row splits into its label cells and its number cells, and what a cell or a head says of its own unit.

/** "ед.", "шт.", "units", "ədəd", "adet": a label's unit that counts things. */
export const COUNT_WORD = /^(?:ед|шт|units?|pcs|ədəd|adet)\.?$/u

/** A head's unit words, in its last parenthesis or after its last comma ("Урожайность, ц/га", "Вагоны (ед.)"). */
const UNIT_PART = /\(([^()]+)\)\s*$|,\s*([^,]+)$/u
/** Whether a head names a unit this cannot read, and no counting word either ("ц/га", not "ədəd"). */
export const hasUnreadUnit = (head: string) => {
  const part = UNIT_PART.exec(head.trim())
  const words = (part?.[1] ?? part?.[2] ?? '').trim()
  return words !== '' && !COUNT_WORD.test(words)
}

/** A row's label cells and its number cells, which end it; null for a line whose last cell is no number. */
export function splitRow(text: string, firstValueColumn = 1): SplitRow | null {
  // "Net debt | 99,060 | 104,230 | —": a last column left empty by a dash holds nothing to read
  const all = cellsOf(text)
  const filled = all.findLastIndex((cell) => !EMPTY_CELL.test(cell))
  const cells = all.slice(0, filled + 1)
  const first = cells.findIndex((cell, k) => k >= firstValueColumn && cells.slice(k).every((c) => NUMBER_CELL.test(c)))
  if (first < 0) return null
  return {
    labels: cells.slice(0, first),
    values: cells.slice(first),
    columns: cells.slice(first).map((_, k) => first + k),
  }
}

/**
 * A row of an official table whose number columns stand between columns of text ("1 | Бейнеу – Шетпе – Актау | 410 |
 * 62,5 | ТОО «CASPI BITUM» | II–III кварталы" under "… | Протяженность, км | Объем поставок битума, тыс. тонн | …"):
 * its label cells, and the numbers under the heads that give a unit; the text after them is no figure's.
 */
export function splitByUnitColumns(
  text: string,
  unitColumns: readonly boolean[],
  lang: string,
  countColumns: readonly boolean[] = [],
): SplitRow | null {
  const cells = cellsOf(text)
  if (cells.length !== unitColumns.length) return null
  // "420 ton", "48 шт." in a column whose head gives no unit ("Həcm", "Объем"): a cell with its own unit
  // (read once per cell: a cell's own quantity is a search of its words); "5" under "Teklif Veren Sayısı": a count
  const measured = cells.map(
    (cell, k) =>
      k > 0 &&
      ((NUMBER_CELL.test(cell) && (unitColumns[k] === true || countColumns[k] === true)) ||
        ownQuantity(cell, lang) !== null),
  )
  const first = measured.indexOf(true)
  if (first < 0) return null
  // the measured cells up to the row's text ("… | 318 400 | ОАЭ, Турция"), past a dash for a cell left empty and a
  // number no head measures
  const passed = (cell: string) => EMPTY_CELL.test(cell) || NUMBER_CELL.test(cell)
  let last = first
  for (let k = first + 1; k < cells.length && (measured[k] || passed(cells[k] ?? '')); k++) {
    if (measured[k]) last = k
  }
  const kept = cells.map((_, k) => k).filter((k) => k >= first && k <= last && measured[k])
  return { labels: cells.slice(0, first), values: kept.map((k) => cells[k] ?? ''), columns: kept }
}

/**
 * A head of a count: "Teklif Veren Sayısı", "Участников", "Number of bidders", "Miqdar, ədəd", "Кол-во, шт.": its
 * cells are counts, though it names no unit.
 */
export const COUNT_HEAD =
  /(?<![\p{L}])(?:sayısı|sayı|число|количество|кол-во|участник\p{L}*|number of|bidders|participants|ədəd|adet|шт|pcs|pieces|units|consignments|партий|партии|partiya|partiyalar|parti)(?![\p{L}])/u

/** A head of a column of codes: "XİF MN kodu", "HS code", "Код ТН ВЭД", "GTİP", "ISIN": its cells label the row. */
export const CODE_HEAD = /(?<![\p{L}])(?:kod\p{L}*|codes?|код\p{L}*|gtip|hs|тн\s?вэд|isin)(?![\p{L}])/u
/** A statement's column of the notes each line refers to ("Note", "Dipnot", "Прим.", "Qeyd"): numbers of notes, no amounts. */
export const NOTE_HEAD = /^(?:notes?|not|dipnot(?:\s+referanslar\p{L}*)?|прим\.?|примечани\p{L}*|qeyd)$/u

/**
 * A last column of references, whose cells are codes or sources, no values ("Gösterge | Birim | 2023 | … | GRI Standardı"
 * over "… | 35.610 | GRI 305-1", "Source", "Источник", "Mənbə"; Turkish folds "GRI" to "grı").
 */
const REFERENCE_HEAD =
  /^(?:(?:gr[iı]|sasb|sdg)(?:\s+\p{L}+)?|standart\p{L}*|standards?|стандарт\p{L}*|sources?|kaynak\p{L}*|mənbə\p{L}*|источник\p{L}*|references?|referans\p{L}*|istinad\p{L}*)$/u
export const isReferenceHead = (words: string, lang: string) => REFERENCE_HEAD.test(foldCase(words.trim(), lang))

/** A table's line without its last cell ("… | 14.320 | GRI 305-2" → "… | 14.320"). */
export function withoutLastCell(text: string): string {
  const last = cellsOf(text).at(-1) ?? ''
  const at = last === '' ? -1 : text.lastIndexOf(last)
  return at > 0 ? text.slice(0, at).replace(/[\s|;]+$/u, '') : text
}

/** A cell left empty: a dash. */
const EMPTY_CELL = /^[-–—]?$/u

/** A row's label cells, its number cells, and the column each number cell stands in. */
export interface SplitRow {
  labels: string[]
  values: string[]
  columns: number[]
}

/** The quantity a cell gives with its own unit ("420 ton", "6 000 т", "1 150 ədəd", "48 шт."), the whole cell. */
export function ownQuantity(cell: string, lang: string): { value: number; unit: string } | null {
  const [quantity, ...more] = findQuantities(cell, lang)
  if (!quantity || more.length > 0 || quantity.start !== 0) return null
  const rest = cell.slice(quantity.end).trim()
  if (quantity.unit === 'count') return COUNT_WORD.test(rest) ? { value: quantity.value, unit: 'count' } : null
  return rest === '' || rest === '.' ? { value: quantity.value, unit: quantity.unit } : null
}

/** Words of a people count in a column of units: "nəfər", "kişi", "people", "чел.", "человек". */
const PEOPLE_WORD = /^(?:nəfər|kişi|people|persons|employees|чел\.?|человек)$/u

/**
 * A row's cell under a column of units ("min ton", "%", "nəfər", "kg"): the unit its numbers are in (null when
 * unread: no count is guessed), and the unit of goods a price in the row is quoted for ("kg" beside "Dün Ort. (TL)").
 */
export function readUnitCell(words: string, lang: string) {
  const folded = foldCase(words.trim(), lang)
  const counted = COUNT_WORD.test(folded) || PEOPLE_WORD.test(folded)
  return { unit: counted ? { unit: 'count', factor: 1 } : unitOf(words, lang), per: denominatorWord(folded) }
}

/** A currency's code, the unit of an amount of money. */
const CURRENCY_CODE = /^[A-Z]{3}$/u

/** Money in a row whose unit cell names a unit of goods is that unit's price: TRY beside "kg" is TRY/kg. */
export const pricedPer = <U extends { unit: string }>(given: U, per: string | null): U =>
  per && CURRENCY_CODE.test(given.unit) ? { ...given, unit: rateUnit(given.unit, per) } : given
