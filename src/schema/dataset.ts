import * as z from 'zod/mini'
import { nonEmpty, wholeNonNegative } from './common'

// The schemas are written in zod/mini, zod's functional build: the browser's first chunk carries only the parts of
// zod they use (the classic API's methods can't be tree-shaken). zod/mini also leaves out zod's English messages: the
// browser loads them only when a file fails validation (src/data/fetch-json.ts), Node code imports
// ./english-messages.ts.

/** Lists the ten sector slugs every fact is filed under (PRODUCT.md §2). */
export const SECTORS = [
  'trade',
  'energy',
  'transport',
  'digital',
  'industry',
  'agriculture',
  'health',
  'statistics',
  'culture',
  'diplomacy',
] as const
export const sectorSchema = z.enum(SECTORS)
export type Sector = z.infer<typeof sectorSchema>

/** An ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/))

/** A calendar date at the precision the text gives it: a day, a month or a year. */
export const partialDateSchema = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))
export type PartialDate = z.infer<typeof partialDateSchema>

/**
 * Points at the sentence a fact was read from; `article.text.slice(start, end) === quote` always holds. What can be
 * checked without the article is checked here (the span runs forwards, is as long as the quote, and holds the
 * mention), so a broken span fails at load time rather than becoming a silently clipped highlight.
 */
export const sourceRefSchema = z
  .object({
    articleId: nonEmpty(),
    start: wholeNonNegative(),
    end: wholeNonNegative(),
    quote: nonEmpty(),
    /** The exact words inside the quote that carry the fact ("1 milyar dolara"), as offsets in the article text. */
    mention: z.nullable(z.object({ start: wholeNonNegative(), end: wholeNonNegative() })),
    /** True when an analyst added or changed this source through the curation file. */
    curated: z.boolean(),
  })
  .check(
    z.superRefine((ref, ctx) => {
      if (ref.start > ref.end) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${ref.end} is before start ${ref.start}` })
      } else if (ref.end - ref.start !== ref.quote.length) {
        const message = `span ${ref.start}–${ref.end} is ${ref.end - ref.start} characters, the quote ${ref.quote.length}`
        ctx.addIssue({ code: 'custom', path: ['end'], message })
      }
      const { mention } = ref
      if (mention && (mention.start > mention.end || mention.start < ref.start || mention.end > ref.end)) {
        const message = `mention ${mention.start}–${mention.end} is not inside the quote's span ${ref.start}–${ref.end}`
        ctx.addIssue({ code: 'custom', path: ['mention'], message })
      }
    }),
  )
export type SourceRef = z.infer<typeof sourceRefSchema>

/** The sentences a fact was read from: at least one. */
const sourcesSchema = () => z.array(sourceRefSchema).check(z.minLength(1))

/** Records a stretch of the raw article that cleaning cut, and why. */
export const removedTextSchema = z.object({ reason: nonEmpty(), text: z.string() })

export const articleSchema = z.object({
  id: nonEmpty(),
  file: nonEmpty(),
  lang: z.string().check(z.minLength(2)),
  published: z.nullable(z.iso.date()),
  title: nonEmpty(),
  outlet: z.nullable(z.string()),
  author: z.nullable(z.string()),
  text: nonEmpty(),
  removed: z.array(removedTextSchema),
})
export type Article = z.infer<typeof articleSchema>

export const figureKindSchema = z.enum(['target', 'achieved', 'forecast'])
export const qualifierSchema = z.enum(['exact', 'about', 'more-than', 'less-than', 'up-to', 'at-least'])
export type FigureKind = z.infer<typeof figureKindSchema>
export type Qualifier = z.infer<typeof qualifierSchema>

/**
 * Why a figure needs an analyst's review before it is shown as a headline or charted: its metric or label came from a
 * fallback, its kind was not stated by a verb, its year came from the article's frame rather than its own sentence,
 * or its unit from an earlier figure it refers back to.
 */
export const reviewReasonSchema = z.enum(['metric-unknown', 'kind-unstated', 'year-from-context', 'unit-from-context'])
export type ReviewReason = z.infer<typeof reviewReasonSchema>

/**
 * Open horizons normalised from the words a text gives ("yakın gelecekte", "in the coming years"), so every interface
 * language can label them; the verbatim words stay in `horizon`.
 */
