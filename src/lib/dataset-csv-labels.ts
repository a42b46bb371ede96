import type { TFunction } from 'i18next'
import type { CorridorEvent, HorizonTerm } from '../schema/dataset'
import type { CsvLabels } from './dataset-csv'
import { formatCountryName, formatLanguageName } from './format'
import type { Lang } from './langs'
import { horizonLabel } from './horizon-label'
import { metricName } from './metric-name'

// An occasion's name: its generated title in the language, or the label of files from before titles.
function eventName(event: CorridorEvent, lang: Lang): string {
  const record = event as unknown as { title?: Partial<Record<Lang, string>>; label?: string }
  return record.title?.[lang] ?? record.label ?? ''
}

/** Remembers a one-argument lookup: a full download asks the same few names once per row. */
function remembered(lookup: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) {
      value = lookup(key)
      known.set(key, value)
    }
    return value
  }
}

/**
 * The words the full downloads use for internal keys, in one interface language: the views' own strings. Every label
 * is remembered: a full download asks the same few dozen keys once per row, and i18next's lookup per cell was the
 * largest part of writing the CSVs at 1,000 articles.
 */
export function toCsvLabels(t: TFunction, lang: Lang): CsvLabels {
  const metric = remembered((key) => {
    const [name = '', fallback = ''] = key.split('\u0000')
    return metricName(name, fallback, t, lang)
  })
  const horizon = remembered((term) => horizonLabel(term as HorizonTerm, t))
  return {
    kind: remembered((kind) => t(`kind.${kind}`, { defaultValue: kind })),
    // 'exact' has no word of its own: an empty cell, as in the views
    qualifier: remembered((qualifier) =>
      qualifier === 'exact' ? '' : t(`qualifier.${qualifier}`, { value: '' }).trim(),
    ),
    unit: (unit) => unit,
    metric: (name, fallback) => metric(`${name}\u0000${fallback}`),
    horizon: (term, words) => (term ? horizon(term) : (words ?? '')),
    country: remembered((code) => formatCountryName(code, lang)), // a new Intl.DisplayNames on every call
    sector: remembered((sector) => t(`sector.${sector}`, { defaultValue: sector })),
    language: remembered((code) => formatLanguageName(code, lang)),
    reviewReason: remembered((reason) => t(`figure.reviewReasons.${reason}`, { defaultValue: reason })),
    confidence: remembered((confidence) => (confidence === 'review' ? t('figure.review') : t('figure.stated'))),
    agreementKind: remembered((kind) =>
      kind === 'package' ? t('agreements.kindPackage') : t('agreements.kindDocument'),
    ),
    eventKind: remembered((kind) => t(`timeline.kinds.${kind}`, { defaultValue: kind })),
    eventName: (event) => eventName(event, lang),
    yes: '✓',
    no: '',
  }
}
