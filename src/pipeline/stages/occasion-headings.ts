import { MONTH_SOURCE, monthNumber } from '../lexicon/date-words'
import { findDates, pad } from '../lexicon/dates'
import type { ExtractionInput, Sentence } from '../types'
import { datelineLength, readDateline } from './header-date'
import { withYear } from './occasion-dates'

/** Weekdays, alone or as a span ("TUESDAY-WEDNESDAY"), as a calendar's day headings open with them. */
const WEEKDAY =
  /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar|bazar ertəsi|çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|bazar|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)/gu
const NAMES_WEEKDAY = new RegExp(WEEKDAY.source, 'u')
/** Longest line read as a day's heading, and the most words it may hold besides its date and weekday (a place). */
const MAX_HEADING_CHARS = 70
const MAX_PLACE_WORDS = 4
/** Paragraphs under a day's heading that its date reaches: the item and a comment on it ("Why it matters: …"). */
const PARAGRAPHS_REACHED = 2
/** Day headings that make a page of dated entries (readouts, a calendar), not a story with a date line in it. */
const MIN_DAY_HEADINGS = 2

/**
 * A full date alone on its line, maybe with its hour, as a page of readouts heads each one ("23.05.2026", "15 May
 * 2026, 17:05", "21 мая 2026 года"): numbers and at most two words (a month's name, "года").
 */
const isDateAlone = (folded: string) =>
  /^[\p{L}\d\s.,:/|–—-]*$/u.test(folded) && (folded.match(/\p{L}+/gu) ?? []).length <= 2

const DATE_REST = /^[\s\d.,:/|–—-]*(?:года|г\.?)?[\s\d.,:/|–—-]*$/u

/**
 * The day a line heads, when it is a calendar's day heading: a day and month, maybe a weekday and a place, nothing
 * else ("MONDAY, FEB 23 - NAVOI", "Pazartesi, 13 Nisan - İstanbul", "Вторник, 24 февраля — Баку", a diary's "Day 7 –
 * Tuesday, 19 May."), or a full date alone
 * ("23.05.2026", "15 May 2026, 17:05"); else null.
 */
function headedDay(text: string, lang: string, published: string | null): string | null {
  if (text.length > MAX_HEADING_CHARS || /[!?:]\s*$/u.test(text) || !/\d/u.test(text)) return null
  // a heading names its weekday, or is a full date alone; reading the dates of every short line would cost a pass
  // over all of them
  const folded = text.toLocaleLowerCase(lang === 'az' ? 'az' : 'tr')
  const dateAlone = isDateAlone(folded)
  const placed = YEAR_THEN_PLACE.test(text)
  if (!dateAlone && !placed && !NAMES_WEEKDAY.test(folded)) return null
  const day = findDates(text, lang, published).find((d) => d.role === 'point' && d.value?.length === 10)
  if (!day?.value) return null
  // a chronology's entry: its full date (maybe a range of days) and its place ("11–12 September 2019 · Beijing",
  // "12 avqust 2018 — Aktau", "3 ноября 2020 — Алматы")
  if (placed && /^[\d\s–—-]*$/u.test(text.slice(0, day.start)) && PLACE_AFTER.test(text.slice(day.end))) {
    // "11–12 September 2019": a range of days starts on its first
    const first = /^\s*(\d{1,2})\s*[–—-]\s*$/u.exec(text.slice(0, day.start))?.[1]
    return first === undefined ? day.value : `${day.value.slice(0, 8)}${pad(Number(first))}`
  }
  // a diary's heading, with its weekday, may close with a stop right after its date ("Day 7 – Tuesday, 19 May."); a
  // sentence does not, nor does an agency's dateline ("Тбилиси. 19 марта. ИНТЕРФАКС – …")
  if (/\.\s*$/u.test(text) && (dateAlone || text.slice(day.end).trim() !== '.')) return null
  // "21 мая 2026 года", "15 May 2026, 17:05": the year's word and the hour may stand beside the date
  if (dateAlone) return DATE_REST.test(text.slice(0, day.start) + text.slice(day.end)) ? day.value : null
  const rest = (text.slice(0, day.start) + ' ' + text.slice(day.end))
    .toLocaleLowerCase(lang === 'az' ? 'az' : 'tr')
    .replace(WEEKDAY, ' ')
    .replace(/[\d,;|/()–—-]+/gu, ' ')
    .trim()
  return rest === '' || rest.split(/\s+/u).length <= MAX_PLACE_WORDS ? day.value : null
}

