import type { Agreement, CorridorEvent, SourceRef } from '../../schema/dataset'
import { shortHash, uniqueIds } from '../ids'
import type { AgreementDraft, EventDraft } from '../types'
import { datesOverlap } from './occasion-dates'
import { isWithin } from './mention-context'

const sentenceKey = (s: SourceRef) => `${s.articleId}|${s.start}`

/** Names an article's occasion across the build: the article (as its sources name it) and the occasion's local key. */
export const occasionKeyOf = (articleId: string, key: string) => `${articleId}#${key}`

/**
 * Links each agreement to the occasion its article signed it at: the occasion told in the same sentence, else the
 * one dated like the signing, else the article's only occasion that happened. Nothing links when none fits.
 */
export function linkAgreements(agreements: readonly AgreementDraft[], events: readonly EventDraft[]): AgreementDraft[] {
  const bySentence = new Map<string, string>()
  const byArticle = new Map<string, EventDraft[]>()
  for (const event of events) {
    for (const source of [...event.sources, ...event.parts.flatMap((p) => p.sources)]) {
      if (!bySentence.has(sentenceKey(source))) bySentence.set(sentenceKey(source), event.key)
    }
    byArticle.set(event.source.articleId, [...(byArticle.get(event.source.articleId) ?? []), event])
  }
  return agreements.map((agreement) => {
    const own = bySentence.get(sentenceKey(agreement.source))
    if (own) return { ...agreement, occasionKey: own }
    const candidates = byArticle.get(agreement.source.articleId) ?? []
    const signed = { date: agreement.date, dateEnd: null }
    const dated = candidates.filter((e) => datesOverlap(e, signed))
    const told = candidates.filter((e) => e.status === 'happened' && e.date !== null)
    // "Temelini geçen yılın şubat ayında attığımız hat": an opening told in passing is where nothing undated was signed
    // while the article tells a meeting, a visit or a signing
    const held = told.filter((e) => e.kind !== 'other')
    const happened = held.length > 0 ? held : told
    // undated, it was signed at the occasion the article told last before it
    const before = happened.filter((e) => e.source.start <= agreement.source.start).at(-1)
    const only =
      dated.length === 1
        ? dated[0]
        : dated.length === 0
          ? happened.length === 1
            ? happened[0]
            : agreement.date === null
              ? before
              : undefined
          : undefined
    const fits = only && (agreement.date === null || datesOverlap(only, signed))
    return { ...agreement, occasionKey: fits ? only.key : null }
  })
}

const fold = (text: string | null) => (text ?? '').toLocaleLowerCase('tr').replace(/\s+/gu, ' ').trim()

/** Words a document's short form has at most: its noun alone ("protokol", "mutabakat zaptı", "the memorandum"). */
const SHORT_FORM_WORDS = 3

/**
 * "protokol imzalandı" in an update's line, "… kurulmasına ilişkin protokol bugün Bakü'de imzalandı" in the text: in
 * one article a document named by its noun alone is the one whose full title ends (or, in English and Russian,
 * opens) with that noun, on a date that agrees.
 */
function isShortFormOf(short: AgreementMatch, full: AgreementMatch): boolean {
  const [noun, title] = [fold(short.title), fold(full.title)]
  if (noun === '' || noun.split(' ').length > SHORT_FORM_WORDS || title.length <= noun.length) return false
  const datesAgree =
    short.date === null ||
    full.date === null ||
    datesOverlap({ date: short.date, dateEnd: null }, { date: full.date, dateEnd: null })
  // Turkish and Azerbaijani end a title with its noun ("… ilişkin protokol"), English and Russian open it with it
  // ("memorandum of understanding on …", "соглашение о …")
  // "the new protocol", "yeni protokolü", "новое соглашение": the noun told as the one just made
  const bare = noun.replace(
    /^(?:(?:the|a|an|this|new|yeni|bu|həmin|yeni imzalanan|новое|новый|новая|это|этот|эта)\s+)+/u,
    '',
  )
  // "üçlü taşıma anlaşması": a Turkish compound's head takes the possessive the noun alone has not ("anlaşma")
  const compound = [`${bare}sı`, `${bare}si`, `${bare}su`, `${bare}sü`, `${bare}ı`, `${bare}i`, `${bare}u`, `${bare}ü`]
  const endsWith = [bare, ...compound].some((head) => title.endsWith(` ${head}`))
  return (endsWith || title.startsWith(`${bare} `) || sameNounInflected(bare, title)) && datesAgree
}

