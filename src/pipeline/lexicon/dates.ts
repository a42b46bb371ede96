import type { PartialDate } from '../../schema/dataset'
import type { DateMention } from '../types'
import {
  MONTH_SOURCE,
  monthNumber,
  NUMBER_WORD_SOURCE,
  RELATIVE_YEARS,
  TURKIC_LOCATIVE_MONTHS,
  WORD_END,
  WORD_START,
  YEAR_WORD_SOURCE,
} from './date-words'
import { rememberRecent } from './memo'
import { parseNumberWords } from './number-words'
import { foldCase } from './text'
import { findWeekdayDates } from './weekday-dates'

/** Word boundaries that `\b` gets wrong on "ş", "ə" or Cyrillic. */
const [B, E] = [WORD_START, WORD_END]
/**
 * A year 1900–2100 that is not part of a longer number or a decimal ("4,2030"), nor a code's middle part, hyphenated on
 * both sides ("ALT-PK-2080-OAK": a tile's code, whose "2080" is its size; "COP-2026-cı" keeps its year's suffix).
 */
const YEAR = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,]|[\p{L}\p{N}]-(?=\d{4}-(?:\p{N}|\p{L}{3})))((?:19|20)\d{2}|2100)(?!\p{N}|[.,]\p{N})`
/** A case ending glued after an apostrophe or hyphen ("2030'a", "2025-ci", "21-də"). */
const SUFFIX = String.raw`(?:['’-]\p{L}+(?!\p{L}))?`
const DAY = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,])(\d{1,2})`
const MONTH = `(${MONTH_SOURCE})${E}`
const YEAR_WORD = `${YEAR_WORD_SOURCE}${E}`
const RU_YEAR_WORD = String.raw`(?:\s+(?:год\p{L}*|г\.))?`
/** A report's shorthand for a part of a year: "Q1", "1Q", "H1", "9M", "9М". */
const YEAR_PART = String.raw`(?:q[1-4]|[1-4]q|h[12]|[12]h|\d{1,2}[mм])`
const END_WORD = String.raw`sonu(?:na|nda|nadək|nadek|)${E}`

type Found = Omit<DateMention, 'start' | 'end'>
interface Matcher {
  re: RegExp
  read: (m: RegExpExecArray, published: string | null, text: string) => Found | null
}

export const pad = (n: number) => String(n).padStart(2, '0')

/** Builds 'YYYY-MM-DD' when the day exists in that month (no 31 June, no 29 February 2025). */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null
}

const isoMonth = (year: number, month: number | null): string | null =>
  month === null ? null : `${year}-${pad(month)}`

const point = (value: PartialDate | null, relative = false): Found | null =>
  value === null ? null : { value, role: 'point', relative }

const publishedYear = (published: string | null): number | null =>
  published === null ? null : Number(published.slice(0, 4))

/** "last year", "прошлого года" after a month: how many years from the article's that month's year lies. */
const RELATIVE_YEAR_AFTER: Readonly<Record<string, number>> = {
  last: -1,
  this: 0,
  next: 1,
  прошлого: -1,
  этого: 0,
  текущего: 0,
  следующего: 1,
  будущего: 1,
}

/**
 * The year a day-and-month expression belongs to: a year written before it in the same sentence ("2024 yılında, 15
 * Mart'ta"), else the article's year. A year after it is another time's ("29 Ekim'de, 2026 yılından itibaren", "on
 * Oct. 29 … by 2030"), so `before` is the sentence up to the day.
 */
function impliedYear(before: string, published: string | null): { year: number | null; relative: boolean } {
  const written = new RegExp(YEAR, 'u').exec(before)
  if (written?.[1]) return { year: Number(written[1]), relative: false }
  return { year: publishedYear(published), relative: true }
}

const num = (value: string | undefined) => Number(value ?? NaN)

const MATCHERS: Matcher[] = [
  {
    // 2025-10-21
    re: new RegExp(String.raw`${B}(\d{4})-(\d{2})-(\d{2})${E}`, 'gu'),
    read: (m) => point(isoDay(num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    // 27.10.2025, 27/10/2025
    re: new RegExp(String.raw`${DAY}([./])(\d{1,2})\2(\d{4})(?!\p{N})${SUFFIX}`, 'gu'),
    read: (m) => point(isoDay(num(m[4]), num(m[3]), num(m[1]))),
  },
  {
    // 10 Ekim 2024, 15 dekabr, 2025, 21 October 2025, 21 октября 2025 года
    re: new RegExp(String.raw`${DAY}(?:-\p{L}{1,3})?\s+${MONTH},?\s+${YEAR}${SUFFIX}${RU_YEAR_WORD}`, 'gu'),
    read: (m) => point(isoDay(num(m[3]), monthNumber(m[2] ?? '') ?? 0, num(m[1]))),
  },
  {
    // October 21, 2025
    re: new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, 'gu'),
    read: (m) => point(isoDay(num(m[3]), monthNumber(m[1] ?? '') ?? 0, num(m[2]))),
  },
  {
    // 2025-ci il oktyabrın 21-də, 2025-ci ilin oktyabrında, 2025 yılının ekim ayında
    re: new RegExp(
      String.raw`${YEAR}${SUFFIX}\s+${YEAR_WORD}\s+${MONTH}(?:\s+ay\p{L}*)?(?:\s+(\d{1,2})-\p{L}+)?`,
      'gu',
    ),
    read: (m) => {
      const month = monthNumber(m[2] ?? '')
      if (month === null) return null
      return point(m[3] ? isoDay(num(m[1]), month, num(m[3])) : isoMonth(num(m[1]), month))
    },
  },
  {
    // Ekim 2025'te, October 2025, в октябре 2025 года
    re: new RegExp(String.raw`${MONTH}\s+${YEAR}${SUFFIX}${RU_YEAR_WORD}`, 'gu'),
    read: (m) => point(isoMonth(num(m[2]), monthNumber(m[1] ?? ''))),
  },
  {
    // 21 Ekim'de, 21 октября: the year comes from elsewhere in the sentence or from the article
    re: new RegExp(String.raw`${DAY}(?:-\p{L}{1,3})?\s+${MONTH}`, 'gu'),
    read: (m, published, text) => dayMonth(text.slice(0, m.index), published, monthNumber(m[2] ?? ''), num(m[1])),
  },
  {
    // oktyabrın 21-də, October 21; not "aprelədək 15 faiz" (until April, then an amount)
    re: new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:-\p{L}+|(?:st|nd|rd|th)?${E})(?!,?\s*\p{N})`, 'gu'),
    read: (m, published, text) =>
      /d[əe]k$/u.test(m[1] ?? '')
        ? null
        : dayMonth(text.slice(0, m.index), published, monthNumber(m[1] ?? ''), num(m[2])),
  },
  {
    // by April, by end-June, к апрелю, до конца июня, nisana kadar, haziran sonuna kadar, aprelədək, iyunun sonunadək:
    // a month alone as a deadline, the next such month from the article's
    re: new RegExp(
      String.raw`${B}(?:(?:by|until|before)\s+(?:the\s+)?(?:(?:end|start|middle|beginning)(?:-|\s+of\s+))?|(?:к|до)\s+(?:(?:концу|конца|началу|середине)\s+)?)(${MONTH_SOURCE})(?<!\.)${E}(?![\s,]*\d)|${B}(${MONTH_SOURCE})(?:\s+(?:ayı|ayının|sonu|başı|ortası)\p{L}*)?(?:\s+kadar|\s+qədər)${E}|${B}(${MONTH_SOURCE})(?<=d[əe]k)${E}`,
      'gu',
    ),
    read: (m, published) => {
      const month = monthNumber(m[1] ?? m[2] ?? m[3] ?? '')
      const year = publishedYear(published)
      if (month === null || year === null || published === null) return null
      const next = month >= Number(published.slice(5, 7)) ? year : year + 1
      return { value: isoMonth(next, month), role: 'deadline', relative: true }
    },
  },
  {
    // from January, starting in March, с января, ocaktan itibaren, Ocak ayından itibaren, yanvardan etibarən: a month
    // alone that starts something, this year's as what was, the next such month for a plan (`ahead`)
    re: new RegExp(
      String.raw`${B}(?:(?:from|starting(?:\s+in)?|as\s+of|effective)\s+|(?:с|со)\s+)(${MONTH_SOURCE})(?<!\.)${E}(?![\s,]*\d)|${B}(?<!\p{N}\.?\s{0,2})(${MONTH_SOURCE})(?:\s+ayından|(?<=[dt][aeə]n))\s+(?:itibaren|etibarən|başlayarak|başlayaraq)${E}`,
      'gu',
    ),
    read: (m, published) => {
      const month = monthNumber(m[1] ?? m[2] ?? '')
      const year = publishedYear(published)
      if (month === null || year === null || published === null) return null
      const next = month >= Number(published.slice(5, 7)) ? year : year + 1
      return { value: `${year}-${pad(month)}`, role: 'point', relative: true, ahead: `${next}-${pad(month)}` }
    },
  },
  {
    // in February, в феврале, şubatta, şubat ayında, fevralda, noyabrdakı: a month alone is the last such month by the
    // article's date (what was), the next one for a plan (`ahead`); not a range's first month ("в январе–апреле");
    // Turkish "ekim" (sowing) and "aralık" (a range) count only with "ayında" or a part of the month ("mart başında",
    // "aralık sonunda"). A year named beside it is its year:
    // "in February last year", "в феврале прошлого года", "geçen yılın şubat ayında", "ötən ilin dekabrında"
    re: new RegExp(
      String.raw`${B}(?:in|during)\s+(?:(?:early|late|mid)[\s-])?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:of\s+)?(last|this|next)\s+year)?${E}(?![\s,]*\d|\s*[-–—]\s*\p{L})|${B}во?\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?:\s+(прошлого|этого|текущего|следующего|будущего)\s+года)?${E}(?![\s,]*\d|\s*[-–—]\s*\p{L})|${B}(?<!\p{N}\.?\s{0,2})(${MONTH_SOURCE})\s+(?:ayında|(?:ayı(?:nın)?\s+)?(?:başında|başlarında|ortasında|ortalarında|sonunda|sonlarında|əvvəlində|əvvəllərində))${E}|${B}(?<!\p{N}\.?\s{0,2})((?:${TURKIC_LOCATIVE_MONTHS})(?:t[ae]|d[aeə])(?:ki|kı)?)${E}|${B}(?<!\p{N}\.?\s{0,2})(${MONTH_SOURCE})(?<=[ıiuü]nd[aeə])${E}`,
      'gu',
    ),
    read: (m, published, text) => {
      const month = monthNumber(m[1] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? '')
      const year = publishedYear(published)
      if (month === null || year === null || published === null) return null
      const named = partOfNamedYear(text, m.index, published)
      const counted = RELATIVE_YEAR_AFTER[m[2] ?? m[4] ?? '']
      // "dekabrında" (in its December) only after the year it belongs to
      if (m[7] !== undefined && named === null) return null
      if (named) return named.value === null ? named : point(isoMonth(Number(named.value), month), named.relative)
      if (counted !== undefined) return point(isoMonth(year + counted, month), true)
      const now = Number(published.slice(5, 7))
      const [last, next] = [month <= now ? year : year - 1, month >= now ? year : year + 1]
      return { value: `${last}-${pad(month)}`, role: 'point', relative: true, ahead: `${next}-${pad(month)}` }
    },
  },
  {
    // "2024/2025 eğitim-öğretim yılı", "2024/2025 учебный год", "academic year 2024/2025": an academic, fiscal or
    // season's year across two calendar years: one year of the report (a slash between two years names nothing else)
    re: new RegExp(
      String.raw`${YEAR}\s*/\s*((?:19|20)\d{2})${SUFFIX}(?=\s+(?:akademik|eğitim|tədris|academic|fiscal|financial|school|mali|maliyyə|учебн|финансов|sezon|season|сезон|marketing|pazarlama|маркетинг))|(?<=(?:academic|fiscal|financial|school)\s+year\s+)${YEAR}\s*/\s*((?:19|20)\d{2})`,
      'gu',
    ),
    read: (m, published) => {
      const [start, end] = [m[1] ?? m[3], m[2] ?? m[4]]
      // its end once a year the page stands after ("2024/2025 tədris ili üzrə nəticələr" in 2026), else its start,
      // while it runs ("в 2025/2026 учебном году составляет" in March 2026 is of 2025)
      const year = publishedYear(published)
      const value = end !== undefined && (year === null || Number(end) < year) ? end : (start ?? null)
      return { value, role: 'point', relative: false }
    },
  },
  {
    // 2020-2025, 2022 ile 2025 arasında, between 2022 and 2025, с 2022 по 2025 год: a span of years, valued by its end
    re: new RegExp(
      String.raw`(?:${B}between\s+|${B}с\s+)?${YEAR}(?:\s*[-–—]\s*|\s+(?:ile|ilə|and|по|və)\s+)${YEAR}${SUFFIX}(?:\s+${YEAR_WORD})?(?:\s+arasında)?`,
      'gu',
    ),
    read: (m) => ({ value: m[2] ?? null, role: 'period', relative: false }),
  },
  {
    // "• 2023: 210 min t", "2024 – 6,7 milyon ton" opening a line, "Xalis mənfəət 2025: 18,7 mln AZN" closing a label,
    // "147k wagons (2025)", "(Q1 2026)", "(2026, aylık brüt)": a year set as the label of a table's or a slide's value
    re: new RegExp(
      String.raw`^\s*(?:[•·▪●*]\s*)?${YEAR}(?=\s*[–—]\s*[~≈]?\s*\p{N})|${YEAR}(?=\s*:\s*[~≈]?\s*\p{N})|\((?:${YEAR_PART}\s)?${YEAR}(?:\)|(?=,\s*\p{L}[^)\d]*\)))`,
      'gu',
    ),
    read: (m) => point(m[1] ?? m[2] ?? m[3] ?? null),
  },
  {
    // iki il əvvəl, iki yıl önce, two years ago, два года назад: a year counted back from the article's
    re: new RegExp(
      String.raw`${B}(\d{1,2}|${NUMBER_WORD_SOURCE})\s+(?:${YEAR_WORD})\s+(?:əvvəl|önce|evvel|ago|назад)${E}`,
      'gu',
    ),
    read: (m, published) => {
      const back = smallCount(m[1] ?? '')
      const year = publishedYear(published)
      // "до 5 суток вместо 12 год назад": "12 год" breaks Russian agreement, so "год назад" stands alone (a year ago)
      if (back !== null && !agreesInRussian(back, m[0])) return null
      return point(year === null || back === null ? null : String(year - back), true)
    },
  },
  {
    // by the end of 2026, к концу 2026 года, до конца 2026 года
    re: new RegExp(
      String.raw`${B}(?:(?:by|until|before)\s+)?(?:the\s+)?end\s+of\s+${YEAR}|${B}(?:к|до)\s+конц\p{L}\s+${YEAR}${RU_YEAR_WORD}`,
      'gu',
    ),
    read: (m) => ({ value: `${m[1] ?? m[2]}-12-31`, role: 'deadline', relative: false }),
  },
  {
    // "by end-2027", "at end-2025", "by year-end 2027": a rating's or a bank's shorthand, a deadline after "by", else the day it stood at
    re: new RegExp(String.raw`${B}(?:(by|until|before)\s+|at\s+)?(?:(?:year-)?end-|year[-\s]end\s+)${YEAR}`, 'gu'),
    read: (m) => ({ value: `${m[2]}-12-31`, role: m[1] ? 'deadline' : 'point', relative: false }),
  },
  {
    // by 2030, until 2030, к 2030 году, до 2030 года
    re: new RegExp(String.raw`${B}(?:by|until|till|before|к|до)\s+${YEAR}${RU_YEAR_WORD}`, 'gu'),
    read: (m) => ({ value: m[1] ?? null, role: 'deadline', relative: false }),
  },
  {
    // "we closed 2025 with 172,000 TEU", "ended 2024 with", "full-year 2025", "fiscal 2025": a year an English verb of
    // closing or a report's word takes as its object, with no preposition
    re: new RegExp(
      String.raw`${B}(?:closed|ended|finished|wrapped\s+up|full[-\s]year|fiscal(?:\s+year)?)\s+${YEAR}(?![\p{L}\p{N}])`,
      'gu',
    ),
    read: (m) => point(m[1] ?? null),
  },
  {
    // "Q1 2026", "H1 2025", "9M 2025", "9М 2024 года", "1Q 2026": a report's shorthand for a part of a year, then its
    // year ("$9m 2025" is an amount)
    re: new RegExp(String.raw`${B}(?<![$€£₸]\s?)${YEAR_PART}[\s'’-]?${YEAR}${RU_YEAR_WORD}`, 'gu'),
    read: (m) => point(m[1] ?? null),
  },
  {
    // a season of a year: "spring 2027", "весной 2027 года", "2027 baharında", "2027-ci ilin payızında"
    re: new RegExp(
      String.raw`${B}(?:(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?|(?:весной|летом|осенью|зимой)\s+)${YEAR}${RU_YEAR_WORD}|${YEAR}(?:\s+yılının|-?c[iıuü]\s+ilin)?\s+(?:bahar|yaz|sonbahar|kış|yay|payız|qış)ında(?![\p{L}])`,
      'gu',
    ),
    read: (m) => point(m[1] ?? m[2] ?? null),
  },
  {
    // "2026 için yüzde 23", "2027 üçün 15 faiz": a bare year an aim or an outlook is given for, its deadline (it dates
    // no story: "2026 için 25-26 bin ton üretim öngörüyor" leaves last year's results in their year)
    re: new RegExp(String.raw`${B}${YEAR}\s+(?:için|üçün)${E}`, 'gu'),
    read: (m) => ({ value: m[1] ?? null, role: 'deadline', relative: false }),
  },
  {
    // in 2025, since 2025, (starting) from 2027, в 2025 году, с 2025 года
    re: new RegExp(String.raw`${B}(?:in|since|during|from|в|с)\s+${YEAR}${RU_YEAR_WORD}`, 'gu'),
    read: (m) => point(m[1] ?? null),
  },
  {
    // 2030 yılına kadar, 2030'a kadar, 2030-cu ilədək, 2026-cı ilin sonuna, 2024 yılında, 2030'da
    re: new RegExp(
      String.raw`${YEAR}(${SUFFIX})(?:\s+(${YEAR_WORD}))?(?:\s+(${END_WORD}))?(?!\s+(?:fazla|aşkın|artıq|çox|daha)${E})`,
      'gu',
    ),
    read: (m) => readYear(m[1] ?? '', m[2] ?? '', m[3], m[4]),
  },
  {
    // son 3 yılda, son üç ildə, over the past three years, son yıllarda, за последние три года
    re: new RegExp(
      [
        String.raw`${B}(?:son|last|past)\s+(?:\d{1,2}|${NUMBER_WORD_SOURCE})\s+${YEAR_WORD}`,
        String.raw`${B}(?:son|recent)\s+(?:yıllar\p{L}*|illər\p{L}*|years)${E}`,
        String.raw`${B}(?:за\s+)?последние\s+(?:(?:\d{1,2}|${NUMBER_WORD_SOURCE})\s+)?(?:год\p{L}*|лет)${E}`,
      ].join('|'),
      'gu',
    ),
    read: () => ({ value: null, role: 'period', relative: false }),
  },
  {
    // yılbaşından bu yana, ilin əvvəlindən bəri, since the start of the year, с начала года: the year so far
    re: new RegExp(
      String.raw`${B}(?:yılbaşından|yılın başından|ilin (?:əvvəlindən|başlanğıcından)|(?:since\s+)?the\s+(?:start|beginning)\s+of\s+the\s+year|year[-\s]to[-\s]date|с\s+начала\s+года)${E}`,
      'gu',
    ),
    read: (_m, published) => {
      const year = publishedYear(published)
      return point(year === null ? null : String(year), true)
    },
  },
  {
    // a season told by its year: "the 2025 season", "2025 sezonunda", "2025-ci il mövsümündə", "в сезоне-2025"
    re: new RegExp(
      String.raw`${B}${YEAR}(?:-?c[iıuü]\s+il(?:in)?)?\s+(?:season|sezon\p{L}*|mövsüm\p{L}*)${E}|(?<=${B}сезон\p{L}{0,2}-)${YEAR}`,
      'gu',
    ),
    read: (m) => point(m[1] ?? m[2] ?? null),
  },
  {
    // 2026 genelinde, 2026 boyunca, 2026 ərzində: the whole of a year
    re: new RegExp(String.raw`${B}${YEAR}\s+(?:genelinde|boyunca|ərzində)${E}`, 'gu'),
    read: (m) => point(m[1] ?? null),
  },
  {
    // the first half of 2026, for 2025, of 2024: a year named as the period a figure covers
    re: new RegExp(String.raw`${B}(?:of|for)\s+${YEAR}(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => point(m[1] ?? null),
  },
  {
    // yanvar-noyabr aylarında, ocak-kasım döneminde, January–November, between January and June, за январь – март,
    // с января по сентябрь:
    // months of the year the article reports on, unless a year or "last year" follows (another matcher reads those)
    re: new RegExp(
      String.raw`(?:${B}between\s+|${B}со?\s+)?${MONTH}\s*(?:[-–—]|\s(?:and|ile|və|и|по)\s)\s*${MONTH}(?!\s*,?\s*(?:(?:19|20)\d{2}(?![\p{N}])|(?:geçen|ötən|last|прошл|bu|this|этого|текущ)))`,
      'gu',
    ),
    // "ötən ilin yanvar-sentyabr aylarında", "Ötən il yanvar–aprel aylarında", "в прошлом году в январе–марте": a
    // year named first, and that matcher reads it
    read: (m, published, text) =>
      /(?:ilin|yılın|year's|года|(?<!\p{L})(?:last|previous|ötən|keçən|geçen|geçtiğimiz|önceki|прошлом)\s+(?:il|yıl|year|году))(?:,?\s+(?:in|в|во))?\s*$/u.test(
        text.slice(Math.max(0, m.index - 24), m.index),
      )
        ? null
        : partOfYear(monthNumber(m[2] ?? ''), published),
  },
  {
    // the first eight months, ilk sekiz ayda, ilk səkkiz ayında, за первые восемь месяцев, за восемь месяцев, and a
    // results call's "the nine months" ("in nine months", with no article, is a span ahead)
    re: new RegExp(
      String.raw`${B}(?:(?:(?:ilk|birinci|(?:the\s+)?first|the|(?:за\s+)?первы\p{L}*|за)\s+)(\d{1,2}|${NUMBER_WORD_SOURCE})\s+(?:ay\p{L}*|months|месяц\p{L}*)|(\d{1,2}|${NUMBER_WORD_SOURCE})\s+ay\s+(?:ərzində|içinde|boyunca))(?![\p{L}])(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}(?![\p{N}])|geçen|ötən|last|this|прошл|текущ|этого))`,
      'gu',
    ),
    read: (m, published, text) => {
      const months = smallCount(m[1] ?? m[2] ?? '')
      if (months === null || months < 2 || months > 11) return null
      return partOfNamedYear(text, m.index, published) ?? partOfYear(months, published)
    },
  },
  {
    // the third quarter, üçüncü çeyrekte, III rübdə, в третьем квартале, Q3, the second half: the quarter or half a
    // figure of the article's year covers (the first ones below)
    re: new RegExp(
      String.raw`${B}(?:(second|ikinci|втор\p{L}*|[iı]{2}|third|üçüncü|трет\p{L}*|[iı]{3}|fourth|dördüncü|четв[её]рт\p{L}*|[iı]v)\s+(?:çeyre[kğ]\p{L}*|rüb\p{L}*|quarter|квартал\p{L}*)|q([1-4])|(second|ikinci|втор\p{L}*)\s+(?:yarı\p{L}*|yarım\p{L}*|half|полугоди\p{L}*))(?![\p{L}\p{N}])(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}(?![\p{N}])|geçen|ötən|last|прошл))`,
      'gu',
    ),
    read: (m, published, text) => {
      // "2025-ci ilin üçüncü rübündə", "geçen yılın ikinci yarısında": a year named first, and another matcher reads it
      const named = partOfNamedYear(text, m.index, published)
      if (named) return named
      if (m[3]) return partOfYear(12, published)
      const quarter = m[2] ? Number(m[2]) : ORDINAL_QUARTERS.findIndex((re) => re.test(m[1] ?? '')) + 2
      return quarter >= 1 ? partOfYear(quarter * 3, published) : null
    },
  },
  {
    // mid-2026, the middle of 2026, к середине 2026 года, 2026 ortasına kadar, 2026-cı ilin ortasınadək: June of it
    re: new RegExp(
      String.raw`${B}(?:(by\s+|к\s+)?(?:mid-|the\s+middle\s+of\s+|середин\p{L}*\s+)${YEAR}(?:\s+года)?|${YEAR}(?:-?(?:c[ıiuü]|ci|cu|cü))?\s+(?:yılı(?:nın)?\s+|ilin\s+)?(ortas\p{L}*))${E}`,
      'gu',
    ),
    read: (m) => {
      const year = m[2] ?? m[3]
      const by = m[1] !== undefined || /(?:na|nə)(?:\s|$)|(?:dək|dek|kadar)$/u.test(m[4] ?? '')
      return year ? { value: `${year}-06`, role: by ? 'deadline' : 'point', relative: false } : null
    },
  },
  {
    // ilk çeyrekte, birinci rübdə, the first quarter, первого квартала, ilk yarıda, first half, первое полугодие
    re: new RegExp(
      String.raw`${B}(?:(?:ilk|birinci|first|перв\p{L}*)\s+(?:çeyre[kğ]\p{L}*|rüb\p{L}*|quarter|квартал\p{L}*|yarı\p{L}*|yarım\p{L}*|half|полугоди\p{L}*|altı\s+ay\p{L}*|six\s+months|шесть\s+месяцев))(?![\p{L}])(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}(?![\p{N}])|geçen|ötən|last|прошл))`,
      'gu',
    ),
    read: (m, published, text) =>
      partOfNamedYear(text, m.index, published) ??
      partOfYear(/çeyre[kğ]|rüb|quarter|квартал/u.test(m[0]) ? 3 : 6, published),
  },
  {
    // yıl sonunda, ilin sonunadək, il sonunadək, end of the year, year-end, к концу года, по итогам года: the end of the article's
    // own year
    re: new RegExp(
      String.raw`${B}(?:(?:bu\s+)?yıl\s*sonu\p{L}*|(?:bu\s+)?ilin\s+sonun\p{L}*|(?<![\p{N}][\p{L}-]*\s)(?:bu\s+)?il\s+sonun\p{L}*|(?:by\s+|at\s+)?(?:the\s+)?end\s+(?:of\s+)?the\s+year|year[-\s]end(?!\s+(?:19|20)\d{2})|full[-\s]year|(?:к|до)\s+конц\p{L}\s+(?:этого\s+|текущего\s+)?года|по\s+итогам\s+(?:этого\s+|текущего\s+)?года)${E}`,
      'gu',
    ),
    read: (_m, published) => {
      const year = publishedYear(published)
      return { value: year === null ? null : `${year}-12-31`, role: 'deadline', relative: true }
    },
  },
  {
    // "(2024 – 6,7 milyon ton)", "(2025: 1.15 million TEU)", "(2024: USD 2,310)": a year that labels the figure after it
    re: new RegExp(String.raw`(?<=\(\s*)${YEAR}(?=\s*[-–—:]\s*(?:(?:\p{L}{3}|[$€£¥₸₼₺₽])\s?)?\p{N})`, 'gu'),
    read: (m) => point(m[1] ?? null),
  },
  ...RELATIVE_YEARS.map(({ source, offset }): Matcher => ({
    re: new RegExp(
      String.raw`${B}(?:(?:by|until|before)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:(?:к|до)\s+конц\p{L}\s+)?(?:${source})${E}(?:\s+(${END_WORD}))?`,
      'gu',
    ),
    read: (m, published) => readRelative(m[0], m[1], published, offset),
  })),
]

/**
 * Whether a count agrees with the Russian word for years after it: 1, 21 … "год"; 2–4, 22–24 … "года"; else "лет".
 * Other languages' words always agree.
 */
function agreesInRussian(count: number, phrase: string): boolean {
  const word = /(?<![\p{L}])(год|года|лет)(?![\p{L}])/u.exec(phrase)?.[1]
  if (word === undefined) return true
  const [last, lastTwo] = [count % 10, count % 100]
  const form =
    last === 1 && lastTwo !== 11 ? 'год' : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'года' : 'лет'
  return word === form
}

/** A small count in digits or in words of any of the four languages ("8", "sekiz", "eight", "восемь"). */
const smallCount = (word: string): number | null =>
  /^\d+$/u.test(word)
    ? Number(word)
    : (['tr', 'az', 'en', 'ru'].map((lang) => parseNumberWords([word], lang)).find((v) => v !== null) ?? null)

/**
 * The year of a part of a year named without one ("yanvar-noyabr", "the first quarter"): the article's year when that
 * part has ended by the article's month, else the year before (a January report on January–November).
 */
function partOfYear(lastMonth: number | null, published: string | null): Found | null {
  if (lastMonth === null) return null
  if (published === null) return { value: null, role: 'point', relative: true }
  const year = Number(published.slice(0, 4))
  const month = Number(published.slice(5, 7))
  const found = point(String(lastMonth <= month ? year : year - 1), true)
  if (!found || lastMonth < month) return found
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return { ...found, ahead: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}` }
}