export const HORIZON_TERMS = [
  'soon',
  'near-future',
  'short-term',
  'coming-period',
  'coming-years',
  'medium-term',
  'long-term',
  // "üç il ərzində", "in three years", "в течение трёх лет": a count of years from the statement, as said
  'within-1-year',
  'within-2-years',
  'within-3-years',
  'within-4-years',
  'within-5-years',
  'within-6-years',
  'within-7-years',
  'within-8-years',
  'within-9-years',
  'within-10-years',
] as const
export const horizonTermSchema = z.enum(HORIZON_TERMS)
export type HorizonTerm = z.infer<typeof horizonTermSchema>

export const figureSchema = z.object({
  id: nonEmpty(),
  metric: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: nonEmpty(),
  kind: figureKindSchema,
  /** In base units: 4.5 million tonnes is 4500000; a multiplier "×3" is 3; 62 % is 62. Null when the text gives none. */
  value: z.nullable(z.number()),
  /** Upper bound of a stated range ("3-4 milyon ton"), else null. */
  valueMax: z.nullable(z.number()),
  unit: nonEmpty(),
  qualifier: qualifierSchema,
  /** Reference year of an achieved figure, or the year a derived baseline refers to. */
  year: z.nullable(z.number().check(z.int())),
  /** 'YYYY' or an ISO date the target is due by. */
  deadline: z.nullable(partialDateSchema),
  /** Words for an open deadline the text gives without a date ("yakın gelecekte"), verbatim. */
  horizon: z.nullable(z.string()),
  /**
   * `horizon` normalised to a term every interface language labels; null for words no term covers. Set by the build
   * after curation (so optional for the stages before it); a reader treats a missing term as null.
   */
  horizonTerm: z.optional(z.nullable(horizonTermSchema)),
  derived: z.nullable(z.object({ formula: nonEmpty(), from: z.array(nonEmpty()).check(z.minLength(1)) })),
  /**
   * Shared by the figures for the same metric, kind and period whose sources state different values (a group key,
   * so a thousand disagreeing sources stay linear in size); null when no source disagrees.
   */
  conflict: z.nullable(z.string()),
  sectors: z.array(sectorSchema),
  countries: z.array(countryCodeSchema),
  curated: z.boolean(),
  /** 'high' when every field was read from the figure's own words; 'review' with the reasons otherwise. */
  confidence: z._default(z.enum(['high', 'review']), 'high'),
  reviewReasons: z._default(z.array(reviewReasonSchema), []),
  sources: sourcesSchema(),
})
export type Figure = z.infer<typeof figureSchema>

/** Document types, read from the noun that names a document. */
export const DOCUMENT_TYPES = [
  'joint-declaration',
  'declaration',
  'joint-statement',
  'statement',
  'memorandum',
  'roadmap',
  'action-plan',
  'programme',
  'protocol',
  'agreement',
  'contract',
  'decision',
  'communique',
] as const
export const documentTypeSchema = z.enum(DOCUMENT_TYPES)
export type DocumentType = z.infer<typeof documentTypeSchema>

export const agreementSchema = z.object({
  id: nonEmpty(),
  /** The document's name in the article's language, only when the text names it. */
  title: z.nullable(z.string()),
  /** 'package' for "15 agreements" stated as a number, 'document' for one named document. */
  kind: z.enum(['package', 'document']),
  count: z.nullable(z.number().check(z.int(), z.positive())),
  date: z.nullable(partialDateSchema),
  place: z.nullable(z.string()),
  parties: z.array(countryCodeSchema),
  sectors: z.array(sectorSchema),
  /** What kind of document it is, read from its noun ("Ortak Bildiri" → joint declaration); null for a package. */
  docType: z._default(z.nullable(documentTypeSchema), null),
  /** The years a plan or programme covers, as its title gives them ("2026–2027"), else null. */
  years: z._default(z.nullable(z.string()), null),
  /** The occasion it was signed at, when the article tells one. */
  occasionId: z._default(z.nullable(z.string()), null),
  curated: z.boolean(),
  sources: sourcesSchema(),
})
export type Agreement = z.infer<typeof agreementSchema>

/** The kinds of real-world occasion: visits by rank, summits, meetings, talks, sessions of a body, and the rest. */
export const EVENT_KINDS = [
  'state-visit',
  'official-visit',
  'visit',
  'summit',
  'meeting',
  'talks',
  'session',
  'forum',
  'round-table',
  'signing',
  'other',
] as const
export const eventKindSchema = z.enum(EVENT_KINDS)
export type EventKind = z.infer<typeof eventKindSchema>

