import { COUNTER_PART, READING_TIME_LINE } from '../lexicon/clutter-words'
import { MONTH_SOURCE, monthNumber } from '../lexicon/date-words'
import { parseHeaderDate } from '../lexicon/header-date-line'
import { CREDIT, isNoteBesideDate, SECTION_PHRASE } from '../lexicon/header-notes'
import { PROGRAMME_META } from '../lexicon/page-widgets'
import {
  LABEL_AFTER_DATE,
  MONTH_ABBREVIATIONS,
  NEWSROOM_DESK,
  PUBLISHED_LABEL,
  SECTION_NAMES,
  UPDATED_LABEL,
  WEEKDAY,
} from '../lexicon/header-words'
import { foldCase } from '../lexicon/text'

/** What a date line of a header says: when the story was published, when it was last updated, and by whom. */
export interface DateLine {
  published: string | null
  updated: string | null
  byline: string | null
}

/** Longer lines are prose: a date line with labels, times, a time zone and a byline stays well under this. */
const MAX_DATE_LINE_CHARS = 140

/**
 * Separators between the parts of a date line: bars and bullets anywhere, dashes and slashes between spaces, and a full
 * stop after a year (a book's imprint: "Подписано в печать 14.07.2026. Формат 70×90 1/16. Тираж 48 000 экз.").
 */
const SEPARATOR = /\s*[|·•\t]\s*|\s+[-–—/]\s+|\s+(?=by\s+\S)|(?<=(?<!\d)(?:19|20)\d{2})\.\s+/gu

/** ISO time suffixes, time zones (before times: "UTC+04:00" holds one), times and the words that introduce a time ("saat", "at", "в"). */
const DECORATION = [
  // a zone named by its city after the time, without brackets ("14:35 Astana time"), or the city alone in brackets
  // ("09:40 (Алматы)")
  String.raw`(?<=\d{1,2}:\d{2}\s*)(?:\p{L}+\s+(?:time|vaxtı|saati)(?!\p{L})|\(\s*\p{L}[\p{L}-]{2,20}\s*\))`,
  String.raw`t\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?(?!\p{L})`,
  // a zone named by its city and offset in brackets: "20:10 (Baku, GMT+4)"
  String.raw`\(\s*\p{L}+,\s*(?:utc|gmt)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?\s*\)`,
  String.raw`\(?\s*(?<!\p{L})(?:utc|gmt)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?`,
  // a time zone's abbreviation after the time ends in "t" for time: "09:40 ALMT", "11:24 AZT", "14:05 TRT", "EEST"
  // a feed's RFC 822 stamp gives its offset in digits: "Thu, 02 Jul 2026 09:15:00 +0500"
  String.raw`(?<!\p{L})(?:saat|at|в|in)?\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*(?:[ap]\.?m\.?(?!\p{L}))?(?:\s*\p{L}{1,4}t(?!\p{L})|\s*[+−-]\d{2}:?\d{2}(?!\d))?`,
  // a time written with a dot after the date's year, as British papers print it: "Sat 19 Sep 2026 08.00 BST"
  String.raw`(?<=(?:19|20)\d{2},?\s+)\d{1,2}\.\d{2}(?![.\d])(?:\s*\p{L}{1,4}t(?!\p{L}))?`,
  // a zone named by its city: "(Astana time)", "(Bakı vaxtı)", "(Ankara saati)", "(по времени Астаны)"
  String.raw`\(\s*(?:\p{L}+\s+(?:time|vaxtı|saati)|по\s+времени\s+\p{L}+)\s*\)`,
  String.raw`(?<!\p{L})(?:msk|мск|по\s+москве|по\s+астане|bakı\s+vaxtı\s*(?:ilə)?)(?!\p{L})`,
].map((source) => new RegExp(source, 'gu'))

const ENDS = /^[\s,|–—-]+|[\s,|–—-]+$/gu

/** A news broadcast's name: its last word a bulletin or the news ("Ana Haber Bülteni", "Evening News", "Xəbərlər"). */
const BROADCAST_NAME = /(?:^|\s)(?:bülten\p{L}*|bulletin|news|haberler\p{L}*|xəbərlər\p{L}*|новости|вести)$/u

