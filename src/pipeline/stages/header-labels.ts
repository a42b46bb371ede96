import { MONTH_SOURCE } from '../lexicon/date-words'
import { isCorrectionNote } from './correction-notes'
import { foldCase } from '../lexicon/text'
import { SECTION_NAMES } from '../lexicon/header-words'
import { readDateLine } from './header-date'
import { foldVariants } from './clutter-shapes'
import { findCountries } from '../lexicon/countries'

const MAX_HEADLINE_CHARS = 250
const MAX_HEADLINE_WORDS = 30
/** A section label of two or three words stands above a headline at least this long. */
const MIN_WORDS_UNDER_LABEL = 5
/** How many masthead, section and breadcrumb lines may stand one over another above a headline. */
const MAX_LABEL_STACK = 4

/** A clock time alone on a line ("14:37", "[10:15]", "9:42 AM GMT+5"). */
export const TIME_LINE =
  /^[-–—|•·[(]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:(?:gmt|utc)\s*[+−-]?\s*\d{0,2}(?::?\d{2})?)?\s*[\])]?$/iu
/** A site's own address standing where a headline would, maybe with its section ("Report.az", "Site.com.tr Dünya"). */
const SITE_SECTION = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}(?:\s+\p{L}+){0,2}$/u
/** The separators of a breadcrumb or a "section | subsection" label ("Politics › Diplomacy", "Новости / Экономика"). */
const CRUMB_SEPARATOR = /\s+[|›»/>]\s+/u

const words = (line: string) => line.split(/\s+/).filter(Boolean)

/** A day and its month, maybe with its year, alone on a line ("23 апреля", "12 yanvar 2026"): a feed's date, no title. */
const DAY_AND_MONTH = new RegExp(String.raw`^\d{1,2}\s+${MONTH_SOURCE}(?:\s+\d{4})?$`, 'u')

/** A town and its country, alone on a line: "Almaty, Kazakhstan", "Ağdam, Azərbaycan", "Алматы, Казахстан". */
const TOWN_THEN_COUNTRY =
  /^\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?,\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u
const HEADER_LANGS = ['en', 'tr', 'az', 'ru']

/** Tells whether a line only places its page, a project or a seller ("Almaty, Kazakhstan"): no headline. */
export function isPlaceLine(line: string): boolean {
  const country = TOWN_THEN_COUNTRY.exec(line.trim())?.[1]
  return country !== undefined && HEADER_LANGS.some((lang) => findCountries(country, lang).length > 0)
}

/**
 * A petition's or a letter's addressees: "Адресаты: Министерство транспорта …", "To: Ministry of Transport", "Muhatap:
 * …", "Ünvan: …". A field of the page, never its headline.
 */
const ADDRESSEES = /^(?:адресаты?|кому|to|addressed to|recipients?|muhatap\p{L}*|ünvan\p{L}*|kimə)\s*:\s/u

/** Tells whether a line reads like a headline: short, not a finished sentence, and not a bare date or time. */
export function isHeadline(line: string): boolean {
  const folded = foldCase(line, 'tr')
  if (line.length > MAX_HEADLINE_CHARS || DAY_AND_MONTH.test(folded) || isCodeField(line)) return false
  if (ADDRESSEES.test(folded)) return false
  if (isPlaceLine(line)) return false
  const count = words(line).length
  return count <= MAX_HEADLINE_WORDS && count >= 2 && !/[.:;,]$/u.test(line) && /\p{L}/u.test(line)
}

/**
 * A record's field that gives a code: "ISIN: AZ1001024317", "Номер объявления: 16204877-1", "Securities: common shares
 * KZ1C00061245 (SRCM)". A short label, its colon, and a value with a code (letters then digits, or digits parted by a
 * hyphen or a slash; not a year with its suffix, "2027-ci"): the page's data, never its headline (a headline's
 * "Kazakhstan: exports up 12%" has no code).
 */
