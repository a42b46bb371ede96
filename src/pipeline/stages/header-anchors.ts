import { foldCase, isProseLine as isProse } from '../lexicon/text'
import { readDateLine } from './header-date'
import { clutterReason } from './site-clutter'
import { isCodeField, isHeadline, isLabelShaped, nonBlankIndices, TIME_LINE } from './header-labels'

// Where a page's own header starts under what its top stacks: a press release's label, a headline over its date line
// or under a breadcrumb; and the lines (a record's fields, a menu's labels) that stand between a headline and its date.

/** Non-blank lines at the top where a press release's label ("PRESS RELEASE No. 07/2026") is looked for. */
const PRESS_LABEL_LINES = 6

/** The index of a press release's label below its issuer's masthead near the top, else null. */
export function pressReleaseLabel(lines: readonly string[]): number | null {
  const index = nonBlankIndices(lines, PRESS_LABEL_LINES, false).find(
    (i) => clutterReason(lines[i] ?? '') === 'press release label',
  )
  return index !== undefined && index > 0 ? index : null
}

/** A line with capitals and no small letter: a kicker, an agency or a dateline, when a headline stands over it. */
const inCapitals = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)
/** The kind of a record or a notice, as its label names it: "KOMİSYON TUTANAĞI", "СТЕНОГРАММА", "OFFICIAL RECORD". */
const RECORD_KIND =
  /(?<![\p{L}])(?:tutana\p{L}*|zabıt\p{L}*|protokol\p{L}*|steno[qg]ram\p{L}*|transcript|record|minutes|стенограмм\p{L}*|протокол\p{L}*|tebliğ|bildiriş|notice|уведомлени\p{L}*|извещени\p{L}*)(?![\p{L}])/u
/**
 * A record's kind in capitals, but for a note in brackets ("KOMİSYON TUTANAĞI (Ham Metin)"): a label over the
 * record's own title.
 */
const isCapitalsLabel = (line: string) =>
  inCapitals(line.replace(/\([^()]*\)/gu, '')) && RECORD_KIND.test(foldCase(line, 'tr'))
/** Words a headline printed in capitals has at the least; an agency's name or a dateline has fewer. */
const MIN_CAPITAL_HEADLINE_WORDS = 6
/** Lines in capitals that may stand between a headline and its date line (an agency, then a dateline). */
const MAX_CAPITAL_LINES = 2

/** Non-blank lines at the top where a headline over its date line is looked for. */
const ANCHOR_LINES = 25
/** Lines a headline and its standfirst take over the date line. */
const MAX_HEADLINE_RUN = 2

/**
 * The line of the headline right over the first date line near the top (past the byline between them): the upper of
 * a headline and its standfirst, below any section label. Null without such a date line, or at the top already.
 */
