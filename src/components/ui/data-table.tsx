import type { ReactNode } from 'react'
import type { CsvCell } from '../../lib/csv'

/** Describes one column: its header, how a row renders in the table, and its plain value for CSV. */
export interface DataColumn<Row> {
  key: string
  header: string
  cell: (row: Row) => ReactNode
  csv: (row: Row) => CsvCell
  numeric?: boolean
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  caption: string
  columns: readonly DataColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** Hides the caption visually when the surrounding figure already shows the title. */
  captionHidden?: boolean
}

/** Renders rows as an accessible table with a caption and column headers; scrolls sideways on narrow screens. */
export function DataTable<Row>({ caption, columns, rows, rowKey, captionHidden = false }: DataTableProps<Row>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
