/** Holds one CSV cell before quoting. */
export type CsvCell = string | number | null

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
// and the tab and carriage return some programs skip before looking for them.
const FORMULA_START = /^[=+\-@\t\r]/
// A plain decimal number keeps its sign: -12.5 is data, not a formula, and must stay a number in the spreadsheet.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/**
 * Makes a text cell inert in spreadsheet programs: one that would start a formula gets a leading apostrophe, which
 * they show as text; numbers, and text that is just a signed number, stay as they are.
 */
export function neutraliseFormula(cell: CsvCell): CsvCell {
  if (typeof cell !== 'string' || !FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell
  return `'${cell}`
}

function quote(cell: CsvCell): string {
  if (cell === null) return ''
  const text = String(neutraliseFormula(cell))
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Serialises one row as an RFC 4180 CSV line with its CRLF end, so a long table can be written row by row. */
export const toCsvLine = (row: readonly CsvCell[]): string => `${row.map(quote).join(',')}\r\n`

/** Serialises a header and rows as RFC 4180 CSV with CRLF line ends, every text cell safe to open in a spreadsheet. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map(toCsvLine).join('')
}