/** A person's name in a date line ("Aylin Demir |18.03.2026"): two to four capitalised words, maybe after "By". */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`
/** A byline of one name or two ("Rauf Memmedov, Elif Karataş", "Aidan Mercer and Leyla Huseynova"). */
const NAME = new RegExp(String.raw`^(?:[Bb]y\s+)?(${NAME_WORDS}(?:(?:,|\s+(?:and|ve|və|и))\s+${NAME_WORDS})?)$`, 'u')
const CAPITALISED = /^\p{Lu}/u

type Segment =
  | { kind: 'date'; label: 'published' | 'updated' | null; date: string }
  | { kind: 'time' }
  | { kind: 'name'; name: string | null }
  | { kind: 'phrase' }
  | { kind: 'other' }

/** Replaces a three-letter month abbreviation ("ara", "dek", "дек") by the month's English name. */
const expandAbbreviations = (core: string) =>
  core.replace(/(?<!\p{L})(\p{L}{3,4})\.?(?!\p{L})/gu, (word, stem: string) => MONTH_ABBREVIATIONS.get(stem) ?? word)

/** The months in Roman numerals, as Russian and Azerbaijani pages print a date: "14.X.2026", "12/V/2026". */
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/**
 * An English ordinal day ("2nd June 2026") is the day; a year cut to two digits after an apostrophe ("12 May '26", as
 * forums print it) or after a month's name ("17 Eyl 26") is this century's; a month in Roman numerals ("14.X.2026") is its number.
 */
function withoutOrdinalAndShortYear(core: string): string {
  return (
    core
      .replace(/(?<!\d)(\d{1,2})(?:st|nd|rd|th)(?!\p{L})/u, '$1')
      .replace(/\s+['’](\d{2})$/u, ' 20$1')
      // "17 Eyl 26": a month's name or abbreviation between the day and a two-digit year
      .replace(/^(\d{1,2}\s+\p{L}{3,}\.?)\s+(\d{2})$/u, '$1 20$2')
      // "06.07.26", "вт, 22.09.26": a day, a month and a two-digit year parted by points, as day-first writers date
      .replace(/^(\d{1,2})\.(\d{1,2})\.(\d{2})$/u, '$1.$2.20$3')
      .replace(/^(\d{1,2})([./])([ivxı]{1,4})\2(\d{4})$/u, (whole, day: string, _mark, roman: string, year: string) => {
        // Turkish and Azerbaijani case folding makes the Roman "I" a dotless "ı" ("VI" → "vı")
        const month = ROMAN_MONTHS.indexOf(roman.replaceAll('ı', 'i')) + 1
        return month > 0 ? `${day}.${month}.${year}` : whole
      })
  )
}

/** Rewrites numeric layouts the month lexicon does not read: "2026/04/22", "2026.04.22" and "22-04-2026". */
function normaliseNumeric(core: string): string {
  const yearFirst = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/u.exec(core)
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]?.padStart(2, '0')}-${yearFirst[3]?.padStart(2, '0')}`
  return core.replace(/^(\d{1,2})-(\d{1,2})-(\d{4})$/u, '$1.$2.$3')
}

/** Reads the date left once labels, weekdays and times are gone; a month-first numeric date when day-first fails. */
/**
 * A date-time group as navigational warnings and harbour bulletins write it, day, hour and minute, the zone's letter,
 * the month's abbreviation and a two-digit year: "120500Z НОЯ 26", "271430Z JAN 26" (12 November 2026).
 */
const DATE_TIME_GROUP = /^(\d{2})\d{4}[a-z]\s+(\p{L}{3})\s+(\d{2})(?![\d\p{L}])/u

function readCoreDate(core: string): string | null {
  const group = DATE_TIME_GROUP.exec(core)
  if (group) return readCoreDate(`${group[1]} ${group[2]} 20${group[3]}`)
  const expanded = normaliseNumeric(expandAbbreviations(withoutOrdinalAndShortYear(core)))
  // The date must open the core: a word before it makes the line a sentence ("Toplantı 12 Mart 2026").
  const first = /^\S+/u.exec(expanded)?.[0] ?? ''
  if (!/^\d/u.test(first) && monthNumber(first) === null) return null
  const date = parseHeaderDate(expanded)
  if (date) return date
  const monthFirst = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/u.exec(expanded)
  return monthFirst ? parseHeaderDate(`${monthFirst[3]}.${monthFirst[1]}.${monthFirst[4]}`) : null
}

