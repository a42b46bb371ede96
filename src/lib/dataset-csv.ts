import type {
  Agreement,
  ArticleMeta,
  CorridorEvent,
  FactsFile,
  Figure,
  HorizonTerm,
  SourceRef,
} from '../schema/dataset'
import { horizonTermOf } from '../schema/horizon-term'
import { toCsv, toCsvLine, type CsvCell } from './csv'
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
/** Article metadata by id, for the source columns of every row. */
export type ArticlesById = ReadonlyMap<string, ArticleMeta>

const FIGURE_HEADER = [
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

/** Lays out one figure: a row per source. */
function figureRows(figure: Figure, articles: ArticlesById, labels: CsvLabels): CsvCell[][] {
  return figure.sources.map((source, index) => [
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
  ])
}

const AGREEMENT_HEADER = [
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

/** Lays out one agreement: a row per source. */
function agreementRows(agreement: Agreement, articles: ArticlesById, labels: CsvLabels): CsvCell[][] {
  return agreement.sources.map((source, index) => [
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
  ])
}

const OCCASION_HEADER = [
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

/** Lays out one occasion: a row per source. */
function occasionRows(event: CorridorEvent, articles: ArticlesById, labels: CsvLabels): CsvCell[][] {
  return event.sources.map((source, index) => [
    event.id,
    labels.eventName(event),
    labels.eventKind(event.kind),
    event.date,
    event.place,
    list(event.countries.map(labels.country)),
    list(event.countries),
    event.curated ? labels.yes : labels.no,
    ...sourceCells(source, index, articles.get(source.articleId), labels),
  ])
}

/** Fact lists in output order, in memory or read one at a time (the data build reads them back from disk). */
export interface CsvFactLists {
  figures: Iterable<Figure>
  agreements: Iterable<Agreement>
  events: Iterable<CorridorEvent>
}

/** Yields each line of one table in turn (header first), so a table of any length is written without holding it. */
export function* datasetCsvLines(
  name: DatasetCsvName,
  facts: CsvFactLists,
  articles: ArticlesById,
  labels: CsvLabels,
): Generator<string> {
  if (name === 'figures.csv') {
    yield toCsvLine(FIGURE_HEADER)
    for (const figure of facts.figures) for (const row of figureRows(figure, articles, labels)) yield toCsvLine(row)
  } else if (name === 'agreements.csv') {
    yield toCsvLine(AGREEMENT_HEADER)
    for (const agreement of facts.agreements) {
      for (const row of agreementRows(agreement, articles, labels)) yield toCsvLine(row)
    }
  } else {
    yield toCsvLine(OCCASION_HEADER)
    for (const event of facts.events) for (const row of occasionRows(event, articles, labels)) yield toCsvLine(row)
  }
}

/** Indexes article metadata by id. */
export const articlesById = (articles: readonly ArticleMeta[]): ArticlesById =>
  new Map(articles.map((article) => [article.id, article]))

/** Lays out every figure as CSV: one row per source, labels in the interface language, codes beside names. */
export function figuresCsv(facts: Pick<FactsFile, 'figures' | 'articles'>, labels: CsvLabels): string {
  const articles = articlesById(facts.articles)
  return toCsv(
    FIGURE_HEADER,
    facts.figures.flatMap((figure) => figureRows(figure, articles, labels)),
  )
}

/** Lays out every agreement as CSV: one row per source. */
export function agreementsCsv(facts: Pick<FactsFile, 'agreements' | 'articles'>, labels: CsvLabels): string {
  const articles = articlesById(facts.articles)
  return toCsv(
    AGREEMENT_HEADER,
    facts.agreements.flatMap((agreement) => agreementRows(agreement, articles, labels)),
  )
}

/** Lays out every occasion (visit, summit, meeting…) as CSV: one row per source. */
export function occasionsCsv(facts: Pick<FactsFile, 'events' | 'articles'>, labels: CsvLabels): string {
  const articles = articlesById(facts.articles)
  return toCsv(
    OCCASION_HEADER,
    facts.events.flatMap((event) => occasionRows(event, articles, labels)),
  )
}

/** The full downloads, by file name, and what each lays out. */
export const DATASET_CSV = {
  'figures.csv': figuresCsv,
  'agreements.csv': agreementsCsv,
  'occasions.csv': occasionsCsv,
} as const

/** The name of a full download. */
export type DatasetCsvName = keyof typeof DATASET_CSV

/** What a full download starts with: a byte-order mark (so spreadsheet programs read Turkish and Azerbaijani letters), then the note line. */
export const csvPreamble = (note: string) => `\uFEFF${csvNote(note)}`

/** Writes one full download: the preamble, then the table. */
export function datasetCsvFile(
  name: DatasetCsvName,
  facts: Pick<FactsFile, 'articles' | 'figures' | 'agreements' | 'events'>,
  labels: CsvLabels,
  note: string,
): string {
  return `${csvPreamble(note)}${DATASET_CSV[name](facts, labels)}`
}

/** The file a full download in one interface language is written to: `figures.csv` in English, `figures.tr.csv`… */
export function csvFileName(name: DatasetCsvName, lang: Lang): string {
  return lang === 'en' ? name : name.replace(/\.csv$/, `.${lang}.csv`)
}