export function headlineOverDate(lines: readonly string[], isByline: (line: string) => boolean): number | null {
  const top = nonBlankIndices(lines, ANCHOR_LINES, false)
  // a notice over the page ("NOTICE: The consular section will not receive visitors …") is no story's first paragraph
  // (nor is a date line that reads as a sentence: "Yayım tarihi: 07.07.2026 | Veriler 30.06.2026 itibarıyla hazırlanmıştır.")
  const isStoryProse = (line: string) => isProse(line) && clutterReason(line) === null && readDateLine(line) === null
  const firstProse = top.findIndex((index) => isStoryProse(lines[index] ?? ''))
  // a standfirst may stand between the headline and its date line, maybe over the byline: the zone then reaches the
  // date under them
  const lineAfterProse = (k: number) => lines[top[firstProse + k] ?? -1] ?? ''
  // a headline asked as a question reads as prose too: its standfirst is then the second prose line
  const proseRun = firstProse >= 0 && isProse(lineAfterProse(1)) ? 2 : 1
  // a date line that opens with its desk ("Haber Merkezi | Yayınlanma: …") is the date line itself, no byline over it
  const bylineLine = lineAfterProse(proseRun)
  const bylineUnder = firstProse >= 0 && !readDateLine(bylineLine) && isByline(bylineLine) ? 1 : 0
  const dateUnderProse = firstProse >= 0 && readDateLine(lineAfterProse(proseRun + bylineUnder)) !== null
  const zone = firstProse < 0 ? top : top.slice(0, firstProse + (dateUnderProse ? 1 + proseRun + bylineUnder : 0))
  const at = zone.findIndex((index) => readDateLine(lines[index] ?? '') !== null)
  const run: number[] = []
  let standfirst = false
  let standfirstAt: number | null = null
  let capitalsSkipped = 0
  // "Номер объявления: 16204877-1 | Статус объявления: Опубликовано": a record's fields stacked over its date, two or
  // more, stand between the headline and the date line as a byline would
  const stack: string[] = []
  while (at - 1 - stack.length >= 0 && FIELD_LINE.test(lines[zone[at - 1 - stack.length] ?? -1] ?? ''))
    stack.push(lines[zone[at - 1 - stack.length] ?? -1] ?? '')
  const fields = isRecordStack(stack) ? stack.length : 0
  for (let k = at - 1 - fields; k >= 0; k--) {
    const line = lines[zone[k] ?? -1] ?? ''
    const clutter = clutterReason(line)
    // a menu over the standfirst ends the header: no headline stands above the site's navigation
    if (run.length === 0 && standfirst && clutter !== null && MENU_REASONS.has(clutter)) break
    if (run.length === 0 && (isByline(line) || TIME_LINE.test(line) || clutter !== null)) continue
    // "DAILY SABAH WITH AGENCIES", "TURKISTAN, KAZAKHSTAN": an agency or a dateline in capitals over the date
    // (a headline in capitals is longer: "NOTICE OF STRIKE ACTION AT THE ASKANA AND GUMBRINI … QUARRIES")
    const agencyOrPlace = inCapitals(line) && line.split(/\s+/u).length < MIN_CAPITAL_HEADLINE_WORDS
    if (run.length === 0 && agencyOrPlace && capitalsSkipped++ < MAX_CAPITAL_LINES) continue
    if (run.length === 0 && !standfirst && isProse(line)) {
      standfirst = true
      standfirstAt = zone[k] ?? null
      continue
    }
    if (run.length === MAX_HEADLINE_RUN || !isHeadline(line) || isLabelShaped(line)) break
    // "KOMİSYON TUTANAĞI (Ham Metin)" over "Asansör Güvenliği … Toplantısı": a document's kind in capitals over its
    // headline is its label
    if (run.length > 0 && isCapitalsLabel(line) && !inCapitals(lines[run[0] ?? -1] ?? '')) break
    run.push(zone[k] ?? -1)
  }
  // a headline asked as a question, with nothing headline-like over it, was taken for the standfirst
  const question = run.length === 0 && standfirstAt !== null && isQuestionHeadline(lines[standfirstAt] ?? '')
  const headline = question ? standfirstAt : run.at(-1)
  return headline === undefined || headline === null || headline <= 0 ? null : headline
}