/** A place in capitals before a date line's date, as agencies write it: "ISTANBUL Jun 18, 2026 - 11:24 am". */
const PLACE_FIRST = /^\s*(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?),?\s+(?=\S)/u

/** A place and a comma before a press release's date: "İstanbul, 14.04.2026", "Bakı, 17 mart 2026", "Astana, 14 April 2026". */
const PLACE_COMMA_FIRST = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),\s+(?=\d)/u

/** The part without a leading place in capitals; a month in capitals ("MARCH 12, 2026") is no place. */
function withoutPlace(original: string, folded: string): { original: string; folded: string } {
  const place = PLACE_FIRST.exec(original) ?? PLACE_COMMA_FIRST.exec(original)
  if (!place || monthNumber(foldCase(place[1] ?? '', 'tr')) !== null) return { original, folded }
  return { original: original.slice(place[0].length), folded: folded.slice(place[0].length) }
}

function readSegment(part: { original: string; folded: string }): Segment {
  const { original, folded } = withoutPlace(part.original, part.folded)
  // "(обновлено: 11:42 10.07.2026)": a labelled date in brackets
  let rest = folded.replace(/^\((.*)\)$/u, '$1')
  let label: 'published' | 'updated' | null = null
  const updated = UPDATED_LABEL.exec(rest)
  const published = updated ? null : PUBLISHED_LABEL.exec(rest)
  if (updated) [label, rest] = ['updated', rest.slice(updated[0].length)]
  else if (published) [label, rest] = ['published', rest.slice(published[0].length)]
  let core = rest
  for (const pattern of DECORATION) core = core.replace(pattern, ' ')
  core = core.replace(WEEKDAY, ' ').replace(/\s+/gu, ' ').replace(ENDS, '')
  if (core === '') return { kind: 'time' }
  // "неделя 29.06–05.07", "11. Hafta", "Sayı 412", "Issue 27": the week or the issue a report's line numbers
  if (ISSUE_OR_WEEK.test(core)) return { kind: 'time' }
  const date = readCoreDate(core)
  if (date) return { kind: 'date', label, date }
  // "Updated 2 hours ago" says nothing about the publication date, but leaves the line a date line.
  if (label === 'updated' && RELATIVE_TIME.test(core)) return { kind: 'time' }
  if (label !== null) return { kind: 'other' }
  // "ДЕНЬ 1": a word in capitals before a number is the note's own, no place
  const isNote = isSideNote(original.trim(), folded.trim()) || isSideNote(part.original.trim(), part.folded.trim())
  if (isNote) return { kind: 'time' }
  // "GəmiRadar xəbər xidməti", "Report News Desk": a newsroom desk signs it
  // "Ana Haber Bülteni", "Evening News", "Вечерние новости": a broadcast's name beside its airing, no writer's
  if (BROADCAST_NAME.test(folded.trim())) return { kind: 'time' }
  // "Haftalık Navlun Raporu": a document's kind in capitals is no writer's name
  if (DOCUMENT_KIND.test(folded.trim())) return { kind: 'other' }
  const name = NAME.exec(original.trim())?.[1] ?? (NEWSROOM_DESK.test(folded.trim()) ? original.trim() : undefined)
  if (name) return { kind: 'name', name }
  // "Report prepared by Nino Beridze, Trade Policy Officer", "by logi_tamar": a credit no name reads
  if (CREDIT.test(folded.trim())) return { kind: 'time' }
  return SECTION_PHRASE.test(original.trim()) ? { kind: 'phrase' } : { kind: 'other' }
}

/**
 * A report's week or issue beside its date: "неделя 29.06–05.07", "11. hafta", "sayı 412", "issue 27", "№ 27/2026",
 * maybe with the span it covers in brackets ("Week 45 (2–8 November 2026)", "Бюллетень № 24 (III декада августа)").
 */