/**
 * "protokolü" beside "… ilişkin protokol", "соглашением" beside "соглашение о …": one noun alone in a case of its own
 * and the title's head in another share the stem, all but a case ending of up to three letters.
 */
function sameNounInflected(bare: string, title: string): boolean {
  if (bare.includes(' ')) return false
  const words = title.split(' ')
  const stem = (a: string, b: string) => {
    let k = 0
    while (k < a.length && k < b.length && a[k] === b[k]) k++
    return k >= 5 && a.length - k <= 3 && b.length - k <= 3
  }
  return [words.at(-1) ?? '', words[0] ?? ''].some((head) => stem(bare, head))
}

/**
 * Tells whether two agreement drafts are one document or package. In one article only a repeat is (the same title,
 * or the noun alone beside the full title, the same count, or a vague "the documents" beside a counted package). Across articles, at one occasion: packages
 * whose counts agree or one of which is vague, documents of the same type and years; with no occasion known,
 * documents of one type, compatible dates and the same parties, and packages of one count on compatible dates.
 */
function isSameAgreement(
  a: AgreementMatch,
  b: AgreementMatch,
  occasionOf: (d: AgreementMatch) => string | null,
): boolean {
  if (a.kind !== b.kind) return false
  const sameTitle = a.title !== null && fold(a.title) === fold(b.title)
  const countsAgree = a.count === null || b.count === null || a.count === b.count
  if (a.source.articleId === b.source.articleId) {
    if (a.kind === 'package') return countsAgree && (a.count !== null || b.count !== null)
    return sameTitle || isShortFormOf(a, b) || isShortFormOf(b, a)
  }
  const occasion = occasionOf(a)
  if (occasion !== null && occasion === occasionOf(b)) {
    if (a.kind === 'package') return countsAgree
    return (
      sameTitle ||
      (a.docType !== null && a.docType === b.docType && (a.years === null || b.years === null || a.years === b.years))
    )
  }
  if (occasionOf(a) !== null && occasionOf(b) !== null) return false
  const datesAgree = datesOverlap({ date: a.date, dateEnd: null }, { date: b.date, dateEnd: null })
  if (a.kind === 'package')
    return a.count !== null && a.count === b.count && (datesAgree || a.date === null || b.date === null)
  const partiesAgree = isWithin(a.parties, b.parties) || isWithin(b.parties, a.parties)
  return sameTitle || (a.docType !== null && a.docType === b.docType && datesAgree && partiesAgree)
}

/** The most precise of a group's dates. */
const mostPrecise = (group: readonly AgreementDraft[]) =>
  group.reduce<string | null>(
    (best, d) => (d.date !== null && (best === null || d.date.length > best.length) ? d.date : best),
    null,
  )

/** Collects sources, citing each sentence's words once. */
function distinctSources(group: readonly AgreementDraft[]): SourceRef[] {
  const seen = new Set<string>()
  return group.flatMap(({ source }) => {
    const key = `${source.articleId}|${source.start}|${source.end}|${source.mention?.start ?? ''}`
    if (seen.has(key)) return []
    seen.add(key)
    return [source]
  })
}

/** What the grouping reads of a draft: what names and dates the document, its parties and occasion, its article. */
export type AgreementMatch = Pick<
  AgreementDraft,
  'kind' | 'title' | 'count' | 'docType' | 'years' | 'date' | 'parties' | 'occasionKey'
> & { source: { articleId: string } }

