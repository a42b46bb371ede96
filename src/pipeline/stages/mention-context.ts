import type { PartialDate } from '../../schema/dataset'
import { findCountries, findPlaces } from '../lexicon/countries'
import { findDates } from '../lexicon/dates'
import { withRange } from './occasion-dates'
import { looseFold } from '../lexicon/term-matcher'
import type { DateMention, ExtractionInput, Sentence } from '../types'

/** What the extractors know about a whole article before reading any one sentence. */
export interface ArticleContext {
  lang: string
  published: string | null
  /** Indexes of the lead sentences: the first sentences of the body that read as prose, not headings. */
  lead: ReadonlySet<number>
  /** The article's country codes, most named first (ties in order of first mention). */
  countries: readonly string[]
  /**
   * The two countries the article is about, when they take most of its mentions (a bilateral story); else none: a
   * central bank's release that names China and the United States in passing is about neither.
   */
  pair: readonly string[]
  /** The first city named in the lead, canonical name. */
  leadPlace: string | null
}

const LEAD_SIZE = 3
/** The share of an article's country mentions its two main countries take in a bilateral story. */
const PAIR_SHARE = 0.7
const isProse = (s: Sentence) => s.text.length >= 40 && /[.!?…"”»]\s*$/u.test(s.text)

/** Counts the article's countries and finds its lead sentences and lead place. */
export function readArticleContext({ article, sentences }: ExtractionInput): ArticleContext {
  const lang = article.lang
  const counts = new Map<string, number>()
  for (const s of sentences) {
    for (const m of findCountries(s.text, lang)) counts.set(m.code, (counts.get(m.code) ?? 0) + 1)
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1])
  const countries = ranked.map(([code]) => code)
  const total = ranked.reduce((sum, [, count]) => sum + count, 0)
  const topTwo = ranked.slice(0, 2).reduce((sum, [, count]) => sum + count, 0)
  const pair = total > 0 && topTwo >= total * PAIR_SHARE ? countries.slice(0, 2) : []
  const lead = new Set(
    sentences
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => isProse(s))
      .slice(0, LEAD_SIZE)
      .map(({ index }) => index),
  )
  const leadPlace =
    [...lead].flatMap((index) => findPlaces(sentences[index]?.text ?? '', lang)).map((p) => p.name)[0] ?? null
  return { lang, published: article.published, lead, countries, pair, leadPlace }
}

/** A resolved calendar date stated in a sentence, with its span. */
export interface StatedDate {
  start: number
  end: number
  value: PartialDate
}

/** Dates in a sentence that name a point in time (not a deadline or a period) and could be resolved. */
export function statedDates(text: string, context: ArticleContext): StatedDate[] {
  // a span of days starts on its first ("9–10 июня", "2-4 Haziran", "noyabrın 12-13-də"), as an occasion's does
  return findDates(text, context.lang, context.published)
    .filter((d): d is DateMention & { value: PartialDate } => d.role === 'point' && d.value !== null)
    .map((d) => ({
      start: d.start,
      end: d.end,
      value: d.value.length === 10 ? withRange(text, d, d.value).date : d.value,
    }))
}

const PAST = {
  // "lojistik", "istatistik", "turistik" end like "-tik" (we did) with the loanword's own "-istik"
  turkic:
    /\p{L}(?<!is)(?:dı|di|du|dü|tı|ti|tu|tü|ıb|ib|ub|üb|mış|miş|muş|müş)(?:lar|ler|lər|r|k)?(?:dır|dir)?(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:\p{L}+ed|signed|held|met|took place|paid|made|went|came|was|were)(?![\p{L}])/u,
  ru: /(?<![\p{L}])\p{L}+(?:л|ла|ли|ло|ано|ены|ена|ен|ан|ана|аны)(?![\p{L}])/u,
}
/** The future, and the future participle reported ("toplantının Aralık'ta yapılacağını bildirdi"), a plan either way. */
const FUTURE =
  /(?:acak|ecek|acaq|əcək|ajak|ejek)(?:lar|ler|lər|tır|tir|dır|dir)?(?![\p{L}])|\p{L}{2,}(?:acağ|eceğ|acaq|əcəy|əcəğ)(?:ı|i|ın|in|ını|ini|ına|ine|ım|im)(?:n[ıi])?(?![\p{L}])|(?<![\p{L}])(?:will|shall|будет|будут)(?![\p{L}])/u

/** Tells whether a sentence reports something done (past tense) rather than planned (future) or ongoing. */
export function isPastReport(text: string, lang: string): boolean {
  const folded = looseFold(text, lang)
  if (FUTURE.test(folded)) return false
  if (lang === 'en') return PAST.en.test(folded)
  if (lang === 'ru') return PAST.ru.test(folded)
  return PAST.turkic.test(text.toLocaleLowerCase(lang === 'az' ? 'az' : 'tr'))
}

/** Keeps the first of each value, in order. */
export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]
/** Whether every code of `a` is in `b` (the sides of one occasion or figure within another's). */
export const isWithin = (a: readonly string[], b: readonly string[]): boolean => a.every((code) => b.includes(code))
