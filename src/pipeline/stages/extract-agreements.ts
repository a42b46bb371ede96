import { SECTORS } from '../../schema/dataset'
import { findCountries, findPlaces } from '../lexicon/countries'
import { findPeople } from '../lexicon/people'
import { findSectors } from '../lexicon/sectors'
import { looseFold } from '../lexicon/term-matcher'
import { makeSourceRef } from '../source-ref'
import type { AgreementDraft, ExtractionInput, Sentence } from '../types'
import { ANAPHORIC_OPENER, findDocumentNouns, findSigningVerbs, isFutureSigning } from './agreement-cues'
import { readAgreementMentions } from './agreement-mentions'
import { recordSigning, recordTitle } from './agreement-records'
import { withoutPackageMembers } from './package-members'
import { documentTypeOf, documentYearsOf } from './document-type'
import { findEventCues } from './event-cues'
import { findOccasionDates } from './occasion-dates'
import { headingYears } from './occasion-headings'
import { isPastReport, readArticleContext, statedDates, unique, type ArticleContext } from './mention-context'

/** A signing word inside the name of a ceremony ("церемонии подписания", "imza töreni", "signing ceremony"). */
const CEREMONY_AROUND = /церемони\p{L}*\s+подписани|imza tören|imzalanma mərasim|imzalanmasi mərasim|signing ceremony/u

/** When, where and between whom a signing took place, as one sentence (or its occasion) tells it. */
interface Occasion {
  date: string | null
  place: string | null
  parties: string[]
}

/** What a sentence shares with another that makes them tell the same occasion: a city or an event noun. */
const occasionKeys = (text: string, lang: string) => [
  ...findPlaces(text, lang).map((p) => `place:${p.name}`),
  ...(findEventCues(text, lang).length > 0 ? ['event'] : []),
]

/**
 * Dates a signing the sentence itself leaves undated: from the nearest earlier sentence that dates the same occasion
 * (shares a city or an event noun), else the article's date when the lead reports the signing in the past tense.
 */
function dateOf(sentences: readonly Sentence[], index: number, context: ArticleContext, year?: number): string | null {
  const sentence = sentences[index]
  if (!sentence) return null
  // "Dekabrın 17-də …", "Noyabrda …" under a chronology's year heading: that year's day or month
  const headed =
    year === undefined
      ? undefined
      : findOccasionDates(sentence.text, context.lang, context.published, 'past', String(year))
  const inHeadedYear = headed?.find((d) => d.basis === 'stated')
  if (inHeadedYear) return inHeadedYear.date
  const own = statedDates(sentence.text, context)[0]
  if (own) return own.value
  // "kredit sazişi çərşənbə günü … imzalanıb", "signed on Monday": a day counted from the article's
  const counted = findOccasionDates(sentence.text, context.lang, context.published, 'past').find(
    (d) => d.basis === 'relative',
  )
  if (counted) return counted.date
  const keys = new Set(occasionKeys(sentence.text, context.lang))
  // a date after the article's is the next occasion's ("the next summit will be held … next year"), never a signing's
  const past = (value: string) => context.published === null || value.slice(0, 10) <= context.published
  for (let i = index - 1; i >= 0; i--) {
    const earlier = sentences[i]
    const date = earlier ? statedDates(earlier.text, context).find((d) => past(d.value)) : undefined
    if (earlier && date && occasionKeys(earlier.text, context.lang).some((k) => keys.has(k))) return date.value
  }
  const isLeadReport = context.lead.has(index) && isPastReport(sentence.text, context.lang)
  return isLeadReport && !signsOnlyAsAttribute(sentence.text, context.lang) ? context.published : null
}

/**
 * "Aşkabat'ta imzalanan mutabakat zaptı projeyi yeniden masaya getirdi", "подписанный в Ашхабаде меморандум …": a
 * signing told only as a participle before its document names a document known already, not one signed today.
 */
const ATTRIBUTIVE_SIGNED = /^(?:imzalanan|imzalanmış|imzalanmis|imzalanmış olan|подписанн\p{L}*)$/u

function signsOnlyAsAttribute(text: string, lang: string): boolean {
  const words = findSigningVerbs(text, lang).map((verb) => {
    const end = verb.end + (/^\p{L}*/u.exec(text.slice(verb.end))?.[0].length ?? 0)
    const start = verb.start - (/\p{L}*$/u.exec(text.slice(0, verb.start))?.[0].length ?? 0)
    return looseFold(text.slice(start, end), lang)
  })
  return words.length > 0 && words.every((word) => ATTRIBUTIVE_SIGNED.test(word))
}

/** Reads the occasion of a signing sentence: its date, its city (else the lead's) and its countries (else the article's). */
function occasionOf(sentences: readonly Sentence[], index: number, context: ArticleContext, year?: number): Occasion {
  const text = sentences[index]?.text ?? ''
  const { lang } = context
  const places = findPlaces(text, lang)
  // The sides: the countries the sentence names or whose people it names; then a host city's country; then the
  // article's two main countries ("iki ülke arasında" names none).
  const sides = unique([
    ...findCountries(text, lang).map((c) => c.code),
    ...findPeople(text, lang).flatMap((p) => (p.country ? [p.country] : [])),
  ])
  const withHost = sides.length < 2 ? unique([...sides, ...places.map((p) => p.country)]) : sides
  const parties = withHost.length < 2 ? unique([...withHost, ...context.countries]).slice(0, 2) : withHost
  return {
    date: dateOf(sentences, index, context, year),
    place: places[0]?.name ?? context.leadPlace,
    parties: parties.sort(),
  }
}

