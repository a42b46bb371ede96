import { toDataInfo } from './data-dates'
import {
  articlesById,
  csvFileName,
  csvPreamble,
  DATASET_CSV,
  datasetCsvFile,
  datasetCsvLines,
  type CsvFactLists,
  type CsvLabels,
  type DatasetCsvName,
} from './dataset-csv'
import { toCsvLabels } from './dataset-csv-labels'
import i18next from 'i18next'
import { I18N_OPTIONS, withNumberFormat } from './i18n/i18n-options'
import { az } from './i18n/locales/az'
import { en } from './i18n/locales/en'
import { tr } from './i18n/locales/tr'
import { LANGS } from './langs'
import type { ArticleMeta, FactsFile } from '../schema/dataset'

/** One full download to write: its file, which table it lays out, and the words and note line of its language. */
interface DatasetCsvSpec {
  file: string
  name: DatasetCsvName
  labels: CsvLabels
  note: string
}

/**
 * Lists the full downloads (figures, agreements, occasions) written beside facts.json: English labels in
 * `<name>.csv`, and the same table with Turkish and Azerbaijani labels in `<name>.<lang>.csv`. The note line dates
 * the data by its newest article and the build by `SOURCE_DATE_EPOCH` (else that same date), never by the clock, so
 * the same input and epoch give the same bytes. Needs only the articles: the facts are laid out by the caller.
 */
function* datasetCsvSpecs(
  articles: readonly Pick<ArticleMeta, 'published'>[],
  builtEpoch: string | undefined,
): Generator<DatasetCsvSpec> {
  const info = toDataInfo(articles, builtEpoch)
  // the interface strings without React (the app's instance binds them to it); synchronous, as they are bundled here:
  // this module runs in the data build only, so the app's bundle never carries the Turkish and Azerbaijani strings
  const i18n = i18next.createInstance()
  void i18n.init({
    ...I18N_OPTIONS,
    lng: 'en',
    resources: { en: { translation: en }, tr: { translation: tr }, az: { translation: az } },
  })
  withNumberFormat(i18n)
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
      yield { file: csvFileName(name, lang), name, labels, note }
    }
  }
}

/** Lays out every full download from facts in memory, one file at a time, so only one table is held at once. */
export function* emitDatasetCsv(
  facts: Pick<FactsFile, 'articles' | 'figures' | 'agreements' | 'events'>,
  builtEpoch: string | undefined,
): Generator<[file: string, text: string]> {
  for (const { file, name, labels, note } of datasetCsvSpecs(facts.articles, builtEpoch)) {
    yield [file, datasetCsvFile(name, facts, labels, note)]
  }
}

/** One full download, laid out line by line from facts in output order, so the data build writes it as it comes. */
export interface DatasetCsvWriter {
  file: string
  lines: (facts: CsvFactLists) => Generator<string>
}

/** The full downloads as line writers: the same bytes as `emitDatasetCsv`, without holding a table. */
export function* datasetCsvWriters(
  articles: readonly ArticleMeta[],
  builtEpoch: string | undefined,
): Generator<DatasetCsvWriter> {
  const byId = articlesById(articles)
  for (const { file, name, labels, note } of datasetCsvSpecs(articles, builtEpoch)) {
    const lines = function* (facts: CsvFactLists) {
      yield csvPreamble(note)
      yield* datasetCsvLines(name, facts, byId, labels)
    }
    yield { file, lines }
  }
}