const CODE_FIELD =
  /^[\p{L}][\p{L} .'’()-]{1,40}:\s+(?=.*(?<![\p{L}\d])(?:\p{L}{1,4}\d[\p{L}\d]{4,}|\d{3,}[-/]\d+(?:[-/]\d+)*)(?![\p{L}\d]))/u
export const isCodeField = (line: string) => CODE_FIELD.test(line)

/**
 * A section label or the outlet's name above the headline: a known section name or a single word, a site address,
 * or two or three words over a much longer headline ("Aqrar sektor" over a ten-word headline).
 */
export function isSectionLabel(line: string, next: string): boolean {
  if (!isHeadline(next)) return false
  if (SITE_SECTION.test(line) && line.length <= 40) return true
  // "Business | Transport" over "… Set 14-Day Transit Goal": a breadcrumb may share a word with its headline
  if (CRUMB_SEPARATOR.test(line) && isLabelShaped(line)) return true
  if (line.length > 30 || /[\d.!?:;,]/u.test(line)) return false
  const count = words(line).length
  if (count === 1 || foldVariants(line).some((folded) => SECTION_NAMES.has(folded))) return true
  // A short headline over a standfirst shares its words; a section name does not share the headline's.
  return count <= 3 && words(next).length >= Math.max(MIN_WORDS_UNDER_LABEL, 2 * count) && !sharesStem(line, next)
}

/**
 * A series' issue number closing a line: "№ 10/2025", "No. 47", "Issue 12", "Sayı 214", "Выпуск 9", "Buraxılış 3",
 * maybe with its year in brackets ("SİYASƏT İCMALI № 14 (2026)").
 */
const ISSUE_AT_END = /(?:№|no\.|issue|sayı|выпуск|buraxılış)\s*\d{1,4}(?:\/(?:19|20)\d{2}|\s*\((?:19|20)\d{2}\))?$/iu

/** A series' name with its issue number over the headline: "Aylıq statistik bülleten № 10/2025", "Weekly digest No. 47". */
// (over its date line, "… Situation Report No. 3" over "Issued: 14 May 2026 | …", a numbered report's title is the headline)
export const isSeriesLabel = (line: string, next: string) =>
  (ISSUE_AT_END.test(line.trim()) &&
    isHeadline(next) &&
    !ISSUE_AT_END.test(next.trim()) &&
    readDateLine(next) === null) ||
  isRubricInCapitals(line, next)

/** The most words of a rubric in capitals over its headline ("İLİN YEKUNLARI 2025", "ÖZEL HABER", "ЭКСКЛЮЗИВ"). */
const MAX_KICKER_WORDS = 4

/**
 * A rubric in capitals over a headline in sentence case at least twice its length: "İLİN YEKUNLARI 2025" over
 * "İlin yekunları: Azərbaycanda yığılan avtomobil və traktorlar …". A headline in capitals has no such line under it
 * (its standfirst ends a sentence).
 */
function isRubricInCapitals(line: string, next: string): boolean {
  const count = words(line).length
  const capitals = /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/[.:;!?]/u.test(line)
  return (
    capitals && count <= MAX_KICKER_WORDS && isHeadline(next) && /\p{Ll}/u.test(next) && words(next).length >= 2 * count
  )
}

/** Whether two lines share a word's first five letters ("ekonomik", "ekonomi"). */
function sharesStem(a: string, b: string): boolean {
  const stems = (line: string) => [...line.toLocaleLowerCase('tr').matchAll(/\p{L}{5,}/gu)].map(([w]) => w.slice(0, 5))
  const other = new Set(stems(b))
  return stems(a).some((stem) => other.has(stem))
}

/** The longest line of sections cut by separators read as a label. */
const MAX_CRUMB_CHARS = 60

/**
 * The shape of a masthead, a section name or a breadcrumb: no digits or sentence marks, and either parts of one to
 * three words between separators ("AA Enerji | Doğal Gaz", "Politics › Diplomacy"; up to 60 characters) or, in at
 * most 40, a name of up to five words each capitalised ("The Times Of Central Asia", "DAILY SABAH").
 */
export function isLabelShaped(line: string): boolean {
  if (SITE_SECTION.test(line) && line.length <= 40) return true
  if (isCapitalKicker(line)) return true
  if (/[\d.!?:;,]/u.test(line)) return false
  // "Company Event Transcripts | Metals & Mining": a section and its subsection, each in a few words
  const sections = line.split(CRUMB_SEPARATOR)
  if (line.length <= MAX_CRUMB_CHARS && sections.length > 1 && sections.every((part) => words(part).length <= 3)) {
    return true
  }
  if (line.length > 40) return false
  if (sections.every((part) => words(part).length <= 3)) return true
  const parts = words(line)
  return parts.length <= 5 && parts.every((word) => /^\p{Lu}/u.test(word))
}

/**
 * A kicker in capitals cut by separators, a series, format or section over the headline: "POLICY BRIEF No. 14 |
 * DIGITAL INFRASTRUCTURE", "LONG READ · SHIPPING & INDUSTRY", "EKONOMİ / ULAŞTIRMA". Headlines in capitals do not
 * cut themselves into parts.
 */
function isCapitalKicker(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '')
  // "No." may stay in small letters
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length
  return line.length <= 60 && /\s[|·•/›»]\s/u.test(line) && letters.length >= 4 && capitals >= letters.length - 2
}

/** The next non-blank line after `from`, past date and time lines and an editor's correction: what a label is over. */
function nextContent(lines: readonly string[], from: number): number {
  const isHeaderAside = (line: string) =>
    TIME_LINE.test(line) || readDateLine(line) !== null || isCorrectionNote(line, 'tr')
  return lines.findIndex((line, i) => i > from && line !== '' && !isHeaderAside(line))
}

/**
 * Whether the line at `at` is a label over the headline: a section label right over it, or with date lines between
 * ("Siyasət" / "07 Oktyabr 2026 18:42" / headline), or a masthead or label over another label ("AZƏRTAC" /
 * "Siyasət" / …, "ИНТЕРФАКС" / "Новости / Экономика" / …). The stack must end in a headline, so a short headline
 * over a date and the first paragraph stays a headline, and so does one over its author's name.
 */
export function isStackedLabel(
  lines: readonly string[],
  at: number,
  isByline: (line: string) => boolean,
  depth = 0,
): boolean {
  const line = lines[at] ?? ''
  const immediate = lines.find((l, i) => i > at && l !== '') ?? ''
  const nextAt = nextContent(lines, at)
  const next = nextAt < 0 ? '' : (lines[nextAt] ?? '')
  if (isSectionLabel(line, immediate) || isSectionLabel(line, next)) return true
  // a headline over its author's name ("Başlık burada duruyor" over "İlqar İlyasov") is no label over a label
  if (depth >= MAX_LABEL_STACK || nextAt < 0 || !isLabelShaped(line) || isByline(next)) return false
  return isStackedLabel(lines, nextAt, isByline, depth + 1)
}

/** Indices of the first (or last) `count` non-blank lines. */
export function nonBlankIndices(lines: readonly string[], count: number, fromEnd: boolean): number[] {
  const indices = lines.flatMap((line, index) => (line === '' ? [] : [index]))
  return fromEnd ? indices.slice(-count).reverse() : indices.slice(0, count)
}
