import type { DateMention, Span } from '../types'

// The roles a date plays in a sentence besides dating its figures: the base of a comparison ("compared with 2024",
// "ötən ilin eyni dövründən"), the start of a span up to now ("since 2018", "bu yana"), or an attribute of one value
// ("2023-cü ildəki 18 dollardan").

/**
 * Words around a date that make it the base of a comparison: a postposition up to three words after it ("2023-cü illə
 * müqayisədə", "ötən ilin eyni dövrü ilə müqayisədə", "geçen yılın aynı dönemine göre"), an ablative of its phrase
 * before a comparative ("ötən ilin eyni dövründəkindən üç dəfə çoxdur", "geçen yılın aynı döneminden daha fazla"), or
 * a comparative up to five words before it ("than in the same period of last year", "чем за аналогичный период
 * прошлого года", "up from", "twice as many as a year earlier"), a Russian one with its base in the genitive ("вдвое
 * больше показателя аналогичного периода прошлого года").
 */
const BASE_AFTER =
  /^(?:[\s,]*[\p{L}\p{N}'’-]+){0,3}?\s*(?:müqayisədə|nisbətən|göre|görə|kıyasla|oranla|karşılaştırıldığında|ilə müqayisədə)(?![\p{L}])|^(?:[\s,]*[\p{L}'’-]+){0,3}?(?:dan|den|dən|tan|ten|tən)\s+(?:[\p{L}\p{N},.%]+\s+){0,3}?(?:daha\s+)?(?:çox|az|artıq|fazla|yüksək|yüksek|aşağı|düşük)(?:d[ıiuü]r|t[ıiuü]r)?(?![\p{L}])/u
/** "geçen yılın iki katına çıktı", "ötən ilin iki mislinə çatıb": a multiple of a year in the genitive compares with it. */
const MULTIPLE_OF_GENITIVE = /(?:ın|in|un|ün)$/u
const MULTIPLE_AFTER =
  /^\s+(?:\d+(?:[.,]\d+)?|\p{L}+)(?:\s+buçuk)?\s+(?:kat(?:ına|ı|ından|ını)|misl(?:inə|i|indən)|qat(?:ına|ı))(?![\p{L}])/u

/**
 * "2025-ci ilin yekunlarına görə", "2025 yılı verilerine göre": "according to a year's results" gives the figure's
 * own year, where "2024'e göre" compares with it.
 */
