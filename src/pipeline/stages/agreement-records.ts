import { findCountries, findPlaces } from '../lexicon/countries'
import { looseFold } from '../lexicon/term-matcher'
import type { Sentence, Span } from '../types'
import { statedDates, type ArticleContext } from './mention-context'

// A treaty database lists its documents as records: the document's full name on a line, then labelled fields, one of
// them its signing's place and date. The record states the signing that no verb tells.

/**
 * The field of a record that gives where and when its document was signed: "İmza yeri ve tarihi: Almatı, 01.05.1992",
 * "İmzalanma tarixi: 12.05.2022", "Место и дата подписания: г. Анкара, 17.02.2026", "Date of signature: 12 May 2022".
 */
const SIGNED_FIELD =
  /^(?:imza\s+(?:yeri\s+ve\s+)?tarihi|imzalanma\s+(?:yeri\s+və\s+)?tarixi|imzalandığı\s+(?:yer\s+və\s+)?tarix|(?:место\s+и\s+)?дата\s+(?:и\s+место\s+)?подписания|(?:place\s+and\s+)?date\s+of\s+signature|(?:place\s+and\s+)?date\s+signed|signed\s+(?:at|on))\s*:\s*/u

/** When and where a record's document was signed, and between which countries. */
export interface RecordSigning {
  date: string
  place: string | null
  parties: string[]
}

/**
 * The signing of the document named by sentence `index`, when the sentence after it is its record's signing field
 * with a date ("Соглашение между … о сотрудничестве …", then "Место и дата подписания: г. Анкара, 17.02.2026"); else
 * null.
 */
export function recordSigning(
  sentences: readonly Sentence[],
  index: number,
  context: ArticleContext,
): RecordSigning | null {
  const field = sentences[index + 1]?.text ?? ''
  const label = SIGNED_FIELD.exec(looseFold(field, context.lang))
  if (label === null) return null
  const date = statedDates(field, context)[0]?.value
  if (date === undefined) return null
  // the countries its name holds, else the article's two main ones ("Соглашение между Правительствами …")
  const named = [...new Set(findCountries(sentences[index]?.text ?? '', context.lang).map((c) => c.code))]
  const parties = (named.length > 0 ? named : context.countries.slice(0, 2)).sort()
  return { date, place: findPlaces(field, context.lang)[0]?.name ?? null, parties }
}

/**
 * A record's document named in full: its whole line but the record's number ("2. Türkiye Cumhuriyeti ile … Korunması
 * Anlaşması"), where the words of a signing sentence would keep only the last few ("Korunması Anlaşması").
 */
export function recordTitle(text: string): { title: string; span: Span } {
  const number = /^\s*\d{1,3}[.)]\s+/u.exec(text)?.[0].length ?? 0
  const end = text.trimEnd().replace(/[.;]$/u, '').length
  return { title: text.slice(number, end), span: { start: number, end } }
}
