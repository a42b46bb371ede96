import type { TFunction } from 'i18next'
import type { DataColumn } from '../../../components/ui/data-table'
import type { MetricPoint } from '../lib/to-metric-series'

/** One table row of a metric chart: the point with its labels already formatted. */
export interface PointRow {
  point: MetricPoint
  period: string
  display: string
  formula: string | null
  source: string
}

/** Builds the table columns of a metric chart; the CSV uses the same columns with raw values. */
export function pointColumns(t: TFunction): DataColumn<PointRow>[] {
  return [
    { key: 'period', header: t('chart.period'), cell: (row) => row.period, csv: (row) => row.period },
    {
      key: 'value',
      header: t('chart.value'),
      numeric: true,
      cell: (row) => row.display,
      csv: (row) => row.point.value,
    },
    { key: 'unit', header: t('chart.unit'), cell: (row) => row.point.unit, csv: (row) => row.point.unit },
    { key: 'kind', header: t('chart.kind'), cell: (row) => t(`kind.${row.point.kind}`), csv: (row) => row.point.kind },
    {
      key: 'basis',
      header: t('chart.basis'),
      cell: (row) => (row.formula ? t('figure.derived') : t('figure.stated')),
      csv: (row) => (row.formula ? 'derived' : 'stated'),
    },
    { key: 'formula', header: t('chart.formula'), cell: (row) => row.formula ?? '', csv: (row) => row.formula },
    { key: 'source', header: t('chart.source'), cell: (row) => row.source, csv: (row) => row.source },
  ]
}
