import type { Article } from '../../schema/dataset'
import { RELATIVE_YEARS, YEAR_EARLIER } from '../lexicon/date-words'
import { findDates } from '../lexicon/dates'
import { foldCase } from '../lexicon/text'
import { PLUPERFECT } from '../lexicon/tenses'
import type { DateMention, Span } from '../types'
import { datesDocument, isAttributive, isOwnPoint, isPastDeadline, isSamePeriodBack, yearOf } from './date-roles'
import { refersBack } from './figure-countries'
import { parenthesisAround } from './figure-period'
import { isTableLine } from './table-lines'

/**
 * A date in parentheses labels a figure of comparison ("(2024 – 6,7 milyon ton)"), unless the parenthesis holds a
 * dated period and nothing else: a heading's "(с 1 июля по 30 сентября 2026 года)" frames the table under it.
 */
function isLabelInParenthesis(text: string, date: DateMention, mentions: readonly DateMention[]): boolean {
  const paren = parenthesisAround(text, date)
  if (paren === null) return false
  if ((date.value?.length ?? 0) < 'YYYY-MM'.length) return !isHeadingOfYear(text, date)
  const inside = mentions.filter((d) => d.start >= paren.start && d.end <= paren.end)
  const rest = inside.reduceRight(
    (t, d) => t.slice(0, d.start - paren.start) + t.slice(d.end - paren.start),
    text.slice(paren.start, paren.end),
  )
  return /\d/u.test(rest)
}

/** Longest heading whose year in parentheses dates what follows. */
const MAX_HEADING_WORDS = 8

/**
 * "İŞGÜCÜ MALİYETLERİ (2026, aylık brüt)", "Labour costs (2026)", "Araşdırmanın əsas nəticələri (2024/2025-ci tədris ili
 * üzrə):": a short heading, no sentence, whose one number is the year in its parenthesis, dates the lines under it.
 */
function isHeadingOfYear(text: string, date: DateMention): boolean {
  // (an academic or a fiscal year's first year is part of it: "(2024/2025-ci tədris ili üzrə)")
  const rest = text.slice(0, date.start).replace(/(?:19|20)\d{2}\s*[/–—-]\s*$/u, '') + text.slice(date.end)
  return !/\d/u.test(rest) && !/[.!?…]\s*$/u.test(text) && text.trim().split(/\s+/u).length <= MAX_HEADING_WORDS
}

/**
 * A month or a quarter alone past the article's ("in September" in March, "dördüncü çeyrekte" in May) is last year's
 * or the coming one ("plan to meet again in Tbilisi in September", "deliveries are to start in the fourth quarter"): it
 * frames nothing, where one already gone this year ("in February") does.
 */
const isMonthMaybeAhead = (d: DateMention, published: number | null) =>
  d.ahead !== undefined && d.ahead !== null && published !== null && yearOf(d) < published

/**
 * The year an article is telling about at each sentence: the year of the latest dated point before it (the headline
 * counts first), so that "Konteyner daşımaları 96 min TEU təşkil edib" after "2025-ci ildə …" is a 2025 figure. Only
 * years up to the article's own count (a plan for 2030 frames nothing achieved), and within three years of it (an
 * aside on 2006 does not reframe the report); in an undated article, of the year it tells as its now (`undatedNow`),
 * and none when it states no year.
 */
