import type { Token } from './numeral-tokens'

/**
 * A length in years or months is a figure only where the sentence says what lasts: a loan's tenor or grace period, a
 * payback time, a build's duration, a satellite's life, a lease or a concession ("a tenor of 15 years", "görev ömrü 15
 * yıl", "в доверительное управление на 20 лет", "development rights for 49 years", "Kredinin vadesi 25 yıl", "5 illik güzəşt müddəti",
 * "займет около восьми месяцев", "14 ay sürmesi planlanıyor", a prison term: "пяти лет лишения свободы", "7 yıl hapis",
 * "üç yıl boyunca"). Elsewhere "5 years" tells when ("over the past 5
 * years", "in 20 years"), and is left out.
 */

// "10 ilədəkdir": up to ten years
const YEAR_WORD = /^(?:yıl|yıla|yıllık|yıldır|il|ildir|illik|ilədək|ilədəkdir|years?|лет|года?)$/u
const MONTH_WORD = /^(?:ay|aya|aylık|aylıq|aydır|months?|месяц\p{L}*)$/u
/** Nouns of what lasts, before the number or (Turkish, Azerbaijani) after its "-lik" adjective. */
const DURATION_NOUN =
  /^(?:tenor|maturity|term|grace|payback|lifetime|lifespan|life|lease|concession|rights|licen[cs]e|prison|imprisonment|jail|vade\p{L}*|müddət\p{L}*|dönem\p{L}*|ömr\p{L}*|ömür\p{L}*|kira\p{L}*|imtiyaz\p{L}*|icarə\p{L}*|konsessiya\p{L}*|hapis\p{L}*|həbs\p{L}*|срок\p{L}*|окупаемост\p{L}*|период\p{L}*|аренд\p{L}*|концесси\p{L}*|управлени\p{L}*|лишени\p{L}*|заключени\p{L}*)$/u
/** Verbs of taking time before the number: "will take 8 months", "займет около восьми месяцев", "lasting 15 years". */
const TAKES_BEFORE = /^(?:take|takes|took|taking|last|lasts|lasting|займ[её]т|займут|занимает|продлится)$/u
/** Verbs of taking time after it: "14 ay sürmesi", "7-8 yıl sürecek", "3 il çəkəcək", "10 yıl alacak", "5-6 il davam edəcək". */
const TAKES_AFTER = /^(?:sür\p{L}*|çək\p{L}*|alacak|alır|davam|devam|boyunca)$/u
/** Words that may stand between a verb or noun and the number: "of", "is", "about", "около", "yaklaşık". */
const FILLER =
  /^(?:of|is|was|be|about|around|roughly|some|approximately|up|to|около|примерно|порядка|в|yaklaşık|təxminən|ise|isə|da|də)$/u

const words = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === 'word')

/** Reads "N years" or "N months" that measure how long something lasts: its unit and the time word's index. */
export function measuredDuration(
  tokens: readonly Token[],
  first: number,
  last: number,
): { unit: 'years' | 'months'; last: number } | null {
  const timeWord = tokens[last + 1]
  if (timeWord?.kind !== 'word') return null
  const unit = YEAR_WORD.test(timeWord.text) ? 'years' : MONTH_WORD.test(timeWord.text) ? 'months' : null
  if (unit === null) return null
  const before = words(tokens.slice(Math.max(0, first - 6), first))
    .reverse()
    .filter((t) => !FILLER.test(t.text))
    .slice(0, 2)
  const after = words(tokens.slice(last + 2, last + 6)).slice(0, 2)
  const said =
    before.some((t) => DURATION_NOUN.test(t.text) || TAKES_BEFORE.test(t.text)) ||
    after.some((t) => DURATION_NOUN.test(t.text) || TAKES_AFTER.test(t.text))
  return said ? { unit, last: last + 1 } : null
}

/** "son", "past", "last", "последние": the words that open the window a report covers ("son 24 saatte"). */
const WINDOW_OPENER = /^(?:son|past|last|последние|последних|минувшие|минувших)$/u
const WINDOW_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years'])

/** Tells whether a length of time is the window a report covers ("son 24 saatte", "over the past 48 hours"). */
export function isReportWindow(tokens: readonly Token[], first: number, unit: string | null): boolean {
  if (unit === null || !WINDOW_UNITS.has(unit)) return false
  const before = tokens[first - 1]
  return before?.kind === 'word' && WINDOW_OPENER.test(before.text)
}
