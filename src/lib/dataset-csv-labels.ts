import type { TFunction } from 'i18next'
import type { CorridorEvent } from '../schema/dataset'
import type { CsvLabels } from './dataset-csv'
import { formatCountryName, formatLanguageName } from './format'
import type { Lang } from './langs'
import { horizonLabel } from './horizon-label'

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

/** The words the full downloads use for internal keys, in one interface language: the views' own strings. */
export function toCsvLabels(t: TFunction, lang: Lang): CsvLabels {
  return {
    kind: (kind) => t(`kind.${kind}`, { defaultValue: kind }),
    // 'exact' has no word of its own: an empty cell, as in the views
    qualifier: (qualifier) => (qualifier === 'exact' ? '' : t(`qualifier.${qualifier}`, { value: '' }).trim()),
    unit: (unit) => unit,
    metric: (metric, fallback) => t(`metric.${metric}`, { defaultValue: fallback }),
    horizon: (term, words) => (term ? horizonLabel(term, t) : (words ?? '')),
    country: remembered((code) => formatCountryName(code, lang)), // a new Intl.DisplayNames on every call
    sector: (sector) => t(`sector.${sector}`, { defaultValue: sector }),
    language: remembered((code) => formatLanguageName(code, lang)),
    reviewReason: (reason) => t(`figure.reviewReasons.${reason}`, { defaultValue: reason }),
    confidence: (confidence) => (confidence === 'review' ? t('figure.review') : t('figure.stated')),
    agreementKind: (kind) => (kind === 'package' ? t('agreements.kindPackage') : t('agreements.kindDocument')),
    eventKind: (kind) => t(`timeline.kinds.${kind}`, { defaultValue: kind }),
    eventName: (event) => eventName(event, lang),
    yes: '✓',
    no: '',
  }
}