export function frameYears(
  article: Article,
  sentences: readonly Span[],
  folded: readonly string[],
  dates: readonly (readonly DateMention[])[],
  // the article's year, or an undated article's "now" (see `undatedNow`)
  published: number | null,
): (number | null)[] {
  const frames: (number | null)[] = []
  // an article that states no year has no "now" to measure the frame against: abstain rather than carry any along
  const fits = (year: number) => published !== null && year <= published && year >= published - 3
  let frame: number | null = null
  // the year of a background told in the pluperfect, which the pluperfect right after it goes on telling ("Türkiye
  // geçen yıl 412 bin ton pirinç ithal etmiş, bunun yüzde 6'sı Kazakistan'dan gelmişti. Karabuğday ithalatı ise …
  // 18 bin 600 tona yükselmişti.")
  let background: number | null = null
  let frameCountedBack = false
  for (const [index, mentions] of dates.entries()) {
    const text = folded[index] ?? ''
    // "5/10 – Halal sertifikatı olan konservlər.": a gallery's caption stands alone, with no year from the one before
    if (GALLERY_COUNTER.test(text) || isQuestionLine(article.text, sentences[index])) frame = null
    // "Geçen yıl … 86 ton baharat gönderdik" then "KARGO VE TESLİMAT SEÇENEKLERİ": a year counted back from the
    // article's tells of that paragraph's past, not of the sections under later headings: they are the article's own
    if (frameCountedBack && isCapitalsHeading(article.text, sentences[index])) frame = published
    const pluperfect = PLUPERFECT.test(text)
    frames.push(pluperfect && background !== null ? background : frame)
    // "(2024 – 6,7 milyon ton)" labels a figure of comparison; the narrative stays in its year
    // "Годом ранее … 9,93 млн тонн", "a year earlier": a year counted back from the story's is a comparison's
    const own = mentions
      .filter(
        (d) =>
          // "2024-cü ilin avqustundan 2025-ci ilin mayınadək": a stretch that ended before the article's year ends in it
          // (not a Russian "к 2025 г.", which in the past is a comparison's base: "Урожайность к 2025 г., %")
          (isOwnPoint(text)(d) || (isPastDeadline(text, d, published) && !/^к\s/u.test(text.slice(d.start, d.end)))) &&
          !isLabelInParenthesis(text, d, mentions) &&
          !isMonthMaybeAhead(d, published) &&
          !YEAR_EARLIER.test(text.slice(d.start, d.end)) &&
          !isSamePeriodBack(text, d) &&
          !COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, d.start - COMPARISON_REACH), d.start)) &&
          !isThingsHistory(text, d) &&
          !datesDocument(text, d) &&
          !isAttributive(text, d),
      )
      .filter((d) => fits(yearOf(d)))
    // a pluperfect gives a comparison's background, a past before the story's, and so does a year told of the figure
    // just given ("geçen yıl bu rakam 4.200 dolardı", "a year earlier that figure was …"): they move no frame
    // a table's head sets its years side by side ("Показатель | 9М 2025 | 9М 2024"): the report is on the newest
    const last = isTableLine(text) ? own.toSorted((a, b) => yearOf(a) - yearOf(b)).at(-1) : own.at(-1)
    const headed = yearHeadingOf(text)
    if (headed !== null && fits(headed)) {
      frame = headed
      frameCountedBack = false
    } else if (last !== undefined && !pluperfect && !refersBack(text) && !PREVIOUS_ONE.test(text)) {
      frame = yearOf(last)
      frameCountedBack = last.relative
    }
    if (!pluperfect) background = null
    else if (last !== undefined) background = yearOf(last)
  }
  return frames
}

/** Words of a plan right before its year: "План на 2027 год", "plan for 2027", "2027 hedefi" has it after. */
const PLAN_BEFORE =
  /(?:план\p{L}*|plan\p{L}*|target\p{L}*|goal\p{L}*|hedef\p{L}*|hədəf\p{L}*|прогноз\p{L}*|forecast\p{L}*)\s+(?:на|for|için|üçün)?\s*$/u

/**
 * A verb of the future in the year's own clause: "2029-cu ildə istismara veriləcəyini", "2029'da devreye girecek",
 * "in 2029 it will open", "в 2029 году будет запущен": the year of a plan, no "now".
 */
const FUTURE_AFTER =
  /^[^.;,:]*?(?:\p{L}(?:acak|ecek|acağ|eceğ|acaq|əcək|əcəy|acağ)\p{L}*|(?<![\p{L}])(?:will|shall|будет|будут|планиру\p{L}*|запланирован\p{L}*)(?![\p{L}]))/u
/** How far after its year a plan's verb may stand. */
const FUTURE_REACH = 48

