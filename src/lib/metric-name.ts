import { readMetricLabel } from '../schema/metric-label'
import type { Translate } from './doc-type-label'
import { formatCurrencyName } from './format'
import type { Lang } from './langs'

/** Names a unit a figure can be filed by: the interface's word, a currency's name, or the unit as written. */
function unitName(unit: string, t: Translate, lang: Lang): string {
  const word = t(`metricForm.units.${unit}`, { defaultValue: '' })
  if (word) return word
  return /^[A-Z]{3}$/u.test(unit) ? formatCurrencyName(unit, lang) : unit
}

/**
 * Names a metric in the interface language: its own string when the interface has one; a metric the pipeline built
 * (a figure filed by its unit, a percentage of another metric) by its parts, each named in turn; any other metric by
 * its label, the article's own words.
 */
export function metricName(metric: string, label: string, t: Translate, lang: Lang): string {
  const own = t(`metric.${metric}`, { defaultValue: '' })
  if (own) return own
  const parts = readMetricLabel(metric, label)
  switch (parts.form) {
    case 'unnamed':
      return t('metricForm.unnamed', { unit: unitName(parts.unit, t, lang) })
    case 'growth':
    case 'share':
    case 'price':
      return t(`metricForm.${parts.form}`, { name: metricName(parts.metric, parts.label, t, lang) })
    case 'named':
      return label
  }
}
