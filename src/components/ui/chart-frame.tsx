import { useId, useRef, useState, type ReactElement, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataInfo } from '../../data/data-info'
import { toCsv } from '../../lib/csv'
import { downloadBlob, toFileStem } from '../../lib/download'
import { useSharedSearch } from '../../lib/use-shared-search'
import { buildExportSvg, svgToPng } from './chart-export'
import { ChartIsland } from './chart-island'
import { ChartLegend, type ChartLegendItem } from './chart-legend'
import { ChartTabs, type ChartTab } from './chart-tabs'
import { CiteButton, EmbedButton } from './cite-and-embed'
import { CopyLinkButton } from './copy-link-button'
import { DataTable, type DataColumn } from './data-table'

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps<Row> {
  title: string
  description?: ReactNode
  /** The shown face; it comes from the URL, so the frame only reports changes. */
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  legend: readonly ChartLegendItem[]
  /** "Source: AA, 21 Oct 2025. Corridor Watch." Shown under the chart and drawn into exported images. */
  sourceLine: string
  /** An in-app link to this chart for the Copy link button; defaults to the current address. */
  linkTo?: string
  /** The sources' outlets and dates for the citation line; without it the chart offers no citation. */
  citeSources?: string
  /** The in-app path of this chart's embed view; without it the chart offers no embed snippet. */
  embedTo?: string
  columns: readonly DataColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** A Recharts chart element; it is placed in a ResponsiveContainer. */
  children: ReactElement<{ width?: number; height?: number }>
  height?: number
}

/** Frames a chart: accessible name, caption, Chart | Table tabs, legend, source line, Copy link, PNG/SVG/CSV downloads. */
export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const { title, description, tab, onTabChange, legend, sourceLine, linkTo, columns, rows, rowKey, children } = props
  const { t } = useTranslation()
  const [shared] = useSharedSearch()
  const info = useDataInfo()
  const idPrefix = useId().replaceAll(':', '')
  const titleId = `${idPrefix}-title`
  const chartRef = useRef<HTMLDivElement>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const stem = toFileStem(title)

  const chartSvg = () => chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null

  const exportImage = async (format: 'svg' | 'png') => {
    const svgElement = chartSvg()
    if (!svgElement) return
    try {
      const { svg, width, height } = buildExportSvg(svgElement, { title, sourceLine, legend })
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height)
      downloadBlob(`${stem}.${format}`, blob)
      setExportError(null)
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error))
    }
  }

  const exportCsv = () => {
    const filters = [
      ...(shared.sectors.length > 0 ? [`sector=${shared.sectors.join('~')}`] : []),
      ...(shared.countries.length > 0 ? [`country=${shared.countries.join('~')}`] : []),
    ]
    // note lines start with '#' (read as comments by pandas `comment='#'`, R `comment.char`); the table follows
    const notes = [
      title,
      sourceLine,
      filters.length > 0 ? t('downloads.filters', { filters: filters.join('; ') }) : t('downloads.noFilters'),
      t('downloads.note', {
        file: `${stem}.csv`,
        asOf: info?.asOf ?? '–',
        count: info?.articleCount ?? 0,
        built: info?.builtOn ?? '–',
        url: window.location.href,
      }),
    ]
      .map((note) => `# ${note.replace(/[\r\n]+/g, ' ')}\r\n`)
      .join('')
    const csv = toCsv(
      columns.map((column) => column.header),
      rows.map((row) => columns.map((column) => column.csv(row))),
    )
    // a byte-order mark lets spreadsheet programs read Turkish and Azerbaijani letters correctly
    downloadBlob(`${stem}.csv`, new Blob(['\uFEFF', notes, csv], { type: 'text/csv;charset=utf-8' }))
  }

  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption className="chart-frame__caption">
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
        {description ? <div className="chart-frame__description">{description}</div> : null}
      </figcaption>
      <ChartTabs idPrefix={idPrefix} title={title} tab={tab} onTabChange={onTabChange} />
      <div
        id={`${idPrefix}-panel`}
        role="tabpanel"
        aria-labelledby={`${idPrefix}-tab-${tab}`}
        className="chart-frame__panel"
      >
        {tab === 'chart' ? (
          <>
            <div ref={chartRef}>
              <ChartIsland height={props.height ?? 280}>{children}</ChartIsland>
            </div>
            <ChartLegend items={legend} label={t('chart.legend')} />
          </>
        ) : (
          <DataTable caption={title} captionHidden columns={columns} rows={rows} rowKey={rowKey} />
        )}
      </div>
      <p className="chart-frame__source">{sourceLine}</p>
      <div className="chart-frame__actions">
        <CopyLinkButton to={linkTo} label={t('actions.copyChartLink', { title })} />
        {props.citeSources !== undefined ? (
          <CiteButton title={title} sources={props.citeSources} to={linkTo ?? '.'} />
        ) : null}
        {props.embedTo !== undefined ? <EmbedButton title={title} to={props.embedTo} /> : null}
        {tab === 'chart' ? (
          <>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('actions.downloadAs', { title, format: 'PNG' })}
              onClick={() => void exportImage('png')}
            >
              PNG
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('actions.downloadAs', { title, format: 'SVG' })}
              onClick={() => void exportImage('svg')}
            >
              SVG
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('actions.downloadAs', { title, format: 'CSV' })}
          onClick={exportCsv}
        >
          CSV
        </button>
        {exportError ? (
          <span className="chart-frame__error" role="alert">
            {exportError}
          </span>
        ) : null}
      </div>
    </figure>
  )
}