/**
 * The year an undated article tells about: the latest it states outright as a point ("в 2025 году", not "в прошлом
 * году"), a plan's year ("План на 2027 год", "2029-cu ildə istismara veriləcək") aside; null when it states none.
 */
function latestStatedYear(folded: readonly string[], dates: readonly (readonly DateMention[])[]): number | null {
  const years = dates.flatMap((mentions, index) =>
    mentions
      .filter((d) => d.role === 'point' && !d.relative && d.value !== null)
      .filter((d) => !PLAN_BEFORE.test((folded[index] ?? '').slice(Math.max(0, d.start - 24), d.start)))
      .filter((d) => !FUTURE_AFTER.test((folded[index] ?? '').slice(d.end, d.end + FUTURE_REACH)))
      .map(yearOf),
  )
  return years.length === 0 ? null : Math.max(...years)
}

/** "this year", "bu il", "в этом году": a year counted from now, which an undated article cannot date by itself. */
const THIS_YEAR = new RegExp(
  `^(?:${RELATIVE_YEARS.filter((r) => r.offset === 0)
    .map((r) => r.source)
    .join('|')})$`,
  'u',
)

/**
 * "Here is where we stand this year so far:" under "Season 2026 in numbers": an undated article's "this year" is the
 * year it tells as its now, which takes the frame back from a past told before ("back in 2023").
 */
export function thisYearAsNow(folded: string, d: DateMention, now: number | null): DateMention {
  const isThisYear = d.value === null && d.relative && THIS_YEAR.test(folded.slice(d.start, d.end))
  return isThisYear && now !== null ? { ...d, value: String(now) } : d
}

/**
 * An undated article's "now": the year its headline states ("Season 2026 in numbers"), else the latest year it states
 * ("в 2025 году"), a plan's aside; a later year in the body is a plan's ("a new vessel joins the line in spring 2027").
 */
export const undatedNow = (
  article: Article,
  folded: readonly string[],
  dates: readonly (readonly DateMention[])[],
): number | null => headlineYear(article) ?? latestStatedYear(folded, dates)

/** A year standing alone in a headline ("Season 2026 in numbers", "Caspian ports 2025: record"), no part of a number. */
const BARE_YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d]|[.,]\d)/gu

/**
 * The year an undated article's headline states as a point ("Season 2026 in numbers"), a plan's year ("Plan for
 * 2030") aside; null when it states none. A headline writes a year bare, with no preposition to make it a date.
 */
function headlineYear(article: Article): number | null {
  const title = article.title ?? ''
  const stated = findDates(title, article.lang, null).filter((d) => d.weekday !== true)
  const bare = [...title.matchAll(BARE_YEAR)].map((m): DateMention => ({
    start: m.index,
    end: m.index + m[0].length,
    value: m[0],
    role: 'point',
    relative: false,
  }))
  return latestStatedYear([foldCase(title, article.lang)], [stated.length > 0 ? stated : bare])
}

/** A section's heading opened by its year: "2025 results in brief (item 2)", "2025 highlights". */
const YEAR_OPENS_HEADING = /^((?:19|20)\d{2})\s+\p{L}[^.!?]{0,50}$/u

/**
 * A caption closed by its year after a comma, maybe its unit after it: "Exhibit 1: Beverage can consumption by country,
 * 2024", "Таблица 2. Экспорт по странам, 2025 г.", "İhracat, 2025 (bin ton)"; not a date's year ("October 14, 2025").
 */
const YEAR_CLOSES_HEADING =
  /^(?:\p{L}+\s+\d{1,3}[.:]\s+)?[^.!?]{3,100}[^.!?\d\s]\s*,\s*((?:19|20)\d{2})(?:\s*(?:г\.?|год|yılı|il))?\s*(?:\([^()]{0,60}\))?$/u

/** The year a short heading opens or a caption closes with, which frames the section under it; null for any other line. */
function yearHeadingOf(folded: string): number | null {
  const line = folded.trim()
  const year = YEAR_OPENS_HEADING.exec(line)?.[1] ?? YEAR_CLOSES_HEADING.exec(line)?.[1]
  return year === undefined ? null : Number(year)
}

