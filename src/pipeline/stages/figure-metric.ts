import type { Sector } from '../../schema/dataset'
import { slugify } from '../ids'
import { unnamedMetricId, unnamedMetricLabel } from '../../schema/metric-label'
import { rememberRecent } from '../lexicon/memo'
import { findCountries } from '../lexicon/countries'
import { isMonthWord, isTimeWord } from '../lexicon/units'
import { ANAPHOR, METRIC_RULES, RELATIVE_UNITS, type MetricRule } from '../lexicon/metrics'
import type { Span } from '../types'
import type { Word } from './kind-cues'

/** The metric a figure is filed under, with its English label and the sectors it belongs to by default. */
export interface MetricChoice {
  metric: string
  label: string
  sectors: readonly Sector[]
  defaultUnit: string
}

/** One sentence as the metric resolver reads it: folded text, and the sentences before it (nearest first). */
export interface MetricContext {
  folded: string
  previous: readonly string[]
}

/** Rules that name a route outrank those that name a product; the catch-all freight rule comes last. */
const RANK: Readonly<Record<string, number>> = {
  'oil-btc': 0,
  'trans-caspian-freight': 0,
  'middle-corridor-cargo': 0,
  'freight-volume': 2,
}
const RANK_PENALTY = [0, 60, 100_000]
/** How far an antecedent in an earlier sentence counts, against cues in the sentence itself. */
const EARLIER_SENTENCE = 20_000
/** A metric named only by the unit ("30 billion cubic metres" → gas) loses to any cue word. */
const UNIT_ONLY = 50_000

