import type { Article, FigureKind } from '../../schema/dataset'
import { monthNumber, YEAR_EARLIER } from '../lexicon/date-words'
import type { DateMention, Span } from '../types'
import { findSigningVerbs, isFutureSigning } from './agreement-cues'
import { clauseAround, inClause } from './clauses'
import { isAnotherFiguresDeadline, ownPointBeside } from './deadline-owners'
import {
  BASE_REACH,
  baseAmountBefore,
  datesBaseAmount,
  datesDocument,
  datesValueAfter,
  hasSinceInClause,
  isAttributive,
  isBase,
  isOwnPoint,
  isPastDeadline,
  isSamePeriodBack,
  isYearLabelOf,
  SAME_PERIOD,
  SAME_PERIOD_AFTER,
  THAT_YEAR,
  yearOf,
} from './date-roles'
import type { SentenceContext } from './figure-context'
import { hasAchievedCue } from './figure-kind'
import { closesWithCopula, endsInPresentTense, hasPresentVerb, PRESENT } from './figure-present'

export const publishedYearOf = (article: Article): number | null =>
  article.published ? Number(article.published.slice(0, 4)) : null

/** How far before a date's year a month may stand and still be that date's ("январь – сентябрь прошлого года"). */
const MONTH_TO_YEAR = 25

/**
 * "за январь через Алят прошло 1,27 млн тонн", "Təkcə aprel ayında …", "In August, waiting times stretched …": a month
 * named without a year in a story that has named none, up to the article's month, is this year's; its figure is
 * that year's. English "may" is a month only written "May" after the sentence's first word.
 */
function monthYear(context: SentenceContext, span: Span): number | null {
  const published = context.article.published
  if (!published) return null
  const clause = clauseAround(context.sentence.text, span)
  const month = inClause(context.words, clause)
    // a month inside or just before a date already read ("чем за январь – сентябрь прошлого года") is that date's
    .filter((w) => !context.dates.some((d) => d.start < w.end + MONTH_TO_YEAR && w.start < d.end))
    .filter((w) => context.lang !== 'en' || w.text !== 'may' || (w.start > 0 && context.sentence.text[w.start] === 'M'))
    .map((w) => monthNumber(w.text))
    .find((m): m is number => m !== null)
  if (month === undefined) return null
  // a month still to come may be last year's or a delivery's ("for November shipment"): no year, rather than a guess
  return month <= Number(published.slice(5, 7)) ? Number(published.slice(0, 4)) : null
}

/** The first month of a year in which news no longer sums up the year before (annual results come out by March). */
const FIRST_MONTH_OF_NEWS = 4

/**
 * The year an undated figure of a story that has named no year yet belongs to: the article's, a report of what is
 * happening now ("Sarp'ta tır kuyruğu 12 kilometreyi aştı"); none in its first months, when a figure with no year may
 * as well sum up the year just ended ("Container traffic amounted to 96,000 TEU" on 20 January).
 */
export function currentYearOf(article: Article): number | null {
  const month = Number(article.published?.slice(5, 7) ?? 0)
  return month >= FIRST_MONTH_OF_NEWS ? publishedYearOf(article) : null
}
const distance = (span: Span, mention: Span) =>
  mention.end <= span.start ? span.start - mention.end : mention.start >= span.end ? mention.start - span.end : 0

const nearest = <T extends Span>(span: Span, mentions: readonly T[]): T | undefined =>
  mentions.reduce<T | undefined>(
    (best, m) => (best === undefined || distance(span, m) < distance(span, best) ? m : best),
    undefined,
  )

/** The parenthesis a span stands in ("(2024 – 6,7 milyon ton)"), as offsets in the sentence, or null. */
export function parenthesisAround(text: string, span: Span): Span | null {
  const open = text.lastIndexOf('(', span.start)
  const close = text.indexOf(')', span.end)
  if (open < 0 || close < 0 || text.lastIndexOf(')', span.start) > open) return null
  return { start: open, end: close + 1 }
}

