import type { TFunction } from 'i18next'
import type { DataColumn } from '../../../components/ui/data-table'
import type { MetricPoint } from '../lib/to-metric-series'

/** One table row of a metric chart: the point with its labels already formatted. */
export interface PointRow {
  point: MetricPoint
  period: string
  display: string
  formula: string | null
  /** The point's countries by name, or route-wide. */
  countries: string
  source: string
}

/** Written after a disputed value (see `MetricPoint.disputed`), on its bar and in its table row; the legend says why. */
export const DISPUTED_MARK = '≠'

/** Builds the table columns of a metric chart; the CSV uses the same columns with raw values. */
export function pointColumns(t: TFunction): DataColumn<PointRow>[] {
  return [
    { key: 'period', header: t('chart.period'), cell: (row) => row.period, csv: (row) => row.period },
    {
      key: 'value',
      header: t('chart.value'),
      numeric: true,
      cell: (row) =>
        row.point.disputed ? (
          <>
            {row.display}{' '}
            <abbr title={t('figure.conflicts')} aria-hidden="true">
              {DISPUTED_MARK}
            </abbr>
            <span className="visually-hidden"> ({t('figure.conflicts')})</span>
          </>
        ) : (
          row.display
        ),
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
    {
      key: 'countries',
      header: t('chart.countries'),
      cell: (row) => row.countries,
      csv: (row) => row.point.countries.join(' '),
    },
    { key: 'source', header: t('chart.source'), cell: (row) => row.source, csv: (row) => row.source },
  ]
}

/** A bar's countries in the room its label has: up to three codes ("AZ–KZ–TM"), else counted; none is route-wide. */
export function shortCountries(codes: readonly string[], t: TFunction): string {
  if (codes.length === 0) return t('tracks.allCountries')
  return codes.length <= 3 ? codes.join('–') : t('chart.countryCount', { count: codes.length })
}

/** Whether a chart's bars belong to different countries (a metric reported for several pairs). */
export const countriesDiffer = (rows: readonly PointRow[]) =>
  new Set(rows.map((row) => row.point.countries.join())).size > 1

/**
 * The chart's bars, one per row. Each is labelled by its period, and also by its countries (`short`: "AZ–KZ") when the
 * chart's bars belong to different countries (a metric reported for several pairs): without them two bars of 2024
 * could not be told apart. A disputed value carries its mark, which the legend explains.
 */
export function barsOf(rows: readonly PointRow[], short: (countries: readonly string[]) => string) {
  const labelled = countriesDiffer(rows)
  return rows.map((row) => ({
    label: labelled ? `${row.period} · ${short(row.point.countries)}` : row.period,
    value: row.point.value,
    display: row.point.disputed ? `${row.display} ${DISPUTED_MARK}` : row.display,
  }))
}