/** A record's field: a label of a few words, its colon, its value ("Emitentin kodu: QKZV", "ISIN: AZ1001024317"). */
const FIELD_LINE = /^[\p{L}][\p{L} .'’()-]{0,40}:\s+\S/u
/** Fields a stack needs to be a record's, not a headline with a colon ("Kazakhstan: exports up 12%"). */
const MIN_FIELD_LINES = 2
/** Fields that make a record's block by their number alone: a dataset's "Publisher:", "Licence:", "Update frequency:". */
const MIN_RECORD_FIELDS = 3
/**
 * A record's fields, not a headline with a colon over its writer's credit ("Kısa kısa: …" over "Derleyen: …"): two or
 * more, one of them giving a code ("ISIN: AZ1001024317"), or three or more of any kind.
 */
const isRecordStack = (stack: readonly string[]) =>
  stack.length >= MIN_RECORD_FIELDS || (stack.length >= MIN_FIELD_LINES && stack.some(isCodeField))
/** Most fields a record stacks between its headline and its date line. */
export const MAX_FIELDS_OVER_DATE = 8

/**
 * Whether the line opens a stack of a record's fields that ends in its date line (blank lines aside), one of them
 * giving a code unless the stack goes on from fields already read (`inRecord`).
 */
export function isFieldOverDate(lines: readonly string[], index: number, inRecord: boolean): boolean {
  const stack: string[] = []
  for (let at = index; at < lines.length && stack.length <= MAX_FIELDS_OVER_DATE; at++) {
    const line = lines[at] ?? ''
    if (line.trim() === '') continue
    if (readDateLine(line) !== null)
      return stack.length > 0 && (inRecord || stack.some(isCodeField) || isRecordStack(stack))
    // "Məlumat dəstinin pasportu", "Dataset details": the block's own heading over its first field
    if (at === index && !inRecord && RECORD_HEADING.test(line.trim())) continue
    if (!FIELD_LINE.test(line)) return false
    stack.push(line)
  }
  return false
}

/** A short heading of a few words, no digit, no colon, no sentence's end: a block of fields' title. */
const RECORD_HEADING = /^\p{L}[\p{L} '’-]{2,40}$/u

/** Most lines of a page's controls between its breadcrumb and its headline. */
const MAX_CONTROLS_UNDER_CRUMB = 3

/**
 * The line of the headline right under a breadcrumb trail near the top, before any prose; null without one.
 */
export function headlineUnderCrumb(lines: readonly string[]): number | null {
  const top = nonBlankIndices(lines, ANCHOR_LINES, false)
  const prose = top.findIndex((index) => isProse(lines[index] ?? ''))
  const crumb = top
    .slice(0, prose < 0 ? top.length : prose)
    .findIndex((index) => clutterReason(lines[index] ?? '') === 'breadcrumb')
  if (crumb < 0) return null
  // "◄ § 17. … | Оглавление | § 19. … ►", "Ship to: Kazakhstan ▾ | Currency: USD ▾", a cookie banner: the page's
  // controls between the trail and the headline
  const controls = top
    .slice(crumb + 1, crumb + 1 + MAX_CONTROLS_UNDER_CRUMB)
    .findIndex((index) => clutterReason(lines[index] ?? '') === null)
  const next = controls < 0 ? undefined : top[crumb + 1 + controls]
  if (next === undefined) return null
  const line = lines[next] ?? ''
  const headline = isHeadline(line) && !isLabelShaped(line) && !readDateLine(line) && clutterReason(line) === null
  return headline ? next : null
}

/** Longest question read as a headline: one sentence that asks ("What is …, and how much …?"). */
const MAX_QUESTION_HEADLINE_CHARS = 160
const isQuestionHeadline = (line: string) =>
  line.length <= MAX_QUESTION_HEADLINE_CHARS && /\?["'”’»]*$/u.test(line) && !/[.!?]\s+\p{Lu}/u.test(line)

/**
 * Clutter that is a site's navigation or the rest of its masthead (a newsletter's issue number): under a masthead, it
 * shows the "title" over it was no headline.
 */
// a press release's label under its issuer's name ("EURASIAN DEVELOPMENT BANK" over "PRESS RELEASE No. 07/2026") makes
// that name a masthead, as a menu does
export const MENU_REASONS: ReadonlySet<string> = new Set([
  'site menu',
  'breadcrumb',
  'site header',
  'press release label',
])

/** Most section names a menu stacks one per line over a date line. */
const MAX_STACKED_SECTIONS = 8

export const isOneWordLabel = (line: string) => isLabelShaped(line) && !/\s/u.test(line.trim())

/**
 * A section name under the headline, over its date line ("Экономика" between the headline and "21 мая 2026"), or one
 * of a menu's names stacked one per line over it ("Главное", "Политика", … "Регионы"), or a section and subsection.
 */
export function isLabelOverDate(lines: readonly string[], index: number): boolean {
  const below = nonBlankIndices(lines.slice(index), MAX_STACKED_SECTIONS + 1, false).map(
    (at) => lines[index + at] ?? '',
  )
  const date = below.findIndex((line) => readDateLine(line) !== null)
  if (date <= 0) return false
  const stack = below.slice(0, date)
  if (stack.every((line) => isOneWordLabel(line) || isCrumbLabel(line))) return true
  // a site's menu stacked one entry per line ("Президент", "Совет безопасности", "Поиск по сайту") may name an entry in
  // two or three words: a stack that long is no headline
  const above = lines.slice(0, index).reverse()
  const run = above.findIndex((line) => line === '' || !isLabelShaped(line))
  return (run < 0 ? above.length : run) + stack.length >= MIN_MENU_STACK && stack.every(isLabelShaped)
}

/** Lines of a menu stacked one entry per line, at the least, where an entry may hold more than one word. */
const MIN_MENU_STACK = 4

/** A section and its subsection over the date line: "İqtisadiyyat » Maliyyə", "Экономика / Транспорт". */
const isCrumbLabel = (line: string) => /\s[|›»/>]\s/u.test(line) && isLabelShaped(line)