/** The steps an occasion is told in: a welcome, one-on-one talks, talks, a council session, a signing, the press. */
export const PART_KINDS = ['welcome', 'one-on-one', 'talks', 'session', 'signing', 'press'] as const
export const partKindSchema = z.enum(PART_KINDS)
export type PartKind = z.infer<typeof partKindSchema>

/** A participant's role, as the title words beside the name give it. */
export const participantRoleSchema = z.enum([
  'head-of-state',
  'head-of-government',
  'minister',
  'ambassador',
  'official',
])
export type ParticipantRole = z.infer<typeof participantRoleSchema>

export const participantSchema = z.object({
  name: nonEmpty(),
  role: z.nullable(participantRoleSchema),
  country: z.nullable(countryCodeSchema),
})
export type Participant = z.infer<typeof participantSchema>

/** A title generated from an occasion's fields in each interface language (never quoted from a source). */
export const titlesSchema = z.object({ en: nonEmpty(), tr: nonEmpty(), az: nonEmpty() })
export type Titles = z.infer<typeof titlesSchema>

/** The body whose session an occasion is, or the organisation whose summit it is, when the text names a known one. */
export const EVENT_BODIES = [
  'supreme-interstate-council',
  'intergovernmental-commission',
  'joint-economic-commission',
  'organization-of-turkic-states',
  'titr-association',
] as const
export const eventBodySchema = z.enum(EVENT_BODIES)
export type EventBody = z.infer<typeof eventBodySchema>

/**
 * One real-world occasion, however many sentences and articles tell it: a visit's welcome, talks, council session and
 * signing are its `parts`, the documents signed at it are `agreementIds`. Its title is generated from these fields.
 */
export const eventSchema = z.object({
  id: nonEmpty(),
  kind: eventKindSchema,
  status: z._default(z.enum(['happened', 'planned']), 'happened'),
  title: titlesSchema,
  date: z.nullable(partialDateSchema),
  /** The last day of an occasion over several days ("24-25 Kasım"), else null. */
  dateEnd: z._default(z.nullable(partialDateSchema), null),
  /** 'stated' when a sentence dates the occasion; 'published' when only the article's date places it. */
  dateBasis: z.nullable(z.enum(['stated', 'published'])),
  place: z.nullable(z.string()),
  /** Set when the occasion is held at a country's embassy: that country. */
  embassyOf: z._default(z.nullable(countryCodeSchema), null),
  body: z._default(z.nullable(eventBodySchema), null),
  /** The number of the session or summit in its series ("2nd meeting", "XII Summit"). */
  ordinal: z._default(z.nullable(z.number().check(z.int(), z.positive())), null),
  countries: z.array(countryCodeSchema),
  /** The country the occasion takes place in, or the visit goes to. */
  host: z._default(z.nullable(countryCodeSchema), null),
  /** The visiting countries. */
  guests: z._default(z.array(countryCodeSchema), []),
  participants: z._default(z.array(participantSchema), []),
  parts: z._default(z.array(z.object({ kind: partKindSchema, sources: sourcesSchema() })), []),
  agreementIds: z._default(z.array(nonEmpty()), []),
  curated: z.boolean(),
  sources: sourcesSchema(),
})
export type CorridorEvent = z.infer<typeof eventSchema>

export const inputIssueSchema = z.object({
  file: nonEmpty(),
  severity: z.enum(['error', 'warning']),
  message: nonEmpty(),
})
export type InputIssue = z.infer<typeof inputIssueSchema>

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(articleSchema),
  figures: z.array(figureSchema),
  agreements: z.array(agreementSchema),
  events: z.array(eventSchema),
  issues: z.array(inputIssueSchema),
})
export type Dataset = z.infer<typeof datasetSchema>

/** An article's metadata without its text: what list views need. */
export const articleMetaSchema = z.omit(articleSchema, { text: true, removed: true })
export type ArticleMeta = z.infer<typeof articleMetaSchema>

/** The per-view index file (`facts.json`): every fact and every article's metadata, but no article texts. */
export const factsFileSchema = z.extend(z.omit(datasetSchema, { articles: true }), {
  articles: z.array(articleMetaSchema),
})
export type FactsFile = z.infer<typeof factsFileSchema>