const ACCORDING_TO_RESULTS =
  /^(?:[\s,]*[\p{L}\p{N}'’-]+){0,2}?\s*(?:yekun|nəticə|sonuç|veri|məlumat|rakam|hesabat|rapor|istatisti|statistik)\p{L}*\s+(?:göre|görə)(?![\p{L}])/u
// the words between may hold the base's own amount after a comparison's own words ("compared with AZN 17.9 million in
// the first quarter of 2025", "up from 2.4 million tonnes in 2024", "по сравнению с 2,4 млн тонн в 2024 году"), not after
// "than" or "as many as", where a number is a bound ("more than 4,300 trains in the first nine months"); a comma ends it;
// "from" right after an amount, then an amount, opens a change's start ("the margin rose to 31.9% from 29.4% in 2024"),
// not a deadline's words ("to 12 from seven by the end of 2027")
const BASE_BEFORE =
  /(?<![\p{L}])(?:(?:compared(?: with| to)?|up from|down from|versus|по сравнению(?: с)?|против)((?:\s+(?:[\p{L}–—-]+|[$€£]?\d(?:[\d.,]*\d)?%?)){0,8})|(?<![\p{L}])(?:as many as|as much as|(?:from|on|over) (?:the )?same|than|чем|больше|меньше|выше|ниже)((?:\s+[\p{L}–—-]+){0,5})|(?<=\d%?\s)from((?:\s+[$€£]?\d(?:[\d.,]*\d)?%?)(?:\s+(?!by\b|until\b)[\p{L}–—-]+){0,4}))\s*$/u
/** How far after its year the words of a same-period base may reach ("ötən ilin eyni dövrü ilə"). */
export const SAME_PERIOD_AFTER = 20
/** How far before a date a comparison's words may start ("по сравнению с аналогичным периодом прошлого года"). */
export const BASE_REACH = 60
/**
 * "the same period last year", "аналогичный период прошлого года", "ötən ilin eyni dövrü", "ötən ilin müvafiq
 * dövrü", "geçen yılın aynı dönemi", "the corresponding period", a day's too ("на ту же дату прошлого года", "the same
 * date last year", "geçen yılın aynı gününde"): the base of a comparison made within the year,
 * whose figure is the year's after the base.
 */
export const SAME_PERIOD =
  /(?:same|corresponding) (?:period|months?|quarter|week|time|date|day)|(?:аналогичн|соответствующ)\p{L}* (?:период|недел|месяц|квартал|дат)\p{L}*|(?:эт|т)\p{L}* же (?:период|недел|месяц|квартал|дат|день|дня|числ)\p{L}*|(?:eyni|müvafiq) (?:dövr|həftə|ay|rüb|tarix|gün)\p{L}*|(?:aynı|ilgili) (?:dönem|hafta|ay|çeyrek|tarih|gün)\p{L}*/u
/** How far before its year the words of a same-period base may start ("in the same period last year"). */
const SAME_PERIOD_BEFORE = 30
/**
 * "Geçen yılın aynı haftasında ton fiyatı 1.890 dolardı", "In the same period last year …": a year named for the same
 * stretch of an earlier year gives a comparison's background, and the story stays in its own year.
 */
export const isSamePeriodBack = (folded: string, d: Span) =>
  SAME_PERIOD.test(folded.slice(Math.max(0, d.start - SAME_PERIOD_BEFORE), d.end + SAME_PERIOD_AFTER))
/** A date that starts a span up to now ("2018-ci ildən bəri", "since 2011", "с 2011 года"): no figure's own year. */
const SINCE_AFTER = /^\s*(?:bəri|beri|bu yana|günümüze|bugüne)/u
const SINCE_BEFORE =
  /(?<![\p{L}])(?:since|ever since|с|со)(?:\s+(?:the\s+)?(?:start|beginning|end|early|late|начала|конца|середины)(?:\s+of)?)?\s*$/u

export const yearOf = (d: DateMention) => Number(d.value?.slice(0, 4))

/** "2025 yılında bir önceki yıla göre": a relative year between a date and "göre" is the base, not the date. */
const RELATIVE_YEAR_WORD = /(?:^|\s)(?:önceki|öncəki|evvelki|əvvəlki|geçen|ötən)\s/u
/**
 * "up 9% from 2024", "12% on 2024", "up 15% on a year ago": a change's size right before a year that opens with "from", "on" or "over"
 * makes that year its base (Russian "к 2030 году" is a deadline, and its base is written "по сравнению с").
 */
const SIZE_BEFORE = /\d\s*(?:%|per ?cent|процент\p{L}*)\s*$/u
const BASE_OPENER = /^(?:from|on|over)\s/u
// "up 15% on a year ago": the opener may stand before a relative date's own words, and before the part of the year it
// names ("up 19% on the first quarter of 2025", "down 4% from the same six months of 2024")
const SIZE_AND_OPENER_BEFORE =
  /\d\s*(?:%|per ?cent|процент\p{L}*)\s+(?:from|on|over)\s+(?:(?:the\s+)?(?:(?:first|second|third|fourth|last|same|previous|prior)\s+)?(?:(?:three|six|nine|twelve)\s+)?(?:quarter|half|months|weeks|period)\s+)?$/u
const isBaseAfterSize = (folded: string, d: DateMention) =>
  (BASE_OPENER.test(folded.slice(d.start, d.end)) &&
    SIZE_BEFORE.test(folded.slice(Math.max(0, d.start - 16), d.start))) ||
  SIZE_AND_OPENER_BEFORE.test(folded.slice(Math.max(0, d.start - 60), d.start))

export const isBase = (folded: string, d: DateMention) => {
  // "2018 yılından bu yana limandan 5 milyon tondan fazla": the start of a span up to now is no comparison's base
  if (SINCE_AFTER.test(folded.slice(d.end, d.end + 12))) return false
  if (isBaseAfterSize(folded, d)) return true
  const after = folded.slice(d.end, d.end + 40)
  if (MULTIPLE_OF_GENITIVE.test(folded.slice(d.start, d.end)) && MULTIPLE_AFTER.test(after)) return true
  const compared = BASE_AFTER.exec(after)
  return (
    (compared !== null && !RELATIVE_YEAR_WORD.test(compared[0]) && !ACCORDING_TO_RESULTS.test(after)) ||
    baseAmountBefore(folded, d) !== null
  )
}
/** Where the words between a comparison and its base's date stand ("compared with [AZN 17.9 million in] 2025"), or null. */
export function baseAmountBefore(folded: string, d: Span): Span | null {
  const from = Math.max(0, d.start - BASE_REACH)
  const match = BASE_BEFORE.exec(folded.slice(from, d.start))
  const words = match?.[1] ?? match?.[2] ?? match?.[3]
  return match && words !== undefined ? { start: d.start - words.length, end: d.start } : null
}
/** "compared with AZN 17.9 million in the first quarter of 2025": the base's date is its own amount's year. */
export const datesBaseAmount = (folded: string, d: Span, span: Span) => {
  const amount = baseAmountBefore(folded, d)
  return amount !== null && span.start >= amount.start && span.end <= amount.end
}
/**
 * "2023-cü ildəki 18 dollardan 27 dollara", "2022'deki 2.500 adetten": a year made an attribute (-dəki, -daki, -deki)
 * dates the value right after it, the start of a change; it neither dates the change's end nor frames the story.
 */
const YEAR_TAIL = /^(?:\S*\s+(?:il|yıl)\p{L}*|\S*)/u
const attributeEnd = (folded: string, d: Span) => d.end + (YEAR_TAIL.exec(folded.slice(d.end))?.[0].length ?? 0)
/**
 * The same told in English and Russian: a year between the two ends of a change dates its start ("from 2,500 units in
 * 2022 to 8,000", "с 2 500 единиц в 2022 году до 8 000").
 */
const CHANGE_START_BEFORE = /(?:^|\s)(?:from|с|со)\s+\d[\d\s.,]*(?:\s*\p{L}+){0,2}\s*$/u
const CHANGE_END_AFTER = /^\s*,?\s*(?:to|до)\s+\d/u

/** Where the value a change-starting year dates stands ("ildəki [18 dollardan]", "[from 2,500 units] in 2022"), or null. */
function startValueOf(folded: string, d: Span): Span | null {
  // "ötən ilki 6 saatdan", "geçen yılki 6 saatten": a relative year made an attribute (-ki) does the same
  if (/(?:(?:d|t)[aeə]k[iı]|(?:yıl|il)ki)$/u.test(folded.slice(d.start, attributeEnd(folded, d)))) {
    // the noun the attribute qualifies may come first: "noyabrdakı tonu 238 dollardan" (a price per tonne)
    const end = attributeEnd(folded, d)
    const noun = /^\s+\p{L}+(?=\s+\d)/u.exec(folded.slice(end))?.[0].length ?? 0
    return { start: end, end: end + noun + ATTRIBUTE_GAP + 1 }
  }
  const before = CHANGE_START_BEFORE.exec(folded.slice(Math.max(0, d.start - 40), d.start))
  if (!before || !CHANGE_END_AFTER.test(folded.slice(d.end))) return null
  return { start: d.start - before[0].length, end: d.start }
}
export const isAttributive = (folded: string, d: Span) => startValueOf(folded, d) !== null
/** Characters between an attributive year and the value it dates ("ildəki 18"). */
const ATTRIBUTE_GAP = 2
export const datesValueAfter = (folded: string, d: Span, span: Span) => {
  const value = startValueOf(folded, d)
  return value !== null && span.start >= value.start && span.start <= value.end
}

/** "since 2018", "с 2018 года": the date expression itself may open with the word. */
const SINCE_OPEN = /^(?:since|ever since|с|со)\s/u
const isSince = (folded: string, d: DateMention) =>
  SINCE_OPEN.test(folded.slice(d.start, d.end)) ||
  SINCE_AFTER.test(folded.slice(d.end, d.end + 12)) ||
  SINCE_BEFORE.test(folded.slice(Math.max(0, d.start - 12), d.start))

/**
 * "31.12.2025 tarihli konsolide finansal tablolarında", "12.03.2026 tarixli qərar", "the accounts dated 31 December
 * 2025": a date that names a document dates that document and what its own clause says, not the figures of the
 * sentence's other clauses nor the story after it.
 */
const DOCUMENT_DATE_AFTER = /^\s*(?:tarihli|tarixli)(?![\p{L}])/u
const DOCUMENT_DATE_BEFORE = /(?:^|\s)dated\s+$/u
export const datesDocument = (folded: string, d: Span) =>
  DOCUMENT_DATE_AFTER.test(folded.slice(d.end, d.end + 12)) ||
  DOCUMENT_DATE_BEFORE.test(folded.slice(Math.max(0, d.start - 8), d.start))

/**
 * A dated point in time that can be a figure's own year: not a comparison's base, not the start of a span, unless
 * the span starts in the article's own year ("с начала этого года", "since the start of the year": that year's).
 */
/**
 * "автомобилей 2018 года выпуска", "2021-ci il buraxılışlı sedan", "2019 model araç", "a 2019 model year car", "built
 * in 2008": the year a thing was made, an attribute of the thing, which dates no figure.
 */
const MADE_IN_YEAR_AFTER =
  /^(?:\s*(?:года|г\.)?\s*выпуска|(?:-?\s*(?:ci|cı|cu|cü)?\s+il)?\s+buraxılış\p{L}*|\s+model(?:\s+(?:yılı|year))?(?![\p{L}])|\s*-built)/u
const MADE_IN_YEAR_BEFORE =
  /(?:year of (?:manufacture|make)|model year|built in|выпуска|üretim yılı|buraxılış ili)\s*:?\s*$/u
const isMadeInYear = (folded: string, d: Span) =>
  MADE_IN_YEAR_AFTER.test(folded.slice(d.end, d.end + 24)) ||
  MADE_IN_YEAR_BEFORE.test(folded.slice(Math.max(0, d.start - 24), d.start))

export const isOwnPoint =
  (folded: string, published: number | null = null) =>
  (d: DateMention): boolean =>
    d.value !== null &&
    d.role === 'point' &&
    !isBase(folded, d) &&
    !isMadeInYear(folded, d) &&
    (!isSince(folded, d) || (published !== null && yearOf(d) === published))

/** A year alone in brackets after a value, a few words and no other number between: "9.8 days (2025)". */
export const isYearLabelOf = (text: string, span: Span, d: DateMention) =>
  d.value?.length === 4 &&
  d.start > span.end &&
  /^[^\d()]{0,20}$/u.test(text.slice(span.end, d.start)) &&
  text[d.start] === '('

/** Whether a clause holds a point it runs from ("since 2021", "2016'dan bu yana"), not a range ("с 2006 по 2025"). */
export const hasSinceInClause = (dates: readonly DateMention[], folded: string, clause: Span): boolean =>
  dates.some((d) => d.role === 'point' && d.start >= clause.start && d.end <= clause.end && isSince(folded, d))

/** "həmin il", "aynı yıl", "that year", "в том же году": the year the sentences before have just named. */
export const THAT_YEAR =
  /(?<![\p{L}])(?:həmin\s+il\p{L}*|o\s+ildə|aynı\s+yıl\p{L}*|o\s+yıl(?:da)?|that\s+(?:same\s+)?year|the\s+same\s+year|в\s+том\s+же\s+году|в\s+тот\s+(?:же\s+)?год|в\s+том\s+году)(?![\p{L}])/u

/**
 * "К 2025 году академия подготовила более 1 900 специалистов", "by the end of 2025, 96,000 ha had been converted",
 * "2019 sonunda 2,7 milyon tona gerilemişti": a deadline already past, on a figure told as done, is the year it was
 * done by.
 */
export const isPastDeadline = (folded: string, d: DateMention, published: number | null) =>
  d.role === 'deadline' &&
  d.value !== null &&
  published !== null &&
  yearOf(d) < published &&
  // "+35% к 2024 году" sets a change against 2024
  !/[\d%]\s*$/u.test(folded.slice(Math.max(0, d.start - 3), d.start))