/** A year, a separator and a capitalised word: the cheap sign of a chronology's heading ("… 2019 · Beijing"). */
const YEAR_THEN_PLACE = /(?:19|20)\d{2}\s*[·•—–|-]\s*\p{Lu}/u
/** A place after a date's separator: a few words, the first capitalised ("· Boguty, Almaty region", "— Bakı"). */
const PLACE_AFTER = /^\s*[·•—–|-]\s*\p{Lu}[\p{L}'’.-]*(?:[\s,]+[\p{L}'’.()-]+){0,3}\s*$/u

/**
 * A list item's heading that opens with its month, maybe after its number: "6. Haziran – Bakü'de üç imza", "October:
 * summit in Gabala", "Сентябрь — …", or is the month alone ("Avqust" over its paragraph). A year's review numbers its
 * events so.
 */
const MONTH_HEADING = new RegExp(String.raw`^\s*(?:\d{1,2}[.)]\s*)?(${MONTH_SOURCE})\s*(?:[–—:-]\s*\S|$)`, 'u')

/** The month word a list item's heading opens with ("6. Haziran – Bakü'de üç imza": "haziran"), or undefined. */
const headingMonthWord = (text: string, lang: string): string | undefined =>
  text.length > MAX_HEADING_CHARS || /[.!?]\s*$/u.test(text)
    ? undefined
    : MONTH_HEADING.exec(text.toLocaleLowerCase(lang === 'az' ? 'az' : 'tr'))?.[1]

/** Tells whether a line is a list item's month heading ("6. Haziran – Bakü'de üç imza"). */
export const isMonthHeading = (text: string, lang: string) => headingMonthWord(text, lang) !== undefined

/** The month (YYYY-MM) a line heads, the nearest one up to the article's date; else null. */
function headedMonth(text: string, lang: string, published: string | null): string | null {
  const word = published === null ? undefined : headingMonthWord(text, lang)
  const month = word === undefined ? null : monthNumber(word)
  if (month === null || published === null) return null
  return withYear(`0000-${String(month).padStart(2, '0')}`, null, published, 'past').date
}

/** The title of a page of what happened on this day in past years. */
const ON_THIS_DAY =
  /bu\s+gün\s+tarixdə|tarihte\s+bugün|bugün\s+tarihte|этот\s+день\s+в\s+истории|в\s+этот\s+день|on\s+this\s+day|this\s+day\s+in\s+history/u

/** Whether a page tells what happened on this day in past years ("Bu gün tarixdə", "Этот день в истории"). */
const isAlmanac = (article: { title: string; lang: string }) =>
  ON_THIS_DAY.test(article.title.toLocaleLowerCase(article.lang === 'az' ? 'az' : 'tr'))

/**
 * "Bu gün tarixdə: 22 aprel", "Этот день в истории. 12 марта", "On this day: April 22": the month and day (MM-DD) an
 * almanac's title names, else its date's; null for any other page.
 */
function almanacDay(title: string, lang: string, published: string | null): string | null {
  if (!isAlmanac({ title, lang })) return null
  // an almanac comes out on its day: without a day in its title, the page's date is it
  const day = findDates(title, lang, published).find((d) => d.value?.length === 10)?.value ?? published
  return day?.slice(5) ?? null
}

/**
 * The day each sentence stands under on a calendar page ("What to watch this week", "Haftanın ajandası"): the day of
 * the last day heading above it, for the two paragraphs after that heading; undefined elsewhere. An occasion its own
 * sentence does not date ("The forum opens at 10:00 at the Baku Congress Centre") takes it.
 */
