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
const YEAR_WORD = /^(?:yıl|yıla|yıllık|yıldır|yıldan|il|ildir|illik|ilədək|ilədəkdir|ildən|years?|лет|года?)$/u
const MONTH_WORD = /^(?:ay|aya|aylık|aylıq|aydır|months?|месяц\p{L}*)$/u
/** Nouns of what lasts, before the number or (Turkish, Azerbaijani) after its "-lik" adjective. */
const DURATION_NOUN =
  /^(?:tenor|maturity|term|grace|payback|lifetime|lifespan|life|lease|concession|rights|licen[cs]e|prison|imprisonment|jail|experience|tecrübe\p{L}*|deneyim\p{L}*|təcrübə\p{L}*|опыт\p{L}*|стаж\p{L}*|sözleşme\p{L}*|müqavilə\p{L}*|контракт\p{L}*|vade\p{L}*|müddət\p{L}*|dönem\p{L}*|ömr\p{L}*|ömür\p{L}*|kira\p{L}*|imtiyaz\p{L}*|icarə\p{L}*|konsessiya\p{L}*|hapis\p{L}*|həbs\p{L}*|срок\p{L}*|окупаемост\p{L}*|период\p{L}*|аренд\p{L}*|концесси\p{L}*|управлени\p{L}*|лишени\p{L}*|заключени\p{L}*)$/u
/**
 * Verbs of taking time before the number: "will take 8 months", "займет около восьми месяцев", "lasting 15 years", and
 * of a career's years: "worked 6 years", "работал 6 лет".
 */
const TAKES_BEFORE =
  /^(?:take|takes|took|taking|last|lasts|lasting|worked|served|займ[её]т|займут|занимает|продлится|работал\p{L}*)$/u
/** Verbs of taking time after it: "14 ay sürmesi", "7-8 yıl sürecek", "3 il çəkəcək", "10 yıl alacak", "5-6 il davam edəcək". */
const TAKES_AFTER =
  /^(?:sür\p{L}*|çək\p{L}*|alacak|alır|davam|devam|boyunca|işləyib|işləmiş\p{L}*|çalıştı|çalışmış\p{L}*)$/u
/** Words that may stand between a verb or noun and the number: "of", "is", "about", "около", "yaklaşık". */
const FILLER =
  /^(?:of|is|was|be|about|around|roughly|some|approximately|up|to|около|примерно|порядка|в|yaklaşık|təxminən|ise|isə|da|də)$/u

const words = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === 'word')
/** A contract, whose term its years give: "sözleşme", "müqavilə", "контракт". */
const CONTRACT = /^(?:contract|sözleşme\p{L}*|müqavilə\p{L}*|контракт\p{L}*)$/u
/** "əvvəl", "önce", "ago", "назад": a length that counts back to a moment, no span that lasts. */
const AGO = /^(?:əvvəl|önce|evvel|ago|назад|тому)$/u
/** A bound's words before the number ("не менее", "en az", "at least", "от"), which say nothing of what lasts. */
const BOUND = /^(?:не|менее|более|от|до|en|az|ən|at|least|most|over|under|minimum|maksimum)$/u

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
  // "İki il əvvəl bu müddət …", "two years ago": a time counted back, whatever noun of lasting follows
  if (AGO.test(tokens[last + 2]?.text ?? '')) return null
  // "опыт работы в ВЭД не менее 3 лет", "3 yıllık bir çerçeve sözleşme": a career's or a contract's noun may stand a
  // few words off
  const before = words(tokens.slice(Math.max(0, first - 8), first))
    .reverse()
    .filter((t) => !FILLER.test(t.text) && !BOUND.test(t.text))
    .slice(0, 3)
  const after = words(tokens.slice(last + 2, last + 7)).slice(0, 3)
  // a contract's noun may stand past an article and an adjective ("3 yıllık bir çerçeve sözleşme"), others right after
  // ("2 yıl tanker tecrübesi"; not "20 illik strateji tərəfdaşlıq təcrübəsinə", a partnership's history)
  const said =
    before.some((t) => DURATION_NOUN.test(t.text) || TAKES_BEFORE.test(t.text)) ||
    after.slice(0, 2).some((t) => DURATION_NOUN.test(t.text) || TAKES_AFTER.test(t.text)) ||
    after.some((t) => CONTRACT.test(t.text))
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
