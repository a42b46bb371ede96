import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '../../../components/ui/chart-frame'
import { lazyChart } from '../../../components/ui/lazy-chart'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import type { DataColumn } from '../../../components/ui/data-table'
import { useLabelTranslate } from '../../../lib/i18n/cached-translate'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Sector } from '../../../schema/dataset'
import type { SectorCoverage } from '../lib/agreement-list'
import { docTypeLabel } from '../../../lib/doc-type-label'

/** Props of {@link SectorCoverageChart}. */
export interface SectorCoverageChartProps {
  groups: readonly SectorCoverage[]
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  /** Whether the groups hold every document they count; if not, the table counts them without naming them. */
  complete?: boolean
  sourceLine: string
  linkTo: string
  /** The sources' outlets and dates for the chart's citation line. */
  citeSources?: string
  /** The in-app path of the chart's embed view. */
  embedTo?: string
}

/** One bar: a sector and the documents that cover it. */
export interface CoverageRow {
  sector: Sector
  name: string
  documents: number
  items: string
}

// the bars, with Recharts, load when the chart goes live (a baked page shows the build's drawing first)
const CoverageBars = lazyChart(() => import('./sector-coverage-bars'))

/** Draws how many distinct documents or packages cover each sector, as horizontal bars with a table naming them. */
export function SectorCoverageChart(props: SectorCoverageChartProps) {
  const { groups, complete = true, tab, onTabChange, sourceLine, linkTo, citeSources, embedTo } = props
  const { t } = useTranslation()
  const label = useLabelTranslate()
  const lang = useLang()
  const title = t('agreements.chartTitle')
  const rows: CoverageRow[] = useMemo(() => {
    const list = new Intl.ListFormat(lang, { type: 'conjunction' })
    return groups.map((group) => ({
      sector: group.sector,
      name: t(`sector.${group.sector}`),
      documents: group.documents,
      items: list.format(
        group.agreements.map((agreement) =>
          agreement.title ? `${docTypeLabel(agreement, label)} “${agreement.title}”` : docTypeLabel(agreement, label),
        ),
      ),
    }))
  }, [groups, lang, t, label])
  const columns: DataColumn<CoverageRow>[] = useMemo(
    () => [
      { key: 'sector', header: t('agreements.sectorColumn'), cell: (row) => row.name, csv: (row) => row.sector },
      {
        key: 'documents',
        header: t('occasions.documentsColumn'),
        numeric: true,
        cell: (row) => row.documents,
        csv: (row) => row.documents,
      },
      ...(complete
        ? [
            {
              key: 'items',
              header: t('agreements.itemsColumn'),
              cell: (row: CoverageRow) => row.items,
              csv: (row: CoverageRow) => row.items,
            },
          ]
        : []),
    ],
    [complete, t],
  )
  return (
    <ChartFrame
      title={title}
      description={<p>{t('occasions.chartDescription')}</p>}
      tab={tab}
      onTabChange={onTabChange}
      legend={[{ key: 'documents', label: t('occasions.documentsColumn'), colorVar: '--series-achieved' }]}
      sourceLine={sourceLine}
      linkTo={linkTo}
      citeSources={citeSources}
      embedTo={embedTo}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.sector}
      height={Math.max(160, rows.length * 36 + 48)}
    >
      <CoverageBars rows={rows} title={title} barName={t('occasions.documentsColumn')} />
    </ChartFrame>
  )
}