function dayMonth(before: string, published: string | null, month: number | null, day: number): Found | null {
  if (month === null) return null
  const { year, relative } = impliedYear(before, published)
  if (year === null) return { value: null, role: 'point', relative: true }
  const value = isoDay(year, month, day)
  if (value === null) return null
  // "from January 1" in October: a plan's day is the next one, what was is this year's (see `DateMention.ahead`); a day
  // earlier in the article's own month stays this year's, as a month alone does ("17 oktyabr" in a notice of the 19th)
  const earlierMonth = published !== null && month < Number(published.slice(5, 7))
  const next = relative && earlierMonth && value < (published ?? '') ? isoDay(year + 1, month, day) : null
  return next === null ? { value, role: 'point', relative } : { value, role: 'point', relative, ahead: next }
}

/** A year in the genitive right before a part of it: "2025-ci ilin", "2025 yılının", "geçen yılın", "ötən ilin". */
const YEAR_OF_BEFORE = /(?:((?:19|20)\d{2})\S*|(geçen|ötən|keçən|last)|bu|this)\s+(?:yılın(?:ın)?|ilin|year's)\s*$/u

/**
 * "geçen yılın ilk dokuz ayı", "ötən ilin birinci rübü", "2024 yılının ilk yarısı": a part of a year named after the
 * year it belongs to, whose year that is; null when no year stands before it.
 */
function partOfNamedYear(text: string, at: number, published: string | null): Found | null {
  const named = YEAR_OF_BEFORE.exec(text.slice(Math.max(0, at - 24), at))
  if (!named) return null
  const year = publishedYear(published)
  if (named[1]) return point(named[1])
  return year === null
    ? { value: null, role: 'point', relative: true }
    : point(String(named[2] ? year - 1 : year), true)
}

/** Ordinals of a quarter after the first, in the four languages and in Roman numerals, folded ("III" is "ııı" in az). */
const ORDINAL_QUARTERS = [
  /^(?:second|ikinci|втор\p{L}*|[iı]{2})$/u,
  /^(?:third|üçüncü|трет\p{L}*|[iı]{3})$/u,
  /^(?:fourth|dördüncü|четв[её]рт\p{L}*|[iı]v)$/u,
]

/** Reads a year with its case ending, year word and "end of": only these make a bare number a year. */
function readYear(year: string, suffix: string, yearWord: string | undefined, end: string | undefined): Found | null {
  if (end) return { value: `${year}-12-31`, role: 'deadline', relative: false }
  if (!suffix && !yearWord) return null
  if (/d[əe]k$/u.test(yearWord ?? suffix)) return { value: year, role: 'deadline', relative: false }
  return point(year)
}

function readRelative(words: string, end: string | undefined, published: string | null, offset: number): Found {
  const year = publishedYear(published)
  const value = year === null ? null : String(year + offset)
  if (end || /end\s+of|конц/u.test(words)) {
    return { value: value === null ? null : `${value}-12-31`, role: 'deadline', relative: true }
  }
  const role = /^(?:by|until|before)\s/u.test(words) ? 'deadline' : 'point'
  return { value, role, relative: true }
}

/** A postposition after a dative ("2030'a kadar", "ilə qədər") or a preposition ("by", "к") makes a date a deadline. */
const DEADLINE_AFTER = new RegExp(String.raw`^\s+(?:kadar|dek|değin|qədər|kimi)${E}`, 'u')
const DATIVE_END = /(?:[aeə]|d[əe]k)$/u

function asDeadline(folded: string, mention: DateMention): DateMention {
  if (mention.role === 'period' || mention.value === null) return mention
  const after = DEADLINE_AFTER.exec(folded.slice(mention.end, mention.end + 12))
  const matched = folded.slice(mention.start, mention.end)
  if (after && DATIVE_END.test(matched)) {
    return { ...mention, end: mention.end + after[0].length, role: 'deadline' }
  }
  if (/d[əe]k$/u.test(matched) && mention.role === 'point') return { ...mention, role: 'deadline' }
  return mention
}

/** Keeps the longest of overlapping mentions (the first matcher wins a tie), in text order. */
function dropOverlaps(mentions: DateMention[]): DateMention[] {
  const ranked = mentions
    .map((mention, order) => ({ mention, order }))
    .sort((a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || a.order - b.order)
  const kept: DateMention[] = []
  for (const { mention } of ranked) {
    if (kept.every((k) => mention.end <= k.start || mention.start >= k.end)) kept.push(mention)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Finds the date expressions in a sentence and resolves them against the article's publication date
 * ('YYYY-MM-DD' or null): full and partial dates, years with case endings, deadlines ("2030 yılına kadar",
 * "by 2030", "2026-cı ilin sonuna"), relative years ("geçen yıl") and periods ("son 3 yılda").
 * Spans are offsets into `text`; relative expressions in an undated article keep a null value.
 */
export const findDates: (text: string, lang: string, published: string | null) => readonly DateMention[] =
  rememberRecent(findDatesAfresh)

function findDatesAfresh(text: string, lang: string, published: string | null): DateMention[] {
  const folded = foldCase(text, lang)
  const found: DateMention[] = []
  for (const { re, read } of MATCHERS) {
    re.lastIndex = 0
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const result = read(m, published, folded)
      if (result) found.push({ start: m.index, end: m.index + m[0].length, ...result })
      if (m[0].length === 0) re.lastIndex++
    }
  }
  found.push(...findWeekdayDates(folded, published))
  return joinYearAndPart(folded, dropOverlaps(found)).map((mention) => asDeadline(folded, mention))
}

/**
 * "geçen yılın | ilk dokuz ayındaki", "2025-ci ilin | üçüncü rübündə": a year in the genitive and the part of it named
 * next are one date, so that an attribute's ending ("-daki") belongs to the whole.
 */
function joinYearAndPart(folded: string, mentions: readonly DateMention[]): DateMention[] {
  const joined: DateMention[] = []
  for (const mention of mentions) {
    const year = joined.at(-1)
    const genitive = year && /(?:yılın|yılının|ilin|year's)$/u.test(folded.slice(year.start, year.end))
    const ofYear = year?.value != null && mention.value?.slice(0, 4) === year.value
    if (year && genitive && ofYear && /^\s+$/u.test(folded.slice(year.end, mention.start))) {
      joined[joined.length - 1] = { ...mention, start: year.start, relative: year.relative && mention.relative }
    } else joined.push(mention)
  }
  return joined
}