/** The dates that speak for a figure, nearest scope first: its parenthesis, its clause, its sentence. */
function scopedDates(context: SentenceContext, span: Span, keep: (d: DateMention) => boolean): DateMention[][] {
  const text = context.sentence.text
  const within = (scope: Span | null) =>
    scope ? context.dates.filter((d) => keep(d) && d.start >= scope.start && d.end <= scope.end) : []
  const paren = parenthesisAround(text, span)
  const outside = (d: DateMention) => paren !== null || !parenthesisAround(text, d)
  return [within(paren), within(clauseAround(text, span)).filter(outside), context.dates.filter(keep).filter(outside)]
}

/** The first non-empty scope's mention nearest to the span. */
const firstNearest = (span: Span, scopes: readonly DateMention[][]) =>
  nearest(span, scopes.find((scope) => scope.length > 0) ?? [])

/**
 * "(2025: 1.15 million TEU)", "(2024 – 6,7 milyon ton)": a figure labelled in a parenthesis with a year before the
 * article's is a past result, whatever the sentence around it expects.
 */
export function isLabelledPast(context: SentenceContext, span: Span): boolean {
  const paren = parenthesisAround(context.sentence.text, span)
  const published = publishedYearOf(context.article)
  if (!paren || published === null) return false
  return context.dates.some(
    (d) =>
      d.role === 'point' && d.value !== null && d.start >= paren.start && d.end <= paren.end && yearOf(d) < published,
  )
}

/**
 * "от 1 500 до 1 800 долларов против 1 200 долларов год назад": a year counted back after the figure belongs to the
 * amount right before it; another number standing between them makes it that amount's, not this figure's.
 */
const isAnotherFiguresYearEarlier = (folded: string, span: Span, d: DateMention) =>
  d.relative &&
  d.start >= span.end &&
  YEAR_EARLIER.test(folded.slice(d.start, d.end)) &&
  /\d/u.test(folded.slice(span.end, d.start))

/** An amount right before a date ("$540 million in 2025", "3,1 млн тонн в 2024 году"): the date is that amount's. */
const AMOUNT_BEFORE_DATE = /\d(?:[\d.,]*\d)?\s*(?:%|\p{L}+\.?)?(?:\s+\p{L}+\.?)?\s*$/u
/**
 * "Trade reached $540 million in 2025 and grew 31% in January-August this year": a date right after another amount
 * dates that amount; when the clause dates the figure after it too, that date is the figure's.
 */
function ownOfClause(folded: string, span: Span, inClause: readonly DateMention[]): readonly DateMention[] {
  const after = inClause.filter((d) => d.start >= span.end)
  if (after.length === 0) return inClause
  const anothers = (d: DateMention) =>
    d.end <= span.start && AMOUNT_BEFORE_DATE.test(folded.slice(Math.max(0, d.start - 30), d.start))
  return inClause.filter((d) => !anothers(d))
}

/**
 * "reached $3.6 billion last year, up from $3.1 billion a year earlier": a year counted back from another date of the
 * sentence before it is that date's year minus one; without one it counts back from the article's date.
 */
function yearEarlierThan(context: SentenceContext, mention: DateMention): number | null {
  const { folded } = context
  if (!mention.relative || !YEAR_EARLIER.test(folded.slice(mention.start, mention.end))) return null
  const anchor = context.dates
    .filter((d) => d.end <= mention.start && isOwnPoint(folded)(d) && !YEAR_EARLIER.test(folded.slice(d.start, d.end)))
    .at(-1)
  if (anchor) return yearOf(anchor) - 1
  // "В 2025 году … добыл 25,8 тыс. тонн. Годом ранее добыча составила 23,3 тыс.": a year before the narrative's, where
  // "two years ago", "iki il əvvəl" count back from now
  const beforeNarrative = NARRATIVE_YEAR_EARLIER.test(folded.slice(mention.start, mention.end))
  return beforeNarrative && context.frameYear !== null ? context.frameYear - 1 : null
}
const NARRATIVE_YEAR_EARLIER = /^(?:a year earlier|the year before|годом ранее|годом раньше)$/u

