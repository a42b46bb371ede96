import { MONTH_SOURCE, monthAdjectives, monthNumber } from '../lexicon/date-words'
import { findDates, pad } from '../lexicon/dates'
import { foldCase } from '../lexicon/text'
import { datelineLength } from './header-date'
import type { Span } from '../types'

/** When an occasion took place as one sentence says it: a day, month or year, and the last day of a range. */
export interface OccasionDate extends Span {
  date: string
  dateEnd: string | null
  /** 'stated' for a calendar date, 'relative' for "dün", "yesterday", "on Tuesday" resolved against the article. */
  basis: 'stated' | 'relative'
}

/** Adds days to an ISO day, in UTC (no clock is read: the day comes from the article). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** A second day after a day-and-month date: "martın 12-13-də", "August 26-27". */
const RANGE_END_AFTER = /^\s*[-–—]\s*(\d{1,2})(?!\d)/u
/**
 * A first day before a day-and-month date: "24-25 Kasım", "24–25 ноября", "7-8-də", "с 14 по 16 мая", "from 14 to 16
 * May", "between 14 and 16 May", "14 ile 16 Mayıs arasında".
 */
const RANGE_START_BEFORE =
  /(?<![\p{N}.,])(\d{1,2})\s*[-–—]\s*$|(?<![\p{L}])(?:с|from|between)\s+(\d{1,2})\s+(?:по|до|to|and|until)\s+$|(?<![\p{N}.,])(\d{1,2})\s+(?:ile|ilə)\s+$/iu

/** Widens a day to the range the text writes around it ("24-25 Kasım" → 24 to 25), when the days make sense. */
export function withRange(
  text: string,
  span: Span,
  day: string,
): { start: number; end: number; date: string; dateEnd: string | null } {
  const dayOfMonth = Number(day.slice(8, 10))
  const after = RANGE_END_AFTER.exec(text.slice(span.end, span.end + 6))
  if (after?.[1] && Number(after[1]) > dayOfMonth && Number(after[1]) <= 31) {
    return {
      start: span.start,
      end: span.end + after[0].length,
      date: day,
      dateEnd: `${day.slice(0, 8)}${pad(Number(after[1]))}`,
    }
  }
  const before = RANGE_START_BEFORE.exec(text.slice(Math.max(0, span.start - 20), span.start))
  const first = Number(before?.[1] ?? before?.[2] ?? before?.[3] ?? NaN)
  if (before && first < dayOfMonth && first >= 1) {
    const start = span.start - before[0].length
    return { start, end: span.end, date: `${day.slice(0, 8)}${pad(first)}`, dateEnd: day }
  }
  return { start: span.start, end: span.end, date: day, dateEnd: null }
}

/** The year written after a range of days: "July 9–10, 2026". */
const YEAR_AFTER_RANGE = /^,?\s+((?:19|20)\d{2})(?!\p{N})/u

