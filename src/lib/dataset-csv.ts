import type { ArticleMeta, FactsFile, HorizonTerm, SourceRef } from '../schema/dataset'
import { horizonTermOf } from '../schema/horizon-term'
import { toCsv, type CsvCell } from './csv'
import type { Lang } from './langs'

/** Turns internal keys into the words a reader sees; the views' own formatters, bound to the interface language. */
export interface CsvLabels {
  kind: (kind: string) => string
  qualifier: (qualifier: string) => string
  unit: (unit: string) => string
  metric: (metric: string, fallback: string) => string
  horizon: (term: HorizonTerm | null, words: string | null) => string
  country: (code: string) => string
  sector: (sector: string) => string
  language: (code: string) => string
  reviewReason: (reason: string) => string
  confidence: (confidence: string) => string
  agreementKind: (kind: string) => string
  eventKind: (kind: string) => string
  eventName: (event: FactsFile['events'][number]) => string
  yes: string
  no: string
}

const SOURCE_HEADER = [
  'source_number',
  'article_id',
  'outlet',
  'published',
  'article_language',
  'quote',
  'start',
  'end',
  'mention_start',
  'mention_end',
]

// One row per fact and source, so every quote and its offsets stay in a cell of their own.
function sourceCells(source: SourceRef, index: number, article: ArticleMeta | undefined, labels: CsvLabels): CsvCell[] {
  return [
    index + 1,
    source.articleId,
    article?.outlet ?? null,
    article?.published ?? null,
    article ? labels.language(article.lang) : null,
    source.quote,
    source.start,
    source.end,
    source.mention?.start ?? null,
    source.mention?.end ?? null,
  ]
}

const list = (values: readonly string[]) => values.join('; ')

/** Writes the note line a full download starts with: what it is, the data's date and size, the build date, the site. */
export function csvNote(note: string): string {
  return `# ${note.replace(/[\r\n]+/g, ' ')}\r\n`
}

/** Lays out every figure as CSV: one row per source, labels in the interface language, codes beside names. */
export function figuresCsv(facts: Pick<FactsFile, 'figures' | 'articles'>, labels: CsvLabels): string {
  const articles = new Map(facts.articles.map((article) => [article.id, article]))
  const header = [
    'figure_id',
    'metric',
    'metric_slug',
    'kind',
    'value',
    'value_max',
    'unit',
    'qualifier',
    'year',
    'deadline',
    'horizon',
    'horizon_words',
    'derived',
    'formula',
    'confidence',
    'review_reasons',
    'conflict_group',
    'countries',
    'country_codes',
    'sectors',
    'curated',
    ...SOURCE_HEADER,
  ]
  const rows = facts.figures.flatMap((figure) =>
    figure.sources.map((source, index) => [
      figure.id,
      labels.metric(figure.metric, figure.label),
      figure.metric,
      labels.kind(figure.kind),
      figure.value,
      figure.valueMax,
      labels.unit(figure.unit),
      labels.qualifier(figure.qualifier),
      figure.year,
      figure.deadline,
      figure.horizon === null ? null : labels.horizon(horizonTermOf(figure), figure.horizon),
      figure.horizon,
      figure.derived ? labels.yes : labels.no,
      figure.derived?.formula ?? null,
      labels.confidence(figure.confidence),
      list(figure.reviewReasons.map(labels.reviewReason)),
      figure.conflict,
      list(figure.countries.map(labels.country)),
      list(figure.countries),
      list(figure.sectors.map(labels.sector)),
      figure.curated ? labels.yes : labels.no,
      ...sourceCells(source, index, articles.get(source.articleId), labels),
    ]),
  )
  return toCsv(header, rows)
}

/** Lays out every agreement as CSV: one row per source. */
export function agreementsCsv(facts: Pick<FactsFile, 'agreements' | 'articles'>, labels: CsvLabels): string {
  const articles = new Map(facts.articles.map((article) => [article.id, article]))
  const header = [
    'agreement_id',
    'title',
    'kind',
    'count',
    'date',
    'place',
    'parties',
    'party_codes',
    'sectors',
    'curated',
    ...SOURCE_HEADER,
  ]
  const rows = facts.agreements.flatMap((agreement) =>
    agreement.sources.map((source, index) => [
      agreement.id,
      agreement.title,
      labels.agreementKind(agreement.kind),
      agreement.count,
      agreement.date,
      agreement.place,
      list(agreement.parties.map(labels.country)),
      list(agreement.parties),
      list(agreement.sectors.map(labels.sector)),
      agreement.curated ? labels.yes : labels.no,
      ...sourceCells(source, index, articles.get(source.articleId), labels),
    ]),
  )
  return toCsv(header, rows)
}

/** Lays out every occasion (visit, summit, meeting…) as CSV: one row per source. */
export function occasionsCsv(facts: Pick<FactsFile, 'events' | 'articles'>, labels: CsvLabels): string {
  const articles = new Map(facts.articles.map((article) => [article.id, article]))
  const header = [
    'occasion_id',
    'name',
    'kind',
    'date',
    'place',
    'countries',
    'country_codes',
    'curated',
    ...SOURCE_HEADER,
  ]
  const rows = facts.events.flatMap((event) =>
    event.sources.map((source, index) => [
      event.id,
      labels.eventName(event),
      labels.eventKind(event.kind),
      event.date,
      event.place,
      list(event.countries.map(labels.country)),
      list(event.countries),
      event.curated ? labels.yes : labels.no,
      ...sourceCells(source, index, articles.get(source.articleId), labels),
    ]),
  )
  return toCsv(header, rows)
}

/** The full downloads, by file name, and what each lays out. */
export const DATASET_CSV = {
  'figures.csv': figuresCsv,
  'agreements.csv': agreementsCsv,
  'occasions.csv': occasionsCsv,
} as const

/** The name of a full download. */
export type DatasetCsvName = keyof typeof DATASET_CSV

/**
 * Writes one full download: a byte-order mark (so spreadsheet programs read Turkish and Azerbaijani letters), the
 * note line, then the table.
 */
export function datasetCsvFile(
  name: DatasetCsvName,
  facts: Pick<FactsFile, 'articles' | 'figures' | 'agreements' | 'events'>,
  labels: CsvLabels,
  note: string,
): string {
  return `\uFEFF${csvNote(note)}${DATASET_CSV[name](facts, labels)}`
}

/** The file a full download in one interface language is written to: `figures.csv` in English, `figures.tr.csv`… */
export function csvFileName(name: DatasetCsvName, lang: Lang): string {
  return lang === 'en' ? name : name.replace(/\.csv$/, `.${lang}.csv`)
}