/** "bir önceki yıl", "the previous year", "в предыдущем году": the year before the one the narrative is in. */
const FRAME_RELATIVE = /(?:önceki|əvvəlki|previous|preceding|предыдущ)/u

/**
 * Reads the period of a figure. An achieved figure's year: the nearest dated point of its parenthesis, clause or
 * sentence; else, for a rise over a finished base year, the year after it; else the present ("hazırda") as the
 * article's year; else the year the article is telling about (`frameYear`). A target's or forecast's deadline: the
 * nearest deadline ("by 2030", "2030-cu ilədək"), else the nearest date from the article's own year on ("bu il",
 * "2027-ci ildən etibarən").
 */
export function periodOf(
  context: SentenceContext,
  span: Span,
  kind: FigureKind,
  change = false,
): { year: number | null; deadline: string | null; fromContext: boolean } {
  const published = publishedYearOf(context.article)
  const { folded } = context
  if (kind === 'achieved') {
    // "USD 62k ex-works (2025), up from USD 41k (2021)": a year alone in brackets right after a value labels it
    const label = context.dates.find((d) => isYearLabelOf(context.sentence.text, span, d))
    if (label) return { year: yearOf(label), deadline: null, fromContext: false }
    const [inParenthesis = [], inClause = [], inSentence = []] = scopedDates(
      context,
      span,
      (d) =>
        (isOwnPoint(folded, published)(d) ||
          isPastDeadline(folded, d, published) ||
          (d.value !== null && datesBaseAmount(folded, d, span))) &&
        !isAnotherFiguresYearEarlier(folded, span, d) &&
        (!isAttributive(folded, d) || datesValueAfter(folded, d, span)),
    )
    // "noyabrdakı tonu 238 dollardan fevralda 221 dollara": an attribute dates the value it qualifies, however near another
    const attributed = inClause.find((d) => isAttributive(folded, d) && datesValueAfter(folded, d, span))
    const own =
      attributed ?? nearest(span, inParenthesis.length > 0 ? inParenthesis : ownOfClause(folded, span, inClause))
    if (own && FRAME_RELATIVE.test(folded.slice(own.start, own.end)) && context.frameYear !== null) {
      // "bir önceki yıl 4,5 milyon tonda kalan hacim yüzde 15 büyüdü": the amount is the year before's, the rise
      // over it the narrative year's
      return { year: context.frameYear - (change ? 0 : 1), deadline: null, fromContext: change }
    }
    // "2013-cü ildə istifadəyə verilən zavodda hazırda 1.200-dən çox işçi", "opened in 2013, now handles 5 Mt": a word of
    // the present between a year and the figure dates the figure now; the year dates what it describes
    const nowBetween = own !== undefined && own.end <= span.start && PRESENT.test(folded.slice(own.end, span.start))
    if (own && nowBetween && !PRESENT.test(folded.slice(own.start, own.end))) {
      // an undated article's "bu yıl şimdiye kadar" is its now, the one year it has (see `thisYearAsNow`)
      return { year: published ?? (own.relative ? yearOf(own) : null), deadline: null, fromContext: false }
    }
    const clause = clauseAround(context.sentence.text, span)
    // "Həmin il şirkətin donanmasında 70-dən çox gəmi olsa da …" after "2000-ci ildə …": the year just named
    if (!own && context.namedYear !== null && THAT_YEAR.test(folded)) {
      return { year: context.namedYear, deadline: null, fromContext: false }
    }
    if (own) {
      return {
        year: yearEarlierThan(context, own) ?? pastYearOf(context, own, clause),
        deadline: null,
        fromContext: false,
      }
    }
    const clauseText = folded.slice(clause.start, clause.end)
    // "сегодня … работают свыше 600 компаний, а … с начала 1990-х годов": the clause's present beats another's year
    if (PRESENT.test(clauseText) || hasPresentVerb(clauseText, context.lang)) {
      return { year: published, deadline: null, fromContext: false }
    }
    // a tense of the present, with no word of the present: the year is the article's, read from its date
    if (closesWithCopula(context, span) || endsInPresentTense(context, clause)) {
      return { year: published, deadline: null, fromContext: true }
    }
    // a change set beside the same stretch of an earlier year in another clause is over it, not of it; a document's
    // date in another clause dates that document ("… olup, bu tutar 31.12.2025 tarihli tablolarda …")
    const elsewhere = inSentence.filter((d) => !datesDocument(folded, d))
    const mention = nearest(span, change ? elsewhere.filter((d) => !isSamePeriodBack(folded, d)) : elsewhere)
    // "…; the flow has grown nearly threefold since 2021": a change since a year in its own clause runs to a year
    // no other clause gives
    const outsideClause = mention !== undefined && (mention.end <= clause.start || mention.start >= clause.end)
    if (outsideClause && hasSinceInClause(context.dates, folded, clause)) {
      return { year: null, deadline: null, fromContext: false }
    }
    if (mention) return { year: pastYearOf(context, mention, clause), deadline: null, fromContext: false }
    // "2022 ile 2025 arasında üç katından fazla arttı": a change over a span of years is the span's last year's
    const overYears = firstNearest(
      span,
      scopedDates(
        context,
        span,
        (d) => d.role === 'period' && d.value !== null && baseAmountBefore(folded, d) === null,
      ),
    )
    if (overYears) return { year: yearOf(overYears), deadline: null, fromContext: false }
    // "son 3 yılda", "over the past three years": a span up to now that no year sums up
    if (scopedDates(context, span, (d) => d.role === 'period').some((scope) => scope.length > 0)) {
      return { year: null, deadline: null, fromContext: false }
    }
    // "вырос на 8% по сравнению с 2023 годом": a rise over a finished year is the next year's, once that has ended
    // "bu sayı 31'di; artış yaklaşık üç kat": the same stretch of last year is the base of the change beside it
    const base = context.dates.find((d) => d.value !== null && (isBase(folded, d) || isSamePeriodBack(folded, d)))
    const next = base ? yearOf(base) + 1 : null
    // "выросли на 8,8% по сравнению с аналогичным периодом прошлого года": this year's months against last year's
    const samePeriod =
      base !== undefined &&
      SAME_PERIOD.test(folded.slice(Math.max(0, base.start - BASE_REACH), base.end + SAME_PERIOD_AFTER))
    if (next !== null && published !== null && next <= published && (!base?.relative || samePeriod))
      return { year: base?.relative ? (context.frameYear ?? next) : next, deadline: null, fromContext: false }
    // "… 300 milyon dollarlıq kredit sazişi imzalanıb": a signing the story reports with no date or month in its sentence is
    // news of its own day, whatever year the story told before it
    const monthNamed = context.words.some((w) => monthNumber(w.text) !== null)
    if (context.dates.length === 0 && !monthNamed && isSignedInClause(context, clause)) {
      return { year: published, deadline: null, fromContext: true }
    }
    const year =
      context.frameYear ??
      monthYear(context, span) ??
      // an attributive year dates its own value only: the change's end is as of the report
      (context.dates.every((d) => isAttributive(folded, d)) ? currentYearOf(context.article) : null)
    return { year, deadline: null, fromContext: year !== null }
  }
  // "bu ilki 412 min manatlıq büdcədən 18 faiz çoxdur": an attributive year dates the value after it, no plan's deadline
  const dated = (d: DateMention) =>
    d.value !== null && !isBase(folded, d) && (!isAttributive(folded, d) || datesValueAfter(folded, d, span))
  const deadlines = scopedDates(context, span, (d) => dated(d) && d.role === 'deadline')
  // "ожидается, что в первом полугодии флот пополнится …" in March: a plan's part of the year is this year's
  const ahead = { ...context, dates: context.dates.map((d) => (d.ahead ? { ...d, value: d.ahead } : d)) }
  const fromNow = scopedDates(
    ahead,
    span,
    (d) =>
      dated(d) &&
      // "в 2026–2028 годах выполнит работы", "12–14% a year in 2026–2027": a plan over years is due by their last
      (d.role === 'point' || (d.role === 'period' && d.value?.length === 4)) &&
      (published === null || yearOf(d) >= published) &&
      // "В январе 2026 года … подписала контракт на поставку" in February: a month gone is no plan's deadline
      !isMonthGone(d, context.article.published),
  )
  // the nearest scope that dates it at all, and in it a deadline before a point: a clause's own "this year" beats
  // another clause's "by 2030" ("raise it to $10 billion by 2030, and analysts believe it could exceed $5 billion as
  // early as this year")
  const own = ownPointBeside(folded, span, fromNow[1] ?? [])
  // "2026 yıl sonu için yüzde 21–25, 2027 yıl sonu için yüzde 13–17": a deadline of its own before the figure, too,
  // leaves the one after it to the next figure
  const theirs = (d: DateMention, ownBefore: boolean) =>
    (own !== undefined || ownBefore) && isAnotherFiguresDeadline(folded, span, d)
  const deadline = firstNearest(
    span,
    deadlines.map((all, index) => {
      const ownBefore = all.some((d) => d.end <= span.start)
      const inScope = all.filter((d) => !theirs(d, ownBefore))
      return inScope.length > 0 ? inScope : (fromNow[index] ?? [])
    }),
  )
  return { year: null, deadline: deadline?.value ?? null, fromContext: false }
}

