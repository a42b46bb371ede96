import { toDataInfo } from './data-dates'
import { csvFileName, DATASET_CSV, datasetCsvFile, type DatasetCsvName } from './dataset-csv'
import { toCsvLabels } from './dataset-csv-labels'
import i18next from 'i18next'
import { I18N_OPTIONS } from './i18n/i18n-options'
import { az } from './i18n/locales/az'
import { en } from './i18n/locales/en'
import { tr } from './i18n/locales/tr'
import { LANGS } from './langs'
import type { FactsFile } from '../schema/dataset'

/**
 * Lays out the full downloads (figures, agreements, occasions) as the files written beside facts.json: English
 * labels in `<name>.csv`, and the same table with Turkish and Azerbaijani labels in `<name>.<lang>.csv`. The note
 * line dates the data by its newest article and the build by `SOURCE_DATE_EPOCH` (else that same date), never by
 * the clock, so the same input and epoch give the same bytes. One file at a time, so only one table is in memory.
 */
export function* emitDatasetCsv(
  facts: Pick<FactsFile, 'articles' | 'figures' | 'agreements' | 'events'>,
  builtEpoch: string | undefined,
): Generator<[file: string, text: string]> {
  const info = toDataInfo(facts.articles, builtEpoch)
  // the interface strings without React (the app's instance binds them to it); synchronous, as they are bundled here:
  // this module runs in the data build only, so the app's bundle never carries the Turkish and Azerbaijani strings
  const i18n = i18next.createInstance()
  void i18n.init({
    ...I18N_OPTIONS,
    lng: 'en',
    resources: { en: { translation: en }, tr: { translation: tr }, az: { translation: az } },
  })
  for (const lang of LANGS) {
    const t = i18n.getFixedT(lang)
    const labels = toCsvLabels(t, lang)
    for (const name of Object.keys(DATASET_CSV) as DatasetCsvName[]) {
      const note = t('downloads.note', {
        file: name,
        asOf: info.asOf ?? '–',
        count: info.articleCount,
        built: info.builtOn ?? '–',
        url: '',
      }).trim()
      yield [csvFileName(name, lang), datasetCsvFile(name, facts, labels, note)]
    }
  }
}