const QUESTION = /\?["'”’»)]*$/u

/**
 * "S: Bu programların finansmanı nasıl sağlanıyor?", "3. Uçuşlar artacak mı?": a question on a line of its own (an
 * interview's, an explainer's heading) opens a new topic, and the year the answer before it told about ends there. A
 * question inside a paragraph ("So where does 'threefold' come from? When we asked …") keeps its paragraph's year.
 */
function isQuestionLine(text: string, sentence: Span | undefined): boolean {
  if (!sentence) return false
  const opensLine = sentence.start === 0 || text[sentence.start - 1] === '\n'
  const endsLine = /^[ \t]*(?:\n|$)/u.test(text.slice(sentence.end))
  return opensLine && endsLine && QUESTION.test(text.slice(sentence.start, sentence.end).trimEnd())
}

/**
 * "up from 640,000 tonnes in Q1 last year", "compared with 2025", "по сравнению с 2025 годом": the date of a comparison's
 * base, whose figure is the older one; the story stays in its year.
 */
const COMPARISON_BASE_BEFORE =
  /(?:(?<![\p{L}])(?:up|down) from|(?<![\p{L}])compared (?:with|to)|(?<![\p{L}])versus|по сравнению с|в сравнении с)\s(?:[^,;.]|[,.](?=\d))*$/u
/** How far before a date the words of a comparison may start ("up from 640,000 tonnes in"). */
const COMPARISON_REACH = 40

/**
 * "the new passenger terminal …, opened in October 2025", "терминал, открытый в 2025 году", "2025-ci ildə açılmış
 * terminal", "2025'te açılan terminal": a participle dates a thing's own past, beside the story; it moves no frame.
 */
const PARTICIPLE_BEFORE =
  /(?:,\s*(?:opened|built|launched|founded|established|commissioned|completed|inaugurated)|,\s*(?:открыт|построен|запущен|основан|введен|введён)\p{L}*)(?:\s+(?:in|в|во))?\s+$/u
const PARTICIPLE_AFTER =
  /^['’]?\p{L}{0,4}\s+(?:açılan|açılmış|kurulan|kurulmuş|inşa\s+edilen|hizmete\s+giren|istifadəyə\s+verilmiş|istifadəyə\s+verilən|tikilmiş|yaradılmış)\s+\p{L}/u
/** How far from its date a thing's participle may stand ("…, opened in", "'te açılan"). */
const PARTICIPLE_REACH = 40
const isThingsHistory = (folded: string, d: DateMention) =>
  PARTICIPLE_BEFORE.test(folded.slice(Math.max(0, d.start - PARTICIPLE_REACH), d.start)) ||
  PARTICIPLE_AFTER.test(folded.slice(d.end, d.end + PARTICIPLE_REACH))

/** A gallery's counter opening a caption: "5/10 –", "3 / 12 —". */
/** A short section heading in capitals, with no number: "KARGO VE TESLİMAT SEÇENEKLERİ", "SHIPPING OPTIONS". */
function isCapitalsHeading(text: string, span: Span | undefined): boolean {
  const line = span === undefined ? '' : text.slice(span.start, span.end).trim()
  return line.length <= 60 && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/\d/u.test(line)
}

const GALLERY_COUNTER = /^\s*\d{1,2}\s*\/\s*\d{1,2}\s*[–—-]\s/u

/**
 * "The previous record, $120 million, was set last year", "Önceki rekor geçen yıl kırılmıştı", "предыдущий рекорд",
 * "Для сравнения: в 2023 году …": what came before, told as background; its year moves no frame.
 */
const PREVIOUS_ONE =
  /(?:^|\s)(?:the\s+)?(?:previous|prior|önceki|əvvəlki|предыдущ\p{L}*)\s+(?:record|high|peak|rekor\p{L}*|rekord\p{L}*|рекорд\p{L}*|максимум\p{L}*|zirve\p{L}*)|^(?:для сравнения|for comparison|by comparison|karşılaştırma için|kıyaslamak gerekirse|müqayisə üçün)(?![\p{L}])/u