/** The occasion id each draft was signed at, through the ids its article's occasions took in the merge. */
export const occasionLookup =
  (idOfKey: ReadonlyMap<string, string>) =>
  (d: AgreementMatch): string | null =>
    d.occasionKey === null ? null : (idOfKey.get(occasionKeyOf(d.source.articleId, d.occasionKey)) ?? null)

/**
 * Gathers agreement drafts into one group per document or package, in the order the groups are made (by their
 * first draft). Bucketed by occasion (else by document type or count), so a large corpus stays linear; a draft only
 * ever joins a group of its own bucket.
 */
export function groupAgreements<T extends AgreementMatch>(
  drafts: readonly T[],
  occasionOf: (d: AgreementMatch) => string | null,
): T[][] {
  const groups: T[][] = []
  const buckets = new Map<string, T[][]>()
  for (const draft of drafts) {
    const key = agreementBucketOf(draft, occasionOf)
    const bucket = buckets.get(key) ?? []
    buckets.set(key, bucket)
    const group = bucket.find((g) => g.some((d) => isSameAgreement(d, draft, occasionOf)))
    if (group) group.push(draft)
    else groups.push(bucket[bucket.push([draft]) - 1]!)
  }
  return groups
}

/** The bucket a draft is looked for in: its occasion, else its kind and document type or count. */
export const agreementBucketOf = (d: AgreementMatch, occasionOf: (d: AgreementMatch) => string | null) =>
  occasionOf(d) ?? `${d.kind}|${d.kind === 'package' ? (d.count ?? '?') : (d.docType ?? fold(d.title))}`

/** Makes one agreement of a group of drafts (its id before ids are made unique). */
export function toAgreement(group: readonly AgreementDraft[], occasionOf: (d: AgreementMatch) => string | null) {
  const first = group.find((d) => d.count !== null) ?? group[0]!
  const { source: _source, occasionKey: _key, ...fields } = first
  const date = mostPrecise(group)
  const occasionId = occasionOf(first)
  const what =
    first.kind === 'document'
      ? `doc|${first.docType ?? fold(first.title)}|${fold(first.title)}`
      : `pkg|${first.count ?? '?'}`
  // "protokol" beside "… kurulmasına ilişkin protokol": the full title names the document
  const title = group.reduce<string | null>(
    (best, d) => ((d.title?.length ?? 0) > (best?.length ?? 0) ? d.title : best),
    null,
  )
  return {
    ...fields,
    title: first.kind === 'document' ? title : fields.title,
    id: `agreement-${shortHash(`${what}|${date ?? ''}|${occasionId ?? first.source.articleId}`)}`,
    date,
    place: group.find((d) => d.place !== null)?.place ?? null,
    parties: [...new Set(group.flatMap((d) => d.parties))].sort(),
    sectors: [...new Set(group.flatMap((d) => d.sectors))].sort(),
    occasionId,
    curated: false,
    sources: distinctSources(group),
  } satisfies Agreement
}

/**
 * Merges agreement drafts into one record per document or package, linked to its occasion: the package of 15 and
 * "bir sıra sənədlər" of the same signing are one package; a roadmap reported in English and Russian is one roadmap.
 */
export function mergeAgreements(drafts: readonly AgreementDraft[], idOfKey: ReadonlyMap<string, string>): Agreement[] {
  const occasionOf = occasionLookup(idOfKey)
  return uniqueIds(groupAgreements(drafts, occasionOf).map((group): Agreement => toAgreement(group, occasionOf)))
}

/** Writes on each occasion the ids of the agreements signed at it, sorted. */
export function withAgreementIds(events: readonly CorridorEvent[], agreements: readonly Agreement[]): CorridorEvent[] {
  const byOccasion = new Map<string, string[]>()
  for (const a of agreements)
    if (a.occasionId) byOccasion.set(a.occasionId, [...(byOccasion.get(a.occasionId) ?? []), a.id])
  return events.map((e) => ({ ...e, agreementIds: [...(byOccasion.get(e.id) ?? [])].sort() }))
}
