import type {
  Agreement,
  Article,
  CorridorEvent,
  Figure,
  InputIssue,
  PartialDate,
  ReviewReason,
  Sector,
  SourceRef,
} from '../schema/dataset'

/** One file as read from the input folder: its name and its undecoded bytes. */
export interface RawFile {
  file: string
  bytes: Uint8Array
}

/** A problem with the input, kept as data so one bad article never stops the build. */
export interface PipelineIssue extends InputIssue {
  stage: 'ingest' | 'clean' | 'segment' | 'extract' | 'merge' | 'curate' | 'validate'
}

/** A sentence of an article's cleaned text; `text === article.text.slice(start, end)`. */
export interface Sentence {
  start: number
  end: number
  text: string
}

/** A stretch of text found by a lexicon or pattern, as offsets into the string that was searched. */
export interface Span {
  start: number
  end: number
}

/** A country named in a text, in any inflected form ("Kazakistan'ın", "Qazaxıstanın"). */
export interface CountryMention extends Span {
  code: string
}

/** A sector cue word ("enerji", "nəqliyyat", "yapay zeka"). */
export interface SectorMention extends Span {
  sector: Sector
}

/** A person named by the gazetteer or a title pattern ("Cumhurbaşkanı X", "səfir X"), with a canonical name. */
export interface PersonMention extends Span {
  name: string
}

/**
 * A date expression in a sentence, resolved against the article's publication date.
 * `role`: 'point' (10 Ekim 2024, geçen yıl), 'deadline' (2030 yılına kadar, 2026-cı ilin sonuna), 'period' (son 3 yılda).
 * `value` is null when the expression can't be placed (a relative date in an undated article).
 */
export interface DateMention extends Span {
  value: PartialDate | null
  role: 'point' | 'deadline' | 'period'
  relative: boolean
  /**
   * A part of the year named without one that has not ended by the publication date ("в первом полугодии" in March):
   * its last day this year, which a plan's deadline reads, where `value` is the last such part already over.
   */
  ahead?: PartialDate
  /** A day told by its weekday ("on Tuesday", "geçen salı"): it dates an occasion, never a figure's period. */
  weekday?: boolean
}

/** A fact as one sentence states it, before merging gives it an id and gathers its other sources. */
/** `reviewReasons`: why this statement of the figure needs review (see `ReviewReason`); none when left out. */
export type FigureDraft = Omit<
  Figure,
  'id' | 'sources' | 'conflict' | 'derived' | 'curated' | 'confidence' | 'reviewReasons'
> & {
  reviewReasons?: ReviewReason[]
  source: SourceRef
  /** The month of `year` a table row gives ("Yanvar | 44 800"): it keeps two months apart, never in the dataset. */
  month?: number
}
/** `occasionKey`: the article-local occasion (an event draft's `key`) the signing belongs to, when one is told. */
export type AgreementDraft = Omit<Agreement, 'id' | 'sources' | 'curated' | 'occasionId'> & {
  occasionKey: string | null
  source: SourceRef
}
/** One occasion as one article tells it: `key` names it within the build, `source` is its first sentence. */
export type EventDraft = Omit<CorridorEvent, 'id' | 'curated' | 'title' | 'agreementIds'> & {
  key: string
  source: SourceRef
  /** A meeting on a summit's margins: across articles it never joins a summit (see `isSameOccasion`). */
  sideline?: true
}

/** What the extractors read: one cleaned article and its sentences. */
export interface ExtractionInput {
  article: Article
  sentences: readonly Sentence[]
}