export function headingDays(input: ExtractionInput, headed: readonly (number | undefined)[]): (string | undefined)[] {
  const { article, sentences } = input
  const almanac = almanacDay(article.title, article.lang, article.published)
  if (almanac !== null) {
    // each entry happened on the page's day in the year it stands under (`headed`, from `headingYears`)
    return headed.map((year) => (year === undefined ? undefined : `${year}-${almanac}`))
  }
  const headings = sentences.map((sentence) => headedDay(sentence.text, article.lang, article.published))
  // a page of dated entries whose first date line the header took ("15 May 2026, 17:05" over the first readout):
  // the entries above the first heading left are the page's day's
  const dayByDay = headings.filter((h) => h !== null).length >= MIN_DAY_HEADINGS
  let day: string | undefined = dayByDay ? (article.published ?? undefined) : undefined
  let paragraphs = 0
  return sentences.map((sentence, index) => {
    const heading = headings[index] ?? null
    if (heading !== null) {
      day = heading
      paragraphs = 0
      return undefined
    }
    // a review's month heading dates itself ("9. Ekim – Gebele Zirvesi'nden …") and its item under it
    const month = headedMonth(sentence.text, article.lang, article.published)
    if (month !== null) {
      day = month
      paragraphs = 0
      return month
    }
    const previous = sentences[index - 1]
    if (previous && article.text.slice(previous.end, sentence.start).includes('\n')) paragraphs += 1
    if (paragraphs > PARAGRAPHS_REACHED) day = undefined
    return day
  })
}

/** A line that is a year alone, as a chronology heads each year's entries ("2023", "2024:", "2025-ci il", "2025 год"). */
const YEAR_HEADING = /^\s*((?:19|20)\d{2})(?:\s*(?:-?c[iıuü])?\s*(?:il|yıl|yılı|год|year))?\s*[:.]?\s*$/u
/** A year and a dash opening an entry: "2003 – Ankarada … Saziş imzalanıb", "1921 — Великое национальное собрание …". */
const YEAR_OPENING = /^\s*((?:19|20)\d{2})\s*[–—-]\s+\p{L}/u
/** A short line with no digit and no closing stop, a section's heading ("Planlar", "What comes next"). */
const isSectionHeading = (text: string) => text.length <= 40 && !/[.!?]\s*$/u.test(text) && !/\d/u.test(text)
/** Year headings a page needs before it is read as a chronology: one alone may be a table's stray cell. */
const MIN_YEAR_HEADINGS = 2

/**
 * The year each sentence stands under in a chronology ("Xronologiya", "Kronoloji", "Timeline"): the year of the last
 * year heading above it, until a section heading ends the list ("Planlar"); undefined elsewhere. A day or month its
 * entries name without a year ("Dekabrın 17-də", "Sentyabrda") is that year's.
 */
export function headingYears(sentences: readonly Sentence[]): (number | undefined)[] {
  const headings = sentences.map((sentence) => YEAR_HEADING.exec(sentence.text)?.[1])
  // "1998 – Bakı–Tbilisi–İstanbul istiqamətində ilk … reys açılıb": an almanac's entry opens with its year
  const openings = sentences.map((sentence) => YEAR_OPENING.exec(sentence.text)?.[1])
  const count = headings.filter((year) => year !== undefined).length + openings.filter((y) => y !== undefined).length
  if (count < MIN_YEAR_HEADINGS) return sentences.map(() => undefined)
  let year: number | undefined
  return sentences.map((sentence, index) => {
    const heading = headings[index]
    if (heading !== undefined) {
      year = Number(heading)
      return undefined
    }
    const opening = openings[index]
    if (opening !== undefined) {
      year = Number(opening)
      return year
    }
    if (isSectionHeading(sentence.text)) year = undefined
    return year
  })
}

/**
 * The day each sentence's story was filed, where a page carries a story of an earlier day under its own dateline (a
 * corrections column republishing one, an aggregator quoting one): "ASTANA, May 13 (TCA) — … on Tuesday", on a page of
 * June 9, is told from May 13. Sentences from such a dateline on are told from its day, until the next dateline; the
 * article's own date stands elsewhere (undefined).
 */
export function storyDays(input: ExtractionInput, published: string | null): (string | undefined)[] {
  let day: string | undefined
  return input.sentences.map(({ text }) => {
    const dateline = published === null || datelineLength(text) === 0 ? null : readDateline(text)
    if (dateline === null || published === null) return day
    const { month, day: of, year } = dateline
    const date = `${year ?? '0000'}-${pad(month)}-${pad(of)}`
    const filed = year === null ? withYear(date, null, published, 'past').date : date
    day = filed < published ? filed : undefined
    return day
  })
}