/** Days written after a year and month: "1998-ci il sentyabrın 7-8-də", "2025 yılı ekim ayının 21'inde". */
const DAYS_AFTER = /^\s+(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?:-|['’])\p{L}+/u

/** Makes a month a day (or a range of days) when the days follow it. */
function withDaysAfter(
  text: string,
  span: Span,
  month: string,
): { start: number; end: number; date: string; dateEnd: string | null } {
  const m = month.length === 7 ? DAYS_AFTER.exec(text.slice(span.end, span.end + 14)) : null
  const first = Number(m?.[1] ?? 0)
  const last = Number(m?.[2] ?? 0)
  if (!m || first < 1 || first > 31) return { start: span.start, end: span.end, date: month, dateEnd: null }
  const end = span.end + m[0].length
  return {
    start: span.start,
    end,
    date: `${month}-${pad(first)}`,
    dateEnd: last > first && last <= 31 ? `${month}-${pad(last)}` : null,
  }
}

/** Words for a day counted from the article's date: yesterday, today, the day before, tomorrow. */
const RELATIVE_DAYS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:dün|dünən|yesterday|вчера|накануне)(?![\p{L}])/u, -1],
  // "о вчерашней встрече", "dünkü toplantıda", "dünənki görüşdə", "yesterday's talks": yesterday's as an attribute
  [/(?<![\p{L}])(?:вчерашн\p{L}*|dünkü|dünənki|yesterday['’]s)(?![\p{L}])/u, -1],
  // a live page's coverage is of the day it is written: "our live coverage of the meeting", "прямая трансляция"
  [
    /(?<![\p{L}])(?:live coverage of|live updates from|canlı anlatım\p{L}*|canlı blog\p{L}*|прям\p{L}* трансляци\p{L}*|онлайн-трансляци\p{L}*)(?![\p{L}])/u,
    0,
  ],
  // "bu gün üçün", "bugünkü", "today's" say "now", not the day something happened
  [/(?<![\p{L}])(?:bugün|bu gün|today|сегодня|bu səhər|this morning)(?![\p{L}]|\s+(?:üçün|için|for)|['’]s)/u, 0],
  [/(?<![\p{L}])(?:önceki gün|srağagün|позавчера)(?![\p{L}])/u, -2],
  // "yarın Kars'ta düzenlenecek toplantı", "meet tomorrow", "встретятся завтра" (Azerbaijani "sabah" below: in Turkish
  // it is the morning)
  [/(?<![\p{L}])(?:yarın|yarınki|tomorrow|tomorrow['’]s|завтра|завтрашн\p{L}*)(?![\p{L}])/u, 1],
]
/** Azerbaijani "sabah", "sabahkı": tomorrow. */
const AZ_TOMORROW = /(?<![\p{L}])(?:sabah|sabahkı)(?![\p{L}])/u

/** A reporting verb just before a counted day: the day is the report's ("said on Wednesday", "заявили в среду"). */
const REPORTED_ON =
  /(?:said|told|announced|reported|stated|confirmed|сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|отметил\p{L}*|açıkladı|bildirdi|bildirib|söyledi|dedi|açıqlayıb|deyib)\s*,?\s*$/u

/** Weekday names (Monday first) in the four languages, as a news report dates "on Tuesday". */
const WEEKDAYS: RegExp[] = [
  /(?<![\p{L}])(?:on monday|pazartesi|bazar ertəsi|в понедельник)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on tuesday|salı günü|çərşənbə axşamı|во вторник)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on wednesday|çarşamba|çərşənbə günü|в среду)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on thursday|perşembe|cümə axşamı|в четверг)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on friday|cuma günü|cümə günü|в пятницу)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on saturday|cumartesi|şənbə günü|в субботу)(?![\p{L}])/u,
  /(?<![\p{L}])(?:on sunday|pazar günü|bazar günü|в воскресенье)(?![\p{L}])/u,
]

/** The latest given weekday (0 = Monday) on or before the article's day: a report says "on Tuesday" of this week. */
function lastWeekday(published: string, weekday: number): string {
  const today = (new Date(`${published}T12:00:00Z`).getUTCDay() + 6) % 7
  return addDays(published, -((today - weekday + 7) % 7))
}

/** Words for a week counted from the article's: this week (0), last week (-1). */
const RELATIVE_WEEKS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:bu hafta|bu həftə|this week|на этой неделе|на текущей неделе)(?![\p{L}])/u, 0],
  [/(?<![\p{L}])(?:geçen hafta|ötən həftə|keçən həftə|last week|на прошлой неделе)(?![\p{L}])/u, -1],
]

/** Words for a month counted from the article's: this month (0), last month (-1), next month (+1). */
const RELATIVE_MONTHS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:bu ay(?:ın)?|bu ayın başında|this month|в этом месяце|в текущем месяце)(?![\p{L}])/u, 0],
  [/(?<![\p{L}])(?:geçen ay|geçtiğimiz ay|ötən ay|keçən ay|last month|в прошлом месяце)(?![\p{L}])/u, -1],
  [/(?<![\p{L}])(?:gelecek ay|önümüzdeki ay|gələn ay|növbəti ay|next month|в следующем месяце)(?![\p{L}])/u, 1],
]