/** Punctuation that ends a clause: a cue across one of these is less likely to be about the figure. */
const CLAUSE_BREAK = /[,;:“”"«»()]|\s[-–—]\s/gu
/** What crossing one clause break costs, against the distance in characters. */
const CLAUSE_COST = 1_000

const distanceTo = (span: Span, start: number, end: number) =>
  end <= span.start ? span.start - end : start >= span.end ? start - span.end : 0

/** Counts the clause breaks between a figure and a cue word. */
const clauseGap = (text: string, span: Span, start: number, end: number) => {
  const from = Math.min(span.end, end)
  const to = Math.max(span.start, start)
  return [...text.slice(from, to).matchAll(CLAUSE_BREAK)].length
}

/** Whether a pattern occurs in a text: `search` stops at the first match and leaves a global pattern's state alone. */
const hasMatch = (text: string, pattern: RegExp) => text.search(pattern) >= 0

/** Where a rule's subject cues stand in a folded sentence, remembered: every figure of the sentence asks again. */
const subjectCues = new WeakMap<MetricRule, (folded: string) => readonly (readonly [number, number])[]>()
function subjectSpans(rule: MetricRule, folded: string): readonly (readonly [number, number])[] {
  let find = subjectCues.get(rule)
  if (!find) {
    const { subject } = rule
    find = rememberRecent((text: string) =>
      [...text.matchAll(subject)].map((m) => [m.index, m.index + m[0].length] as const),
    )
    subjectCues.set(rule, find)
  }
  return find(folded)
}

/** Scores how well a rule fits a figure at `span`: the distance to its nearest subject cue, or null if none fits. */
function scoreRule(rule: MetricRule, context: MetricContext, span: Span, unit: string | null): number | null {
  if (unit !== null && rule.units && !rule.units.includes(unit) && !RELATIVE_UNITS.has(unit)) return null
  if (rule.measure && !hasMatch(context.folded, rule.measure)) return null
  const penalty = RANK_PENALTY[RANK[rule.metric] ?? 1] ?? 0
  const distances = subjectSpans(rule, context.folded).map(([start, end]) => {
    return distanceTo(span, start, end) + CLAUSE_COST * clauseGap(context.folded, span, start, end)
  })
  if (distances.length > 0) return Math.min(...distances) + penalty
  if (
    unit !== null &&
    rule.impliedBy?.includes(unit) &&
    !(rule.notImpliedWith && hasMatch(context.folded, rule.notImpliedWith))
  )
    return UNIT_ONLY
  // "bu hattaki yük trafiği": the route is named in an earlier sentence the text points back to
  if ((rule.measure && !hasMatch(context.folded, rule.measure)) || !hasMatch(context.folded, ANAPHOR)) return null
  const back = context.previous.findIndex((text) => hasMatch(text, rule.subject))
  return back < 0 ? null : EARLIER_SENTENCE * (back + 1) + penalty
}

/** Picks the known metric whose cue words stand nearest to the figure (of any unit when `unit` is null), or null. */
export function resolveMetric(context: MetricContext, span: Span, unit: string | null): MetricChoice | null {
  let best: { rule: MetricRule; score: number } | null = null
  for (const rule of METRIC_RULES) {
    const score = scoreRule(rule, context, span, unit)
    if (score !== null && (best === null || score < best.score)) best = { rule, score }
  }
  if (!best) return null
  const { metric, label, sectors, defaultUnit } = best.rule
  return { metric, label, sectors, defaultUnit }
}

/** Words that never name what a figure measures. */
const STOP = new Set(
  [
    've ile ya veya bu şu o da de ki için gibi daha en çok son geçen yıl olarak üzere kadar ise hem',
    'və ilə bu o da də ki üçün kimi daha ən çox son ötən keçən il həm isə',
    'and or the of a an to in on by for with from at this that its their than some about',
    'и в на с по до от к за это этот эта о об около более',
    'yaklaşık təxminən yüzde faiz',
    'today now bugün сегодня сейчас',
  ]
    .join(' ')
    .split(' '),
)

/** Words that open a time expression ("geçen yıl", "ötən il", "last year", "в прошлом году"). */
const DATE_LEAD = new Set(['geçen', 'ötən', 'keçən', 'son', 'bu', 'last', 'this', 'в', 'прошлом', 'этом'])

/**
 * Endings that make a word next to a figure a place, a means or a relation, never what the figure measures: the
 * locative ("normal koşullarda", "Qazaxıstanda"), the instrumental ("deniz yoluyla", "orta hesabla") and the relative
 * "-ki" ("Aktau arasındaki"). What a Turkish or Azerbaijani figure measures stands bare or possessive before it.
 */
const OBLIQUE = /(?:[dt][aeə]|[dt][aeə]ki|y?l[aeə])$/u

/** Words of the present before a figure ("mevcut 42'den", "bugün 14 gün"): when it holds, not what it measures. */
const NOW = new Set(['bugün', 'mevcut', 'mövcud', 'hazırkı', 'hazırda', 'halihazırda'])

/** The clitic "too" after the subject ("vagon sayısı da geçen yıl 41 bine"): the phrase is before it. */
const ALSO = new Set(['da', 'de', 'də'])

/** Converbs ("artarak", "artaraq": "rising"): they say how a figure changed, never what it measures. */
const CONVERB = /(?:arak|erek|araq|ərək)$/u

const isNameWord = (word: Word | undefined) =>
  word !== undefined &&
  !STOP.has(word.text) &&
  !isTimeWord(word.text) &&
  !isMonthWord(word.text) &&
  !CONVERB.test(word.text)

/**
 * Words between a count and the noun it counts that say which or how many more, never what: "15 new feeder
 * vessels", "two more ferries", "iki yeni feribot", "15 новых судов", "4 binden fazla Türk şirketi" (a nationality the
 * country lexicon does not take: "Türk" also means Turkic). Demonyms it does take are skipped by lookup.
 */
const COUNT_QUALIFIERS = new Set(
  [
    'yeni ilave ek diğer başka türk',
    'yeni əlavə digər başqa türk',
    'new more additional other further extra',
    'новых новые новый новое новая новыми новым ещё еще дополнительных дополнительные дополнительными других другими',
  ]
    .join(' ')
    .split(' ')
    .map((word) => word.toLocaleLowerCase('tr')),
)

/**
 * A Turkish or Azerbaijani count with a case ending ("13-ə çatıb", "41 bine yaklaştı", "120’ye ulaştı", "5-də"): a
 * numeral before the noun it counts takes no ending, so this one is a verb's goal or a place, and the word after it
 * is the verb; what it counts is named before it ("gəmilərin sayı"). A comparison, "400-dən çox şirkət", reaches
 * here as a qualifier word ("çox"), not as an ending.
 */
const INFLECTED_COUNT = /(?:\d|bin|min|milyon|milyard|milyar)['’-]?(?:y?[aeə]|n?[dt][aeə]n?|y?[ıiuü]n?|n[ıiuü]n)$/u

/** The first word after a count that can name what it counts, past qualifiers and nationalities. */
function countedNoun(original: string, after: readonly Word[], lang: string): Word[] {
  for (const word of after.slice(0, 3)) {
    const written = original.slice(word.start, word.end)
    if (COUNT_QUALIFIERS.has(word.text) || findCountries(written, lang).length > 0) continue
    return isNameWord(word) ? [word] : []
  }
  return []
}

/** Prepositions after an English or Russian figure that introduce what it measures ("$12 billion for transport"). */
const OF = new Set(['of', 'for', 'in', 'на'])

/** Reads up to two name words, skipping leading time words and dates ("pamuk ihracatı geçen yıl 150 bin tona"). */
function phraseBefore(original: string, words: readonly Word[], span: Span, skip: readonly Span[]): Word[] {
  const phrase: Word[] = []
  let edge = span.start
  for (const word of [...words].filter((w) => w.end <= span.start).reverse()) {
    if (
      phrase.length === 2 ||
      original
        .slice(word.end, edge)
        .trim()
        .replace(/^[-–]$/u, '') !== ''
    )
      break
    const date = skip.find((d) => word.start < d.end && d.start < word.end)
    const inDate = date !== undefined
    edge = Math.min(word.start, date?.start ?? word.start)
    const leading = isTimeWord(word.text) || DATE_LEAD.has(word.text) || ALSO.has(word.text) || NOW.has(word.text)
    if (phrase.length === 0 && (inDate || leading)) continue
    // "sayının mövcud 42-dən 56-ya": the number it rises from and its ending stand between the 56 and its phrase
    const numberBefore = /[\d.,]+['’-]?$/u.exec(original.slice(0, word.start))
    if (phrase.length === 0 && numberBefore && /^[dt][aeə]n$/u.test(word.text)) {
      edge = numberBefore.index
      continue
    }
    // "Azerbaycan'la ticareti": a case suffix after an apostrophe is no word of its own; the phrase ends before it
    if (!isNameWord(word) || inDate || numberBefore || /['’]$/u.test(original.slice(0, word.start))) break
    if (phrase.length === 0 && OBLIQUE.test(word.text)) break
    phrase.unshift(word)
  }
  return phrase
}

/**
 * "number" (or a quota, a number allowed) as a subject names what a bare count counts: Turkish and Azerbaijani after
 * it, English and Russian before ("the annual quota of road transport permits … from 8,000 to 12,000").
 */
const NUMBER_NOUN_TR_AZ = /^(?:say[ıi]|k(?:v)?ota)(?:s[ıi])?(?:n[ıi]n?|n[ıi]|y[ıi])?$/u
const NUMBER_NOUN_EN_RU = /^(?:number|quota|число|количество|численность|квота|квоту|квоты)$/u
/** How far before a bare count its "number of" subject may stand, in words. */
const NUMBER_OF_REACH = 20

/**
 * "The number of correspondent accounts … rose from 14 to 37", "число дата-центров … достигло 14", "haftalık sefer
 * sayısını … 7'den 14'e": a bare count whose subject is "the number of" something counts that thing. Gives the words
 * that name it with "number" ("sefer sayısı", "number of correspondent accounts"), or none.
 */
export function numberOfPhrase(words: readonly Word[], span: Span, lang: string): Word[] {
  const before = words.filter((w) => w.end <= span.start).slice(-NUMBER_OF_REACH)
  const at = before.findLastIndex((w) =>
    lang === 'tr' || lang === 'az' ? NUMBER_NOUN_TR_AZ.test(w.text) : NUMBER_NOUN_EN_RU.test(w.text),
  )
  if (at < 0) return []
  if (lang === 'tr' || lang === 'az') {
    const noun = before[at - 1]
    return isNameWord(noun) && !OBLIQUE.test(noun?.text ?? '') ? [noun!, before[at]!] : []
  }
  const of = lang === 'en' ? before[at + 1]?.text === 'of' : true
  const from = at + (lang === 'en' ? 2 : 1)
  const nouns = before.slice(from, from + 2)
  const other = nouns.findIndex((w) => !isNameWord(w))
  const named = other < 0 ? nouns : nouns.slice(0, other)
  return of && named.length > 0 ? [before[at]!, ...named] : []
}

/** Words that set a count's base right after it: "против 268", "up from 950", "versus 14". */
const BASE_MARK = /(?:^|\s)(?:против|versus|vs\.?|against|up from|down from)\s+$/u
/** A count and the words after it ("412 контейнерных поездов "), last in the text before a base mark. */
const COUNT_BEFORE = /\d[\d.,]*(?:\s+(?:тыс\.|млн|thousand|million))?\s+(?=\p{L})/gu

/** The noun a bare base counts: the one the count before its mark counts ("412 поездов против 268"), or none. */
function comparedCount(original: string, words: readonly Word[], span: Span, lang: string): Word[] {
  const before = original.slice(Math.max(0, span.start - 80), span.start).toLocaleLowerCase(lang)
  if (!BASE_MARK.test(before)) return []
  const offset = Math.max(0, span.start - 80)
  const count = [...before.matchAll(COUNT_BEFORE)].at(-1)
  if (!count) return []
  const from = offset + count.index + count[0].length
  return countedNoun(
    original,
    words.filter((w) => w.start >= from && w.end <= span.start),
    lang,
  )
}

/** Builds a metric from the noun phrase next to the figure when no known metric applies ("pamuk ihracatı" → slug). */
export function genericMetric(
  original: string,
  words: readonly Word[],
  span: Span,
  unit: string,
  lang: string,
  skip: readonly Span[] = [],
): MetricChoice | null {
  const after = words.filter((w) => w.start >= span.end)
  let phrase: Word[]
  if (unit === 'count') {
    const inflected =
      (lang === 'tr' || lang === 'az') &&
      INFLECTED_COUNT.test(original.slice(span.start, span.end).toLocaleLowerCase(lang))
    phrase = inflected ? phraseBefore(original, words, span, skip) : countedNoun(original, after, lang)
    // "the number of correspondent accounts rose from 14 …", "sefer sayısını 7'den 14'e": the subject names it
    if (phrase.length === 0) phrase = numberOfPhrase(words, span, lang)
    // "412 контейнерных поездов против 268", "1,200 trains, up from 950": the base counts what the count before it does
    if (phrase.length === 0) phrase = comparedCount(original, words, span, lang)
  } else if (lang === 'en' || lang === 'ru') {
    const [prep, noun] = after
    phrase = prep && noun && OF.has(prep.text) && isNameWord(noun) ? [noun] : []
  } else {
    phrase = phraseBefore(original, words, span, skip)
  }
  const first = phrase[0]
  const last = phrase[phrase.length - 1]
  if (!first || !last) return null
  const label = original.slice(first.start, last.end)
  const metric = metricSlug(label)
  return metric ? { metric, label, sectors: [], defaultUnit: unit } : null
}

/** A metric for a figure whose words name none: filed by its unit, with a label that says so. */
export const unnamedMetric = (unit: string): MetricChoice => ({
  metric: unnamedMetricId(slugify(unit)),
  label: unnamedMetricLabel(unit),
  sectors: [],
  defaultUnit: unit,
})

/** The id of a metric named by its words ("pamuk ihracatı" → "pamuk-ihracati"). */
export function metricSlug(label: string): string {
  // slugify keeps combining marks as separators ("ö" → "o-"), so they go first
  return slugify(label.normalize('NFKD').replace(/\p{M}/gu, ''))
}
