import type { DateMention } from '../types'
import { WORD_END, WORD_START } from './date-words'

// Days told by their weekday, as news tells the days around its own: "on Tuesday", "last Tuesday", "geçen salı",
// "salı günü", "ötən çərşənbə axşamı", "во вторник", "в прошлый вторник". They resolve against the article's date.

/** Weekday names (folded) by day of the week, Sunday 0, in the forms the patterns below take. */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'pazar', 'bazar', 'воскресенье'],
  ['monday', 'pazartesi', 'bazar ertəsi', 'понедельник'],
  ['tuesday', 'salı', 'çərşənbə axşamı', 'вторник'],
  ['wednesday', 'çarşamba', 'çərşənbə', 'среду'],
  ['thursday', 'perşembe', 'cümə axşamı', 'четверг'],
  ['friday', 'cuma', 'cümə', 'пятницу'],
  ['saturday', 'cumartesi', 'şənbə', 'субботу'],
]
const dayOf = new Map(WEEKDAY_NAMES.flatMap((names, day) => names.map((name) => [name, day] as const)))
// the longest first, so "bazar ertəsi" wins over "bazar" and "cumartesi" over "cuma"
const NAME = `(${[...dayOf.keys()].sort((a, b) => b.length - a.length).join('|')})`

const [B, E] = [WORD_START, WORD_END]

/** "last Tuesday", "geçen salı", "ötən çərşənbə axşamı", "в прошлый вторник": the one before the article's date. */
const LAST = new RegExp(
  String.raw`${B}(?:last|past|geçen|geçtiğimiz|ötən|keçən|в\s+прошл\p{L}*)\s+${NAME}(?:\s+günü)?${E}`,
  'gu',
)
/** "next Tuesday", "gelecek salı", "gələn çərşənbə", "в следующий вторник": the one after it. */
const NEXT = new RegExp(
  String.raw`${B}(?:next|gelecek|önümüzdeki|gələn|в\s+следующ\p{L}*|в\s+ближайш\p{L}*)\s+${NAME}(?:\s+günü)?${E}`,
  'gu',
)
/** "geçen haftanın", "ötən həftə", "last week", "на прошлой неделе"; and the week after the article's. */
const WEEK_BEFORE = String.raw`(?:(?:geçen|geçtiğimiz|ötən|keçən)\s+(?:haftanın|hafta|həftənin|həftə)|last\s+week|на\s+прошлой\s+неделе)`
const WEEK_AFTER = String.raw`(?:(?:gelecek|önümüzdeki|gələn|növbəti)\s+(?:haftanın|hafta|həftənin|həftə)|next\s+week|на\s+(?:следующей|будущей)\s+неделе)`
/**
 * A weekday of a named week: "ötən həftənin çərşənbə günü", "gelecek hafta salı", "on Wednesday last week", "last week
 * on Wednesday", "на прошлой неделе в среду", "во вторник на следующей неделе".
 */
const ofWeek = (week: string) =>
  new RegExp(
    String.raw`${B}(?:${week}\s+(?:on\s+|во?\s+)?${NAME}(?:\s+günü)?|(?:on\s+|во?\s+)?${NAME}\s+(?:of\s+)?${week})${E}`,
    'gu',
  )
const OF_WEEK_BEFORE = ofWeek(WEEK_BEFORE)
const OF_WEEK_AFTER = ofWeek(WEEK_AFTER)

/**
 * "on Tuesday", "salı günü", "çərşənbə axşamı günü", "во вторник": the nearest such day, before the article's date or
 * on it, unless the sentence tells of the future. Turkish and Azerbaijani need "günü" ("pazar" is a market too).
 */
const BARE = new RegExp(String.raw`${B}(?:on\s+${NAME}|${NAME}\s+günü|во?\s+${NAME})${E}`, 'gu')

/**
 * Words of a sentence that tell of what is to come: "will", "-acak", "-acaq", "будет", "состоится", and the Russian
 * perfective futures of meeting, signing and visiting ("встретятся", "подпишут", "посетит").
 */
