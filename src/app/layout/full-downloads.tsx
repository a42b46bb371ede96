import { useTranslation } from 'react-i18next'
import { csvFileName, DATASET_CSV, type DatasetCsvName } from '../../lib/dataset-csv'
import { useLang } from '../../lib/i18n/use-lang'

const KEYS: Record<DatasetCsvName, 'figures' | 'agreements' | 'occasions'> = {
  'figures.csv': 'figures',
  'agreements.csv': 'agreements',
  'occasions.csv': 'occasions',
}

/**
 * Offers the whole dataset as three CSV files (figures, agreements, occasions), which the data build writes beside
 * facts.json with labels in each interface language: plain links to the files in the interface language, saved
 * under their plain names.
 */
export function FullDownloads() {
  const { t } = useTranslation()
  const lang = useLang()
  return (
    <p className="full-downloads">
      <span>{t('downloads.title')}: </span>
      {(Object.keys(DATASET_CSV) as DatasetCsvName[]).map((name, index) => (
        <span key={name}>
          {index > 0 ? ' · ' : null}
          <a href={`${import.meta.env.BASE_URL}data/${csvFileName(name, lang)}`} download={name} type="text/csv">
            {t(`downloads.${KEYS[name]}`)}
          </a>
        </span>
      ))}
    </p>
  )
}