/** Whether a mention opens its sentence, maybe after "the" ("Sözleşmeler, …", "The agreements were …"). */
const opensSentence = (text: string, mention: { span: { start: number } }) =>
  /^\s*(?:the\s+)?$/iu.test(text.slice(0, mention.span.start))

/** Words a section's heading may have: a short line with no closing stop. */
const MAX_HEADING_WORDS = 4
const isListHeading = (text: string) =>
  text.trim().split(/\s+/u).length <= MAX_HEADING_WORDS && !/[.!?:;]\s*$/u.test(text)

/** Sentences on something else that may stand between a signing and "The package includes …". */
const THREAD_ASIDES = 1

/** A sentence that asks: it ends in a question mark, maybe inside quotes or brackets. */
const isQuestion = (text: string) => /\?["'”’»)]*\s*$/u.test(text)

/**
 * Finds the agreements an article states as signed: packages with a count ("15 işbirliği anlaşması imzalandı") or
 * without ("bir sıra sənədlər imzalandı"), and named documents ("Ortak Bildiri'yi de imzaladı", a quoted title, a
 * treaty record's line). One draft per mention, with the sentence's sectors, and the date, place and parties of its
 * occasion.
 */
export function extractAgreements(input: ExtractionInput): AgreementDraft[] {
  const context = readArticleContext(input)
  const { lang } = context
  const drafts: AgreementDraft[] = []
  let previous: Occasion | null = null
  // sentences since the thread on the documents just signed was last told (one aside may stand between)
  let sinceThread = 0
  const headed = headingYears(input.sentences)
  for (const [index, sentence] of input.sentences.entries()) {
    const text = sentence.text
    // "Подписанные документы", "İmzalanan belgeler": a section's heading over the list, no signing of its own
    if (isListHeading(text)) continue
    const backOpener = ANAPHORIC_OPENER.test(looseFold(text.trimStart(), lang))
    const refersBack: boolean = previous !== null && backOpener
    const verbs = findSigningVerbs(text, lang)
    // "Соглашение между …", then "Место и дата подписания: г. Анкара, 17.02.2026": a treaty database's record
    const record = verbs.length === 0 ? recordSigning(input.sentences, index, context) : null
    // "Среди подписанных документов – …": a participle in the opener points back, it tells no signing of its own;
    // "Özbəkistanla hansı sənədlər imzalanıb?": a question asks, it tells none either
    const signs: boolean =
      record !== null || (verbs.length > 0 && !isFutureSigning(text, lang) && !refersBack && !isQuestion(text))
    const occasion: Occasion | null =
      record ?? (signs ? occasionOf(input.sentences, index, context, headed[index]) : refersBack ? previous : null)
    // a sentence about the documents just signed ("Sənədlər … əhatə edir") keeps the thread for the next one
    const talksOfDocuments = !signs && findDocumentNouns(text, lang).length > 0
    sinceThread = signs || talksOfDocuments ? 0 : sinceThread + 1
    previous = signs ? occasion : sinceThread <= THREAD_ASIDES ? previous : null
    if (!occasion) continue
    // "the signing ceremony of the documents" points back at documents already counted, it names no new package
    const onlyCeremony =
      signs &&
      verbs.every((v) => CEREMONY_AROUND.test(looseFold(text.slice(Math.max(0, v.start - 12), v.end + 25), lang)))
    const sectors = unique(findSectors(text, lang, { activities: false }).map((s) => s.sector))
    const mentions = withoutPackageMembers(readAgreementMentions(text, lang, context.published), text, lang)
    // "Протокол о внесении изменений в Соглашение между …": a record names one document, whatever it amends
    for (const mention of record ? mentions.slice(0, 1) : mentions) {
      if (onlyCeremony && mention.kind === 'package' && mention.count === null) continue
      // "Among the documents were …": the documents it points back at are counted already
      if ((backOpener || !signs) && mention.kind === 'package' && mention.count === null) continue
      // "Sözleşmeler, … tarafından imzalanmış olup", "The contracts were signed by …": a plural opening the sentence
      // is the documents just told of
      if (mention.kind === 'package' && mention.count === null && drafts.length > 0 && opensSentence(text, mention))
        continue
      // a record's line is its document's full name
      const { title, span } = record ? recordTitle(text) : { title: mention.title, span: mention.span }
      drafts.push({
        title,
        kind: mention.kind,
        count: mention.count,
        docType: mention.kind === 'document' ? documentTypeOf(title ?? text, lang) : null,
        years: title === null ? null : documentYearsOf(title),
        occasionKey: null,
        ...occasion,
        sectors: SECTORS.filter((s) => sectors.includes(s)),
        source: makeSourceRef(input.article, sentence, span),
      })
    }
  }
  return drafts
}