/** Whether the clause tells of a signing done ("imzalanıb", "signed", "подписано"), not one to come. */
function isSignedInClause(context: SentenceContext, clause: Span): boolean {
  const text = context.sentence.text
  const signed = findSigningVerbs(text, context.lang).some((v) => v.start >= clause.start && v.end <= clause.end)
  return signed && !isFutureSigning(text, context.lang)
}

/**
 * The year of a date an achieved figure took place at: "4 июля … ввели в эксплуатацию станцию мощностью 300 МВт" in May
 * is last July's, as a day or month written without its year that is still to come this year has not happened yet.
 */
function pastYearOf(context: SentenceContext, d: DateMention, clause: Span): number {
  const published = context.article.published
  const ahead = d.relative && d.value !== null && d.value.length >= 7 && published !== null && d.value > published
  // "will rise to 21 a week from June, from 14 at present": a day to come may date a plan beside a present figure
  return ahead && hasAchievedCue(inClause(context.words, clause), context.lang) ? yearOf(d) - 1 : yearOf(d)
}

/** A month (or day) of the article's year already past at its date: "2026-01" in an article of 2026-02-20. */
const isMonthGone = (d: DateMention, published: string | null) =>
  published !== null && d.value !== null && d.value.length >= 7 && d.value.slice(0, 7) < published.slice(0, 7)

