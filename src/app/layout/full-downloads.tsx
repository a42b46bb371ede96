import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataInfo } from '../../data/data-info'
import { factsQueryOptions } from '../../data/queries'
import { agreementsCsv, csvNote, figuresCsv, occasionsCsv, type CsvLabels } from '../../lib/dataset-csv'
import { downloadBlob } from '../../lib/download'
import { formatCountryName, formatLanguageName } from '../../lib/format'
import { useLang } from '../../lib/i18n/use-lang'
import type { Lang } from '../../lib/langs'
import type { CorridorEvent } from '../../schema/dataset'

const FILES = {
  figures: { name: 'figures.csv', build: figuresCsv },
  agreements: { name: 'agreements.csv', build: agreementsCsv },
  occasions: { name: 'occasions.csv', build: occasionsCsv },
} as const

// An occasion's name: its generated title in the interface language, or the label of files from before titles.
function eventName(event: CorridorEvent, lang: Lang): string {
  const record = event as unknown as { title?: Partial<Record<Lang, string>>; label?: string }
  return record.title?.[lang] ?? record.label ?? ''
}

/** Offers the whole dataset as three CSV files (figures, agreements, occasions) with labels in the interface language. */
export function FullDownloads() {
  const { t } = useTranslation()
  const lang = useLang()
  const { data: facts } = useQuery(factsQueryOptions())
  const info = useDataInfo()
  const labels = useMemo<CsvLabels>(
    () => ({
      kind: (kind) => t(`kind.${kind}`, { defaultValue: kind }),
      // 'exact' has no word of its own: an empty cell, as in the views
      qualifier: (qualifier) => (qualifier === 'exact' ? '' : t(`qualifier.${qualifier}`, { value: '' }).trim()),
      unit: (unit) => unit,
      metric: (metric, fallback) => t(`metric.${metric}`, { defaultValue: fallback }),
      horizon: (term, words) => (term ? t(`horizon.${term}`) : (words ?? '')),
      country: (code) => formatCountryName(code, lang),
      sector: (sector) => t(`sector.${sector}`, { defaultValue: sector }),
      language: (code) => formatLanguageName(code, lang),
      reviewReason: (reason) => t(`figure.reviewReasons.${reason}`, { defaultValue: reason }),
      confidence: (confidence) => (confidence === 'review' ? t('figure.review') : t('figure.stated')),
      agreementKind: (kind) => (kind === 'package' ? t('agreements.kindPackage') : t('agreements.kindDocument')),
      eventKind: (kind) => t(`timeline.kinds.${kind}`, { defaultValue: kind }),
      eventName: (event) => eventName(event, lang),
      yes: '✓',
      no: '',
    }),
    [lang, t],
  )
  if (!facts) return null

  const download = (key: keyof typeof FILES) => {
    const { name, build } = FILES[key]
    const note = t('downloads.note', {
      file: name,
      asOf: info?.asOf ?? '–',
      count: info?.articleCount ?? facts.articles.length,
      built: info?.builtOn ?? '–',
      url: window.location.origin + import.meta.env.BASE_URL,
    })
    // a byte-order mark lets spreadsheet programs read Turkish and Azerbaijani letters correctly
    downloadBlob(name, new Blob(['\uFEFF', csvNote(note), build(facts, labels)], { type: 'text/csv;charset=utf-8' }))
  }

  return (
    <p className="full-downloads">
      <span>{t('downloads.title')}: </span>
      {(Object.keys(FILES) as (keyof typeof FILES)[]).map((key, index) => (
        <span key={key}>
          {index > 0 ? ' · ' : null}
          <button type="button" className="button button--quiet" onClick={() => download(key)}>
            {t(`downloads.${key}`)}
          </button>
        </span>
      ))}
    </p>
  )
}