const ISSUE_OR_WEEK =
  /^(?:(?:неделя|week|hafta|həftə|sayı|say|issue|выпуск|nömrə|no\.?|№|бюллетень|bulletin|bülten|bülleten)\s*№?\s*\d[\d./–-]*|\d{1,2}\.?\s*(?:hafta|həftə|неделя|week))(?:\s*\([^()]{0,50}\))?$/u

/** Section names a report's line may give before its date: "Company update | Kazakhstan | Marine services | 17 March 2026". */
const MAX_LEADING_NOTES = 3

/**
 * The kind of document a report's line opens with, before its date, maybe with its number: "Company update", "Şirkət
 * hesabatı", "Отраслевой обзор", "Sektör raporu", "Market note", "Клиентский бюллетень", "Press-reliz № 214", a map's
 * or a dataset's page ("Интерактивная карта"). A phrase
 * of any other kind before a date is a sentence's subject ("Sərgi açılır | 02.06.2026").
 */
const DOCUMENT_KIND =
  /^(?:[\p{L}-]+\s+){0,2}(?:update|report|note|review|brief|commentary|analysis|alert|release|bulletin|hesabat\p{L}*|icmal\p{L}*|təhlil\p{L}*|rapor\p{L}*|analiz\p{L}*|güncelleme\p{L}*|notu|bülten\p{L}*|bülleten\p{L}*|press-reliz|обзор\p{L}*|отч[её]т\p{L}*|записка|комментари\p{L}*|бюллетень|пресс-релиз|map|карта|xəritə|harita\p{L}*|dataset|paper|study|доклад|исследование|araştırma|tədqiqat)(?:\s*(?:№|no\.?|#)\s*[\d/-]+)?$/u

/**
 * At most one section's name, after the date that opens the line, with only names or times after it; or, when the line
 * opens with the kind of document it dates, a few section names and notes before the line's one date ("Şirkət
 * hesabatı | 23 iyun 2026 | Analitik: …", "Company update | Kazakhstan | Marine services | 17 March 2026").
 */
function isPhraseAtEnd(
  segments: readonly Segment[],
  opensWithKind: boolean,
  wordsOnly: (index: number) => boolean,
): boolean {
  const phrase = segments.findIndex((segment) => segment.kind === 'phrase')
  if (phrase < 0) return true
  const date = segments.findIndex((segment) => segment.kind === 'date')
  const leading = segments.slice(0, date)
  const notesFirst =
    opensWithKind &&
    date > 0 &&
    date <= MAX_LEADING_NOTES &&
    leading.every((segment, index) => index === 0 || segment.kind === 'phrase' || segment.kind === 'time') &&
    segments.filter((segment) => segment.kind === 'phrase').length <= MAX_LEADING_NOTES &&
    segments.every(
      (segment, index) => index <= date || segment.kind === 'name' || segment.kind === 'time' || wordsOnly(index),
    )
  if (notesFirst) return true
  const after = segments.slice(phrase + 1)
  return segments[0]?.kind === 'date' && after.every((segment) => segment.kind === 'name' || segment.kind === 'time')
}

/** "2 hours ago", "5 dakika önce", "3 saat əvvəl", "10 минут назад". */
const RELATIVE_TIME = /^\d{1,3}\s+\p{L}+\.?\s+(?:ago|önce|əvvəl|назад)$/u
/** Reading or listening time next to the date: "4 min read", "52 min listen", "3 dk okuma", "Время чтения: 5 мин". */
const READING_TIME =
  /^(?:\d{1,3}\s*(?:min|mins|minutes|dk|dakika|dəq|мин)\.?\s*(?:read|listen|watch|okuma\p{L}*|dinle\p{L}*|izle\p{L}*|oxu\p{L}*|dinlə\p{L}*)|время\s+чтения\s*:?\s*\d{1,2}\s*мин(?:\.|\p{L}*))$/u

/**
 * A printed or e-mailed issue's number beside its date: "№ 220 (9843)", "No. 114", "Sayı 1234", "Issue 87", "Issue
 * No. 47", and its volume: "Vol. 3", "Cilt 12", "Том 5".
 */
// folded as Turkish, so "Issue" is "ıssue"
const ISSUE_NUMBER =
  /^(?:(?:№|no\.|sayı:?|say:|[iı]ssue|buraxılış|выпуск|episode|bölüm|epizod|серия)(?:\s*(?:no\.|№|#))?|vol\.?|volume|cilt|cild|том|season|sezon|mövsüm|сезон)\s*\d{1,6}(?:\s*\((?:\d{1,3}[.,\s]\d{3}|\d{1,6})\))?$/u

/**
 * A part of a date line beside the date that says nothing about it: a section name, a one-word place or outlet
 * ("Ankara", "Trend"), a view counter, a reading time or a programme's length ("12.03.2026 | Ekonomi | Baxış: 1 204",
 * "Episode 214 | Published: February 16, 2026 | Duration: 31:47").
 */
function isSideNote(original: string, folded: string): boolean {
  if (SECTION_NAMES.has(folded) || COUNTER_PART.test(folded)) return true
  if (READING_TIME.test(folded) || READING_TIME_LINE.test(folded)) return true
  if (ISSUE_NUMBER.test(folded) || PROGRAMME_META.test(folded) || isNoteBesideDate(folded)) return true
  return /^\p{Lu}[\p{L}.-]{1,20}$/u.test(original)
}

/** Cuts a line into its parts at the separators; the folded and original texts are cut at the same offsets. */
function splitParts(line: string): { original: string; folded: string }[] {
  const folded = foldCase(line, 'tr')
  const marked = folded.replace(LABEL_AFTER_DATE, (space) => '|'.padEnd(space.length))
  const parts: { original: string; folded: string }[] = []
  let start = 0
  for (const match of marked.matchAll(SEPARATOR)) {
    parts.push({ original: line.slice(start, match.index), folded: folded.slice(start, match.index) })
    start = match.index + match[0].length
  }
  parts.push({ original: line.slice(start), folded: folded.slice(start) })
  return parts.filter((part) => part.folded.trim() !== '')
}

/**
 * Reads a line that holds nothing but dates, times, date labels and perhaps a byline: "22.04.2026 / 16:05",
 * "3 June 2026 16:42 (UTC+04:00)", "Giriş: 17.02.2026 - 14:05 | Son Güncelleme: 17.02.2026 - 16:30",
 * "Aylin Demir |18.03.2026 - Update : 18.03.2026", "15 дек 2025". The publication date is the one labelled so,
 * else the first unlabelled one; an update date never stands in for it. Null when the line is anything else.
 */
export function readDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_CHARS || !/\d/u.test(line)) return null
  return (
    readSeparatedDateLine(line) ??
    readNameThenDate(line) ??
    readIssueLine(line) ??
    readSectionAfterTime(line) ??
    readDateThenPlace(line)
  )
}

/** A town after the date and a comma, maybe after its abbreviation: "17 сентября 2026 года, г. Алматы", "14 October 2025, Tbilisi". */
const PLACE_AFTER = /,\s+(?:г\.\s*|город\s+|şəh\.\s*|şəhəri\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\s*$/u

function readDateThenPlace(line: string): DateLine | null {
  const date = line.replace(PLACE_AFTER, '')
  const found = date === line ? null : readSeparatedDateLine(date)
  return found && found.byline === null ? found : null
}

/** "26 февраля 2026, 12:40 Экономика": a section's name after the time, with no separator. */
const SECTION_AFTER_TIME = /^(.*\d{1,2}:\d{2})\s+(\p{Lu}[\p{L}-]+)$/u

function readSectionAfterTime(line: string): DateLine | null {
  const parts = SECTION_AFTER_TIME.exec(line.trim())
  if (!parts?.[1] || !SECTION_NAMES.has(foldCase(parts[2] ?? '', 'tr'))) return null
  return readSeparatedDateLine(parts[1])
}

/**
 * A printed issue's line: the paper's name, the issue's number and its date, maybe the page ("Газета «Коммерсантъ»
 * №114 от 02.07.2026, стр. 9", "«Известия» № 45 (31234) от 3 марта 2026 г.").
 */
const ISSUE_LINE =
  /^[^№\d]{0,60}№\s*\d{1,6}(?:\s*\(\d{1,3}(?:\s?\d{3})?\))?\s+(?:от|dated)\s+(.+?)(?:,\s*(?:стр|с|p)\.\s*\d{1,3})?$/u

function readIssueLine(line: string): DateLine | null {
  const date = ISSUE_LINE.exec(line)?.[1]
  const found = date ? readSeparatedDateLine(date.replace(/\s+г\.?$/u, '')) : null
  return found && found.byline === null ? found : null
}

/**
 * "Tamar Kikvadze Jul 8, 2026", "Nurlan Zhaksybekov in Almaty August 20, 2025", "By Dana Sarsen in Interviews on 8
 * September 2026": a byline and a date, no separator.
 */
const NAME_THEN_REST =
  /^((?:[Bb]y\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}?)(?:\s+in\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)??)?(?:\s+on)?\s+(?=\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)(.+)$/u

function readNameThenDate(line: string): DateLine | null {
  const named = nameThenDate(NAME_THEN_REST.exec(line))
  if (named) return { ...named.rest, byline: named.name.replace(/^[Bb]y\s+/u, '') }
  // "Eurasianet Apr 14, 2026": one word is the outlet's or the place's name, no writer's
  const stamped = nameThenDate(ONE_NAME_THEN_REST.exec(line))
  return stamped ? { ...stamped.rest, byline: null } : null
}

/** The name and the date line after it, when the rest reads as a date with no byline of its own. */
function nameThenDate(parts: RegExpExecArray | null): { name: string; rest: DateLine } | null {
  const rest = parts?.[2] ? readSeparatedDateLine(parts[2]) : null
  return parts?.[1] && rest && rest.byline === null ? { name: parts[1], rest } : null
}

/** "Eurasianet Apr 14, 2026": an outlet's one-word name stamped before the date. */
const ONE_NAME_THEN_REST = /^(\p{Lu}[\p{L}'’-]+)\s+(?=\p{Lu}\p{Ll}{2,}\.?\s+\d)(.+)$/u

/** Whether a line's first part names the document's kind ("Интерактивная карта", "Press-reliz № 214"). */
/** A document's extent or reference after its date: "28 pages", "42 sayfa", "36 стр.", "Ref. HB-WP-2025/07 (version 1.2)". */
const DOCUMENT_META =
  /^(?:\d{1,4}\s+(?:pages?|pp\.?|sayfa|səhifə|страниц\p{L}*|стр\.?)|(?:ref\.?|reference|referans|no\.?|№|версия|version|sürüm|versiya)\s*:?\s*[\p{L}\d][\p{L}\d./()\s-]{0,40})$/u
const opensWithKindOf = (parts: readonly { folded: string }[]) => DOCUMENT_KIND.test(parts[0]?.folded.trim() ?? '')

function readSeparatedDateLine(line: string): DateLine | null {
  const parts = splitParts(line)
  const segments = parts.map(readSegment)
  const dates = segments.flatMap((segment) => (segment.kind === 'date' ? [segment] : []))
  const names = segments.flatMap((segment) => (segment.kind === 'name' ? [segment] : []))
  const labelled = dates.find((date) => date.label === 'published')
  // "Дата размещения: 02.11.2026 | Срок публичного обсуждения: до 20.11.2026 | ID проекта: 14-26-0871", "Обновлено:
  // 03.11.2026 · Эльчин Мамедов, аттестованный таможенный брокер": a date its label calls the page's (or the page's
  // last update) opens a line of the page's fields, whatever the others say
  const first = segments[0]
  // "Hesabat sutkası: 21.07.2026 (…), 00:00–24:00 | Dərc edilib: 22.07.2026, 09:15": a date its label calls the page's
  // anywhere in a line of fields dates the page, past the day a report covers
  // "Интерактивная карта · Обновлено 14 августа 2026 г. · Версия данных 3.2": a map's or a dataset's last update among
  // its fields, after the page's kind
  const kindThenUpdate = opensWithKindOf(parts) && dates.some((date) => date.label === 'updated')
  const fields =
    (first?.kind === 'date' && first.label === 'updated') ||
    (labelled !== undefined && parts.length > 1) ||
    kindThenUpdate
  if (dates.length === 0 || names.length > 1) return null
  const opensWithKind = opensWithKindOf(parts)
  // the kind may carry its number ("Press-reliz № 214"), and a longer note without numbers may follow its date
  // ("Клиентский бюллетень | 14 июля 2026 г. | Практика международной торговли и таможенного права")
  const dateAt = segments.findIndex((segment) => segment.kind === 'date')
  // (no number anywhere after the date: "… | 17 March 2026 | Kazakhstan raised rail tariffs by 12%" is a story's line)
  const plainAfter = parts.slice(dateAt + 1).every((part) => !/\d/u.test(part.folded))
  const wordsOnly = (index: number) => index > dateAt && plainAfter
  // "White paper · 14 October 2025 · 28 pages · Ref. HB-WP-2025/07 (version 1.2)": the document's extent and reference
  const kindNote = (index: number) =>
    index === 0 || wordsOnly(index) || (index > dateAt && DOCUMENT_META.test(parts[index]?.folded.trim() ?? ''))
  const other = segments.some((segment, index) => segment.kind === 'other' && !(opensWithKind && kindNote(index)))
  if (!fields && (other || !isPhraseAtEnd(segments, opensWithKind, wordsOnly))) return null
  const plain = dates.find((date) => date.label === null)
  return {
    published: (labelled ?? plain)?.date ?? null,
    updated: dates.find((date) => date.label === 'updated')?.date ?? null,
    byline: names[0]?.name ?? null,
  }
}

/** A day and month without a year, as an agency dateline gives them. */
export interface DayMonth {
  month: number
  day: number
  year: number | null
}

const MONTH = `(${MONTH_SOURCE})(?![\\p{L}\\p{N}])`
/**
 * An agency dateline opening the lead: a place (and maybe its country), then the day and month, maybe the year,
 * maybe the agency, then a dash, colon or full stop: "ASTANA, 3 June (Reuters) -", "ТАШКЕНТ, Узбекистан,
 * 22 апреля. /Trend/ –", "Bakı, 12 mart, AZƏRTAC", "ASTANA, Kazakhstan, February 16 (Trend) –".
 */
const DATELINE = new RegExp(
  String.raw`^\p{L}[\p{L}'’ -]{1,30}(?:,\s*\p{L}[\p{L} -]{1,30})?[,.]\s*(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?!\s+(?:19|20)\d{2}['’]?\p{L})(?:,?\s+((?:19|20)\d{2}))?[,.]?\s*(?:\([^)]{1,25}\)|/[^/]{1,25}/|\p{L}[\p{L}.& ]{0,24})?\s*[-–—:.,]?(?:\s|$)`,
  'u',
)

/** An agency's mark in a dateline: its name in brackets or slashes, or a word in capitals ("BAKU", "AZƏRTAC"). */
const AGENCY_MARK = /\([^)]{1,25}\)|\/[^/]{1,25}\/|(?<!\p{L})\p{Lu}{3,}(?!\p{L})/u

/**
 * How many characters of a line an agency dateline opening it takes ("Bakı, Azərbaycan, 18 noyabr (Trend) – ",
 * "BAKU, Sept 16 (Reuters) - "), or 0; a sentence that opens with a day ("Накануне, 23 марта, в Астане …") has none.
 */
export function datelineLength(line: string): number {
  const head = line.slice(0, 160)
  if (!CAPITALISED.test(head) || !readDateline(head)) return 0
  const length = DATELINE.exec(foldCase(head, 'tr'))?.[0].length ?? 0
  return AGENCY_MARK.test(head.slice(0, length)) ? length : 0
}

/** Reads the day and month of an agency dateline at the start of a lead line; null when the line has none. */
export function readDateline(line: string): DayMonth | null {
  const head = line.slice(0, 160)
  if (!CAPITALISED.test(head)) return null
  const m = DATELINE.exec(foldCase(head, 'tr'))
  if (!m) return null
  const month = monthNumber(m[2] ?? m[3] ?? '')
  const day = Number(m[1] ?? m[4])
  if (month === null || day < 1 || day > 31) return null
  return { month, day, year: m[5] ? Number(m[5]) : null }
}
