/** Holds one CSV cell before quoting. */
export type CsvCell = string | number | null

function quote(cell: CsvCell): string {
  if (cell === null) return ''
  const text = String(cell)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Serialises a header and rows as RFC 4180 CSV with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
}