/** The month `months` away from the article's ("2026-06-12", -1 → "2026-05"). */
function monthFrom(published: string, months: number): string {
  const index = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1 + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The month of a week counted from the article's (Monday to Sunday), or null when the week spans two months. */
function weekMonth(published: string, weeks: number): string | null {
  const monday = addDays(lastWeekday(published, 0), 7 * weeks)
  const sunday = addDays(monday, 6)
  return monday.slice(0, 7) === sunday.slice(0, 7) ? monday.slice(0, 7) : null
}

/**
 * Reads a relative day ("dün", "вчера", "on Tuesday") in a sentence, resolved against the article's date, a relative
 * week ("bu hafta", "last week") as its month, when the whole week falls in one, and a relative month ("ötən ay").
 */
/** An amount right before a word: "$3,600 ", "3,600 ", "44,85 ", "12% " (not a thread's "1/7 "). */
const AMOUNT_BEFORE = /(?:[$€£₸₼₽]\s?\d[\d.,]*|\d\s*%|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+)\s+$/u

function relativeDays(text: string, lang: string, published: string | null): OccasionDate[] {
  if (published === null) return []
  const folded = foldCase(text, lang)
  const found: OccasionDate[] = []
  // a relative day in the text, placed against the article's date (worked out only when the word is there)
  const add = (pattern: RegExp, date: () => string) => {
    const m = pattern.exec(folded)
    // "said on Wednesday, a day after officials signed …": a counted day after a reporting verb dates the report
    if (!m || REPORTED_ON.test(folded.slice(Math.max(0, m.index - 24), m.index))) return
    // "from about $3,600 today", "bugün 44,85 seviyesinde": a day right after an amount dates the amount
    if (AMOUNT_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) return
    found.push({ start: m.index, end: m.index + m[0].length, date: date(), dateEnd: null, basis: 'relative' })
  }
  for (const [pattern, offset] of RELATIVE_DAYS) add(pattern, () => addDays(published, offset))
  if (lang === 'az') add(AZ_TOMORROW, () => addDays(published, 1))
  for (const [pattern, weeks] of RELATIVE_WEEKS) {
    const month = weekMonth(published, weeks)
    if (month !== null) add(pattern, () => month)
  }
  for (const [pattern, months] of RELATIVE_MONTHS) add(pattern, () => monthFrom(published, months))
  WEEKDAYS.forEach((pattern, weekday) => add(pattern, () => lastWeekday(published, weekday)))
  return found
}

/**
 * A month named alone, as a news report dates an occasion: "eylül ayında", "Haziran başında", "in September", "for
 * February", "in early April", "в сентябре".
 */
const MONTH_ALONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:in|for)\s+(?:(?:early|late|mid)[\s-])?|в\s+|во\s+|на\s+)?(${MONTH_SOURCE})(?:\s+(?:ay|başı|sonu|ortası|əvvəli|sonu|ortası)\p{L}*)?(?![\p{L}])(?!\s*,?\s*\d)`,
  'gu',
)
/** What leads an English or Russian month alone: a preposition ("may", "march" are words, "мая" a day's genitive). */
// "запланировано на октябрь": "на" with the accusative names the month a plan is set for
const MONTH_PREPOSITION = /^(?:in|for|в|во|на)\s/u

const DAY_MS = 86_400_000
const distance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS

/** How a sentence places what it tells: done (a day up to now), to come (a day from now), or either. */
export type Tense = 'past' | 'future' | 'either'
/** The tense at a point of a sentence, for a sentence whose clauses tell of different times. */
export type TenseAt = (at: number) => Tense

/**
 * Gives a day or month stated without a year a year: `year` when the article tells a past year's story, else the year
 * that puts it nearest the article's date on the side its tense says ("24-25 Kasım" done, in a December 2025 report,
 * is 2025; "eylül ayında" expected, in a February 2026 report, is 2026).
 */
export function withYear(
  date: string,
  dateEnd: string | null,
  published: string,
  tense: Tense,
  year?: number,
): { date: string; dateEnd: string | null } {
  const monthDay = date.slice(4)
  const at = (y: number) => `${y}${monthDay}${monthDay.length === 3 ? '-15' : ''}`
  const base = Number(published.slice(0, 4))
  const fits = (y: number) =>
    tense === 'past' ? at(y) <= addDays(published, 3) : tense === 'future' ? at(y) >= addDays(published, -3) : true
  const candidates = year !== undefined ? [year] : [base - 1, base, base + 1].filter(fits)
  const best = [...candidates].sort((a, b) => distance(at(a), published) - distance(at(b), published))[0] ?? base
  return { date: `${best}${monthDay}`, dateEnd: dateEnd === null ? null : `${best}${dateEnd.slice(4)}` }
}

/** Finds months named alone in a sentence, outside the spans of fuller dates. */
function monthsAlone(
  original: string,
  lang: string,
  published: string,
  tenseAt: TenseAt,
  taken: readonly Span[],
  yearOf: (date: string, at: number) => number | undefined = () => undefined,
): OccasionDate[] {
  const folded = foldCase(original, lang)
  const found: OccasionDate[] = []
  MONTH_ALONE.lastIndex = 0
  for (let m = MONTH_ALONE.exec(folded); m !== null; m = MONTH_ALONE.exec(folded)) {
    const start = m.index
    const end = start + m[0].length
    const month = monthNumber(m[1] ?? '')
    if (month === null || taken.some((t) => start < t.end && end > t.start)) continue
    // "may", "march" are English words too, and a bare Russian month is a genitive of a day: a preposition must lead
    if ((lang === 'en' || lang === 'ru') && !MONTH_PREPOSITION.test(m[0])) continue
    // a Turkish or Azerbaijani month alone is written in lower case; "Kasım" capitalised is a name (Kasım Tokayev)
    const capitalised = original[start] !== original[start]?.toLowerCase()
    const nameFollows =
      /^[-–]/u.test(original.slice(end)) || (!/\say/u.test(m[0]) && /^\s+\p{Lu}/u.test(original.slice(end)))
    // "Dekabrda", "Aralık'ta": a month in the locative is a time, whoever's name follows
    const locative = /(?:['’]?[dt][aeə]|\s(?:ay|başı|sonu|ortası|əvvəli)\p{L}*)$/u.test(m[0])
    if ((lang === 'tr' || lang === 'az') && capitalised && !locative && (start > 0 || nameFollows)) continue
    const monthOnly = `0000-${pad(month)}`
    const { date } = withYear(monthOnly, null, published, tenseAt(start), yearOf(monthOnly, start))
    found.push({ start, end, date, dateEnd: null, basis: 'stated' })
  }
  for (const { start, end, month } of monthAdjectives(folded)) {
    if (taken.some((t) => start < t.end && end > t.start)) continue
    const monthOnly = `0000-${pad(month)}`
    const { date } = withYear(monthOnly, null, published, tenseAt(start), yearOf(monthOnly, start))
    found.push({ start, end, date, dateEnd: null, basis: 'stated' })
  }
  return found
}

const HAS_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u
/** A year and its word right before a day ("1997-ci il ", "1997 yılı ", "2026-cı ilin "), which the day belongs to. */
const YEAR_BEFORE_DAY = /(?<!\d)(?:19|20)\d{2}(?:-?(?:ci|cı|cu|cü))?\s+(?:il|ilin|yılı|yılının)\s+$/u
const YEAR_BEFORE_REACH = 16
/** "geçen yılın şubat ayında", "в феврале прошлого года", "in March next year": a month whose year is counted. */
const YEAR_COUNTED =
  /(?<![\p{L}])(?:(?:geçen|geçtiğimiz|ötən|keçən|gelecek|gələn|bu)\s+(?:yılın|ilin)|(?:last|this|next)\s+year|(?:прошлого|этого|текущего|следующего|будущего)\s+года)(?![\p{L}])/u

/** "… tarihi itibarıyla", "… tarixinə", "as of …", "по состоянию на …", "as at …": a date a list or a figure holds at. */
const AS_OF_AFTER = /^\s*(?:tarihi(?:\s+itibar[ıi](?:yla|yle))|itibar[ıi](?:yla|yle)|tarixinə|tarixə)(?![\p{L}])/u
const AS_OF_BEFORE = /(?:(?<![\p{L}])as\s+(?:of|at)|по\s+состоянию\s+на)\s*(?:\d{1,2}:\d{2}\s+on\s+)?$/u

/** "она продлится до 21 мая", "runs until Thursday": the day an occasion under way ends, not its day. */
const LASTS_UNTIL_BEFORE =
  /(?:продл(?:ится|ятся)|(?:will\s+)?(?:runs?|lasts?|continues?)|будет\s+работать)\s+(?:до|until|till|through)\s+$/u

function isReferenceDate(folded: string, d: Span): boolean {
  const before = folded.slice(Math.max(0, d.start - 30), d.start)
  return (
    AS_OF_AFTER.test(folded.slice(d.end, d.end + 30)) || AS_OF_BEFORE.test(before) || LASTS_UNTIL_BEFORE.test(before)
  )
}

/**
 * Finds the dates in a sentence that can date an occasion: calendar points (with the range a day sits in), months
 * named alone, and relative days. A day or month written without a year takes `narrative`'s year when the article
 * is telling a past year's story (a month, "1998-09", reaches that month and the next; a year alone, a chronology's
 * heading, reaches them all), else the year nearest the article's date. A stated calendar date wins over a
 * relative word it overlaps or sits beside ("Накануне, 23 марта").
 */
export function findOccasionDates(
  text: string,
  lang: string,
  published: string | null,
  tense: Tense | TenseAt = 'either',
  narrative?: string,
): OccasionDate[] {
  const tenseAt: TenseAt = typeof tense === 'function' ? tense : () => tense
  // a story told of a past month goes on into its next days: "Sentyabrın 8-də" after "1998-ci il sentyabrın 7-8-də"
  const narrativeYearOf = (date: string, at: number) => {
    if (narrative === undefined || tenseAt(at) === 'future') return undefined
    // a chronology's year heading ("2023") gives every month under it its year
    if (narrative.length === 4) return Number(narrative)
    const month = Number(date.slice(5, 7))
    const told = Number(narrative.slice(5, 7))
    return month === told || month === (told % 12) + 1 ? Number(narrative.slice(0, 4)) : undefined
  }
  // an agency dateline dates the report, not what it tells ("Bakı, 18 noyabr (Trend) – … iclası dünən keçirilib"),
  // a reference date a list or a balance ("28 Nisan 2026 tarihi itibarıyla", "as of 28 April"), and the day an
  // occasion under way ends ("она продлится до 21 мая") its end, not its day
  const dateline = datelineLength(text)
  const folded = foldCase(text, lang)
  const found = findDates(text, lang, published).filter((d) => d.start >= dateline && !isReferenceDate(folded, d))
  const stated = found
    .filter((d) => d.role === 'point' && d.value !== null)
    .map((d): OccasionDate => {
      const value = d.value ?? ''
      const ranged = value.length === 10 ? withRange(text, d, value) : withDaysAfter(text, d, value)
      const span = text.slice(d.start, d.end)
      // "July 9–10, 2026": the year after a range of days is its own, whatever the tense
      const yearAfter = ranged.dateEnd === null ? null : YEAR_AFTER_RANGE.exec(text.slice(ranged.end, ranged.end + 8))
      if (yearAfter?.[1]) {
        const year = yearAfter[1]
        const [date, dateEnd] = [`${year}${ranged.date.slice(4)}`, `${year}${(ranged.dateEnd ?? '').slice(4)}`]
        return { ...ranged, date, dateEnd, end: ranged.end + yearAfter[0].length, basis: 'stated' }
      }
      // "1997-ci il 10 iyun tarixində", "1997 yılı 10 Haziran'da": a year written right before the day is its own
      const yearBefore = YEAR_BEFORE_DAY.test(text.slice(Math.max(0, d.start - YEAR_BEFORE_REACH), d.start))
      if (
        published === null ||
        value.length < 7 ||
        HAS_YEAR.test(span) ||
        yearBefore ||
        YEAR_COUNTED.test(foldCase(span, lang))
      )
        return { ...ranged, basis: 'stated' }
      return {
        ...ranged,
        ...withYear(ranged.date, ranged.dateEnd, published, tenseAt(d.start), narrativeYearOf(ranged.date, d.start)),
        basis: 'stated',
      }
    })
  if (published !== null) stated.push(...monthsAlone(text, lang, published, tenseAt, found, narrativeYearOf))
  // (a relative word inside a stated date is part of it: "ötən həftənin çərşənbə günü" is last week's Wednesday)
  const relative = relativeDays(text, lang, published).filter(
    (r) =>
      !stated.some(
        (s) => Math.abs(s.start - r.end) < 6 || Math.abs(r.start - s.end) < 6 || (r.start < s.end && r.end > s.start),
      ),
  )
  return [...stated, ...relative].filter((d) => d.start >= dateline).sort((a, b) => a.start - b.start)
}

/** Tells whether two occasion dates can be one occasion: a day inside the other's range or period, or ±`slack` days. */
/** Whether a date (a day, a month or a year) falls after the article's day, compared at the date's own precision. */
export const isAfterArticle = (date: string, published: string | null): boolean =>
  published !== null && date > published.slice(0, date.length)

export function datesOverlap(
  a: { date: string | null; dateEnd: string | null },
  b: { date: string | null; dateEnd: string | null },
  slack = 0,
): boolean {
  if (a.date === null || b.date === null) return false
  if (a.date.length < 10 || b.date.length < 10) return a.date.startsWith(b.date) || b.date.startsWith(a.date)
  const aEnd = a.dateEnd ?? a.date
  const bEnd = b.dateEnd ?? b.date
  return addDays(a.date, -slack) <= bEnd && addDays(b.date, -slack) <= aEnd
}
