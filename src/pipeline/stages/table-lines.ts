import type { Sentence, Span } from '../types'

// Which lines of an article are a table's: cells split by bars, tabs or wide gaps, in runs of one width, with the
// rules a plain-text table draws under or around its head.

/** A number that ends its line, maybe signed or in percent, never a date: "7,9", "1 234 567", "-0,6", "71%". */
const LAST_VALUE = String.raw`[-−]?\d{1,3}(?:[\s.,]\d{3})*(?:[.,]\d+)?%?$`

/**
 * Cells split by a bar, a tab or a run of three spaces or more (a table aligned with spaces: "Buğda      812,4      655,1"),
 * with or without the bars at the ends ("| Январь | 84 |"), or by a semicolon with no space at either side, as a CSV
 * file the region's offices export parts its fields ("Yanvar 2026;9 846,2;11 225,7"; a comma there is a number's mark),
 * or by a dash before a line's last number, as a list gives a label its value ("Su elektrik stansiyaları — 7,9").
 */
const CELL_BREAK = new RegExp(String.raw`\s*\|\s*|\t+| {3,}|(?<=\S);(?=\S)|\s+[—–]\s+(?=${LAST_VALUE})`, 'u')
/**
 * A label and its value after a dash, a list's row: "Su elektrik stansiyaları — 7,9", "Solar – 1.6%" (not a date after
 * a headline, "Ferry line to Alat adds third vessel — 22.12.2025", which lists other stories).
 */
const DASHED_VALUE = new RegExp(String.raw`\S\s+[—–]\s+${LAST_VALUE}`, 'u')
/** Two fields parted by semicolons at least, as a CSV row has: "2025;861.2;94.7". */
const CSV_ROW = /\S;\S[^;]*;\S/u
export const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|\s*|\s*\|$/gu, '')
    .split(CELL_BREAK)

/**
 * A line of cells: two texts with a bar, a tab or a wide gap between, and no sentence's end; a last cell's unit may end
 * in an abbreviation's point ("изменение, п.п.", "Объём, тыс. т.").
 */
export const isTableLine = (line: string) =>
  (/\S\s*(?:\||\t| {3})\s*\S/u.test(line) || CSV_ROW.test(line) || DASHED_VALUE.test(line)) &&
  (!/[.!?]\s*$/u.test(line) || ABBREVIATED_END.test(line) || COMPANY_END.test(line))
/** A last cell that ends in an abbreviation of one to five letters after a point or a space: "п.п.", "тыс. т.", "2027 прогн.". */
const ABBREVIATED_END = /\|[^|.!?]{0,30}(?:^|[\s.,])\p{L}{1,5}\.\s*$/u
/**
 * A last cell that names a company by its legal form: "Kafkas Dağ Turizmi Yatırımları A.Ş.", "Serhat Yapı Malzemeleri
 * San. ve Tic. Ltd. Şti.", "Silk Way Ltd.": a winner's or a supplier's name, no sentence's end.
 */
const COMPANY_END = /\|[^|!?]{0,100}\s(?:(?:\p{Lu}\.){1,3}|(?:Ltd|Şti|Inc|Co|Corp|Tic|San|Cie|LLC|LLP|PLC))\.?\s*$/u
/** How many cells a table line has (0 for a line of prose). */
const widthOf = (sentence: Sentence | undefined) =>
  sentence && isTableLine(sentence.text) ? cellsOf(sentence.text).length : 0

/** A rule drawn under a table's head or around it ("------+------", "|---|:--:|", "======"): part of a table, no row. */
const RULE_LINE = /^[\s|+:=─-]*[-=─]{3}[\s|+:=─-]*$/u
export const isRule = (sentence: Sentence | undefined) => sentence !== undefined && RULE_LINE.test(sentence.text)

/** The index of the table's next line of `width` after `index`, past a rule between them, or -1. */
function nextLine(sentences: readonly Sentence[], index: number, width: number): number {
  const next = isRule(sentences[index + 1]) ? index + 2 : index + 1
  return widthOf(sentences[next]) === width ? next : -1
}

/** A head's cell of a year, maybe with an analyst's letter ("2025", "2026E"). */
const YEAR_CELL = /^(?:19|20)\d{2}\s?\p{L}?$/u

/**
 * The width of the table a line opens: its own, or its rows' when it is a head of years that leaves the blank cell over
 * their labels unwritten ("          2025A     2026E" over "Revenue     52.6     61.9"; see `headCells`).
 */
function runWidth(sentences: readonly Sentence[], index: number): number {
  const [own, below] = [widthOf(sentences[index]), widthOf(sentences[index + 1])]
  const years = own >= 2 && cellsOf(sentences[index]?.text ?? '').every((cell) => YEAR_CELL.test(cell))
  return years && below === own + 1 ? below : own
}

/** Runs of table lines of one width among the sentences, two lines or more: their first and last index. */
export function tableRuns(sentences: readonly Sentence[]): Span[] {
  const runs: Span[] = []
  let index = 0
  while (index < sentences.length) {
    const width = runWidth(sentences, index)
    let end = index
    for (let next = nextLine(sentences, end, width); width >= 2 && next >= 0; next = nextLine(sentences, end, width)) {
      end = next
    }
    if (width >= 2 && end > index) runs.push({ start: index, end })
    index = end + 1
  }
  return runs
}

/**
 * A number cell: digits with a group space, point or comma ("44 800", "24.618", "−12,7"), maybe a sign, an arrow of a
 * change ("▼6,7") or a percent before or after ("-%10,2", "+5%"), maybe a range of prices ("780–850", "3 600–4 200");
 * or an account's amount in brackets ("(31,402,118)"); not a span of years ("2026–2028") nor of days
 * ("01.01-30.06.2026").
 */
export const NUMBER_CELL =
  /^(?!(?:19|20)\d{2}\s?[–-]\s?(?:19|20)?\d{2}$)(?!.*(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d))(?:(?:[-–−+▲▼]\s?)?%?\d[\d\s.,]*%?(?:\s?[–-]\s?\d[\d\s.,]*)?|\(\d{1,3}(?:[\s.,]\d{3})+(?:[.,]\d+)?\))$/u
/** Rows a table of numbers has at least, its head among them. */
const MIN_TABLE_ROWS = 3

const onlyBlankBetween = (texts: readonly string[], from: number, to: number) =>
  texts.slice(from + 1, to).every((text) => text.trim() === '')

/**
 * The lines among `open` (indices into `texts`) of tables of numbers ("TEMEL GÖSTERGELER | 2025 | 2024" over "Net
 * satışlar (milyon TL) | 24.618 | 19.402"): runs of three rows or more, each ending in a number, only blank lines
 * between. A report's key figures may close it under the signature, and are no page furniture; a list of other stories
 * set as a table ends its rows in their dates or names.
 */
export function tableOfNumbers(texts: readonly string[], open: readonly number[]): Set<number> {
  const isRow = (index: number) => {
    const text = texts[index] ?? ''
    return isTableLine(text) && NUMBER_CELL.test(cellsOf(text).at(-1) ?? '')
  }
  const table = new Set<number>()
  let run: number[] = []
  for (const index of [...open, -1]) {
    if (index >= 0 && isRow(index) && (run.length === 0 || onlyBlankBetween(texts, run.at(-1) ?? index, index))) {
      run.push(index)
      continue
    }
    if (run.length >= MIN_TABLE_ROWS) for (const row of run) table.add(row)
    run = index >= 0 && isRow(index) ? [index] : []
  }
  return table
}