const FUTURE =
  /(?<![\p{L}])(?:will|shall|going to|is to|are to|scheduled|due to)(?![\p{L}])|\p{L}(?:acak|ecek|acaq|əcək)(?:t[ıi]r|d[ıi]r)?(?![\p{L}])|(?<![\p{L}])(?:будет|будут|состоится|пройд[её]т|намечен\p{L}*|запланирован\p{L}*|встрет(?:ится|ятся)|подпиш(?:ет|ут)|посет(?:ит|ят)|прибуд(?:ет|ут)|обсуд(?:ит|ят)|проведут|откро(?:ет|ют)ся|начн[её]тся)(?![\p{L}])/u

/** Marks that end a clause for a weekday's tense: commas, semicolons, colons and spaced dashes. */
const CLAUSE_MARKS = [',', ';', ':', ' – ', ' — ']

/** The clause around an offset, between those marks: "signed on Wednesday, the sides will …". */
function clauseOf(folded: string, at: number): string {
  const start = Math.max(...CLAUSE_MARKS.map((mark) => folded.lastIndexOf(mark, at)))
  const ends = CLAUSE_MARKS.map((mark) => folded.indexOf(mark, at)).filter((k) => k >= 0)
  return folded.slice(start + 1, ends.length > 0 ? Math.min(...ends) : folded.length)
}

/** A verb of saying right before or after the weekday: "said on Wednesday", "заявил во вторник", "во вторник сообщил". */
const SAID_BEFORE =
  /(?<![\p{L}])(?:said|says|told|announced|reported|added|stated|заявил\p{L}*|сообщил\p{L}*|рассказал\p{L}*|отметил\p{L}*)\s+$/u
const SAID_AFTER = /^\s+(?:заявил\p{L}*|сообщил\p{L}*|рассказал\p{L}*|отметил\p{L}*)(?![\p{L}])/u

const DAY_MS = 86_400_000

/** The date `days` after the article's date (before it when negative), as 'YYYY-MM-DD'. */
function shifted(published: string, days: number): string {
  return new Date(Date.parse(`${published}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Days back from the article's date to the weekday `day` (0–6). */
const daysBack = (published: string, day: number) => (new Date(`${published}T00:00:00Z`).getUTCDay() - day + 7) % 7
/** A weekday's place in a week that starts on Monday, as the region's calendars start it. */
const fromMonday = (day: number) => (day + 6) % 7
/** Days from the article's date to the weekday `day` of the week `weeks` after its own (before it when negative). */
const inWeek = (published: string, day: number, weeks: number) =>
  fromMonday(day) - fromMonday(new Date(`${published}T00:00:00Z`).getUTCDay()) + 7 * weeks

/** Finds weekday dates in folded text and resolves them against the article's date; none in an undated article. */
export function findWeekdayDates(folded: string, published: string | null): DateMention[] {
  if (published === null || !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return []
  const found: DateMention[] = []
  const add = (m: RegExpExecArray, days: number) =>
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value: shifted(published, days),
      role: 'point',
      relative: true,
      weekday: true,
    })
  const day = (m: RegExpExecArray) => dayOf.get(m.slice(1).find((name) => name !== undefined) ?? '') ?? 0
  for (const m of folded.matchAll(OF_WEEK_BEFORE)) add(m, inWeek(published, day(m), -1))
  for (const m of folded.matchAll(OF_WEEK_AFTER)) add(m, inWeek(published, day(m), 1))
  // "last Thursday" on a Friday is a week before yesterday, which news would call "yesterday"
  for (const m of folded.matchAll(LAST)) {
    const back = daysBack(published, day(m))
    add(m, back === 1 ? -8 : -(back || 7))
  }
  for (const m of folded.matchAll(NEXT)) add(m, (7 - daysBack(published, day(m))) % 7 || 7)
  for (const m of folded.matchAll(BARE)) {
    // "the two governments said on Wednesday": the day a statement came out dates no occasion
    if (SAID_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue
    if (SAID_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue
    const back = daysBack(published, day(m))
    // "are due to address a forum on Wednesday" on a Wednesday: today
    add(m, FUTURE.test(clauseOf(folded, m.index)) ? (7 - back) % 7 : -back)
  }
  return found
}