/**
 * Whether the figure's own clause dates it after the article's year ("224 kilometrelik hattın 2029'da
 * tamamlanması"), as against another clause of its sentence ("…, adding that Tbilisi would host the next meeting in
 * March 2027").
 */
/**
 * Tells whether the figure's clause sets it a deadline with its year, still ahead of the article ("к 2029 году появится
 * пункт мощностью 40 тыс. тонн", "переведёт на СПГ не менее пяти судов к 2030 году"); not a month alone ("by the end
 * of August"), which a past verb may close.
 */
export function hasDeadlineAheadInClause(context: SentenceContext, span: Span): boolean {
  const published = context.article.published
  if (published === null) return false
  const clause = clauseAround(context.sentence.text, span)
  return context.dates.some(
    (d) =>
      d.role === 'deadline' &&
      !d.relative &&
      d.value !== null &&
      d.start >= clause.start &&
      d.end <= clause.end &&
      d.value > published.slice(0, d.value.length),
  )
}

export function isDatedLaterInClause(context: SentenceContext, span: Span): boolean {
  const published = publishedYearOf(context.article)
  if (published === null) return false
  const clause = clauseAround(context.sentence.text, span)
  return context.dates.some(
    (d) => d.value !== null && d.start >= clause.start && d.end <= clause.end && yearOf(d) > published,
  )
}
