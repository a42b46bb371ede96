import * as z from 'zod/mini'
import { nonEmpty } from '../../schema/common'
import '../../schema/english-messages'
import type { Agreement, Article, CorridorEvent, Figure, SourceRef } from '../../schema/dataset'
import { agreementSchema, eventSchema, figureSchema, sectorSchema } from '../../schema/dataset'
import { shortHash } from '../ids'
import { occasionTitles } from './occasion-title'
import { checkCuration } from './check-curation'

/** The curation file's name inside the input folder. */
export const CURATION_FILE = 'curation.json'

/** A quote an analyst cites: the article and the exact words, which must appear verbatim in its cleaned text. */
const quotedSchema = z.strictObject({ articleId: nonEmpty(), quote: nonEmpty() })

// Every object is strict, down to `add[].fields`: a misspelt key ("lable") must fail, not silently do nothing.

/** Rejects the keys an object schema doesn't name, as classic zod's `.strict()` does. */
const strict = <T extends z.ZodMiniObject>(schema: T) => z.catchall(schema, z.never())

const figureFieldsSchema = strict(
  z.partial(
    z.omit(figureSchema, {
      id: true,
      sources: true,
      curated: true,
      derived: true,
      conflict: true,
      confidence: true,
      reviewReasons: true,
    }),
    { valueMax: true, qualifier: true, year: true, deadline: true, horizon: true, sectors: true, countries: true },
  ),
)
const agreementFieldsSchema = strict(
  z.partial(z.omit(agreementSchema, { id: true, sources: true, curated: true }), {
    title: true,
    count: true,
    date: true,
    place: true,
    parties: true,
    sectors: true,
  }),
)
const eventFieldsSchema = strict(
  z.partial(z.omit(eventSchema, { id: true, sources: true, curated: true }), {
    title: true,
    date: true,
    dateBasis: true,
    place: true,
    countries: true,
  }),
)

/** The curation file: every part optional, unknown keys rejected so a typo can't silently do nothing. */
export const curationSchema = z.strictObject({
  /** Ids of extracted facts that are wrong. */
  reject: z._default(z.array(nonEmpty()), []),
  /** Corrections to extracted facts: a new metric, label, kind or sector list. */
  fix: z._default(
    z.array(
      z.strictObject({
        id: nonEmpty(),
        metric: z.optional(z.string()),
        label: z.optional(z.string()),
        kind: z.optional(z.enum(['target', 'achieved', 'forecast'])),
        sectors: z.optional(z.array(sectorSchema)),
      }),
    ),
    [],
  ),
  /** Facts that are one: the sources of `from` move into `into`, and `from` disappears. */
  merge: z._default(z.array(z.strictObject({ into: nonEmpty(), from: z.array(nonEmpty()).check(z.minLength(1)) })), []),
  /** Facts the machine missed, each backed by a verbatim quote. */
  add: z._default(
    z.array(
      z.discriminatedUnion('type', [
        z.extend(quotedSchema, { type: z.literal('figure'), fields: figureFieldsSchema }),
        z.extend(quotedSchema, { type: z.literal('agreement'), fields: agreementFieldsSchema }),
        z.extend(quotedSchema, { type: z.literal('event'), fields: eventFieldsSchema }),
      ]),
    ),
    [],
  ),
})
export type Curation = z.infer<typeof curationSchema>

/** The facts curation works on. */
export interface FactSet {
  articles: Article[]
  figures: Figure[]
  agreements: Agreement[]
  events: CorridorEvent[]
}

/** A curation file that can't be applied; the build stops, because the analyst's intent would be lost. */
export class CurationError extends Error {
  override name = 'CurationError'
}

/** Writes a schema path the way the file reads: `add[0].fields`. */
const formatPath = (path: readonly PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('')

/**
 * Parses the curation file's text (a leading BOM is dropped, as in article files); throws a CurationError naming the
 * file, the place and what is wrong there.
 */
export function parseCuration(text: string, file: string): Curation {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CurationError(`${file}: not valid JSON (${(error as Error).message})`)
  }
  const result = curationSchema.safeParse(json)
  if (!result.success) {
    const first = result.error.issues[0]
    throw new CurationError(`${file}: ${formatPath(first?.path ?? []) || '(root)'}: ${first?.message ?? 'invalid'}`)
  }
  return result.data
}

/** Finds a quote verbatim in its article and points at it; throws, naming the entry, when it isn't there. */
function locateQuote(articles: readonly Article[], { articleId, quote }: Quoted, at: string): SourceRef {
  const article = articles.find((a) => a.id === articleId)
  if (!article) throw new CurationError(`${CURATION_FILE}: ${at}: no article "${articleId}" for the quote "${quote}"`)
  const start = article.text.indexOf(quote)
  if (start < 0) {
    throw new CurationError(`${CURATION_FILE}: ${at}: the quote "${quote}" is not verbatim in ${article.file}`)
  }
  const end = start + quote.length
  return { articleId, start, end, quote, mention: { start, end }, curated: true }
}

type Quoted = z.infer<typeof quotedSchema>
type Fact = Figure | Agreement | CorridorEvent
type FactLists = Pick<FactSet, 'figures' | 'agreements' | 'events'>

/** Maps every list of facts through the same transform. */
function mapFacts(facts: FactLists, transform: <T extends Fact>(list: T[]) => T[]): FactLists {
  return { figures: transform(facts.figures), agreements: transform(facts.agreements), events: transform(facts.events) }
}

/** Moves the sources of merged-away facts into the surviving one and drops the others. */
function mergeInto(facts: FactLists, into: string, from: readonly string[]): FactLists {
  const all: Fact[] = [...facts.figures, ...facts.agreements, ...facts.events]
  const moved = all.filter((fact) => from.includes(fact.id)).flatMap((fact) => fact.sources)
  return mapFacts(facts, (list) =>
    list
      .filter((fact) => !from.includes(fact.id))
      .map((fact) => (fact.id === into ? { ...fact, curated: true, sources: [...fact.sources, ...moved] } : fact)),
  )
}

/** Corrects one fact: a figure takes every field; an agreement only its sectors; an event none (reject and add). */
function applyFix(lists: FactLists, { id, sectors, ...figureOnly }: Curation['fix'][number], at: string): FactLists {
  const hasFigureFields = Object.values(figureOnly).some((value) => value !== undefined)
  if (lists.events.some((event) => event.id === id) || (hasFigureFields && !lists.figures.some((f) => f.id === id))) {
    throw new CurationError(
      `${CURATION_FILE}: ${at}: "${id}" can't take those fixes; reject it and add the fact instead`,
    )
  }
  const withSectors = <T extends Figure | Agreement>(fact: T): T =>
    sectors ? { ...fact, sectors: [...sectors].sort() } : fact
  return {
    ...lists,
    figures: lists.figures.map((f) =>
      // an analyst's fix is a review: the figure is no longer waiting for one
      f.id === id
        ? withSectors({ ...f, ...dropUndefined(figureOnly), curated: true, confidence: 'high', reviewReasons: [] })
        : f,
    ),
    agreements: lists.agreements.map((a) => (a.id === id ? withSectors({ ...a, curated: true }) : a)),
  }
}

/** Drops keys whose value is undefined, so a partial patch never blanks a field. */
const dropUndefined = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>

/** Serialises a value with its keys sorted, so the same fields give the same text in any order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  )

/**
 * Gives an added fact its id from everything it says (type, article, quote, fields), as extracted ids come from what a
 * fact says: two figures added from one sentence differ, and the same entry written twice collides and is caught.
 */
const addedId = (entry: Curation['add'][number]) =>
  `curated-${entry.type}-${shortHash(`${entry.articleId}|${entry.quote}|${canonicalJson(entry.fields)}`)}`

/** Turns an `add` entry into a fact with a curated source. */
function addedFact(articles: readonly Article[], entry: Curation['add'][number], at: string): Partial<FactLists> {
  const source = locateQuote(articles, entry, at)
  const base = { id: addedId(entry), curated: true, sources: [source] }
  if (entry.type === 'figure') {
    const f = entry.fields
    const figure: Figure = {
      confidence: 'high',
      reviewReasons: [],
      valueMax: null,
      qualifier: 'exact',
      year: null,
      deadline: null,
      horizon: null,
      sectors: [],
      countries: [],
      ...f,
      ...base,
      derived: null,
      conflict: null,
    }
    return { figures: [figure] }
  }
  if (entry.type === 'agreement') {
    const agreement: Agreement = {
      title: null,
      count: null,
      date: null,
      place: null,
      parties: [],
      sectors: [],
      ...entry.fields,
      ...base,
    }
    return { agreements: [agreement] }
  }
  const fields = { date: null, dateBasis: null, place: null, countries: [], ...entry.fields }
  // an added occasion is titled like an extracted one unless the analyst writes the titles
  const event: CorridorEvent = { ...fields, title: fields.title ?? occasionTitles(fields), ...base }
  return { events: [event] }
}

/**
 * Applies an analyst's corrections in a fixed order: reject, fix, merge, add. Every id must name an extracted fact,
 * no entry may contradict another (a fact rejected and fixed, merged into itself, added twice…), and every added
 * quote must be verbatim in its article; otherwise a CurationError naming each bad entry stops the build.
 */
export function applyCuration(facts: FactSet, curation: Curation): FactSet {
  const problems = checkCuration(facts, curation, curation.add.map(addedId))
  if (problems.length > 0) throw new CurationError(problems.map((problem) => `${CURATION_FILE}: ${problem}`).join('\n'))
  let lists: FactLists = facts
  lists = mapFacts(lists, (list) => list.filter((fact) => !curation.reject.includes(fact.id)))
  curation.fix.forEach((fix, index) => {
    lists = applyFix(lists, fix, `fix[${index}]`)
  })
  for (const { into, from } of curation.merge) lists = mergeInto(lists, into, from)
  curation.add.forEach((entry, index) => {
    const added = addedFact(facts.articles, entry, `add[${index}]`)
    lists = {
      figures: [...lists.figures, ...(added.figures ?? [])],
      agreements: [...lists.agreements, ...(added.agreements ?? [])],
      events: [...lists.events, ...(added.events ?? [])],
    }
  })
  return { articles: facts.articles, ...lists }
}
