/**
 * Date vocabulary shared by the header parser and `findDates`: month names, number words, year words and relative
 * year words, all lower case (as `foldCase` gives them) and written as regex source for the `u` flag.
 */

/** Word edges the date patterns use, since `\b` gets "ş", "ə" and Cyrillic wrong: no letter or digit before, after. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`
export const WORD_END = String.raw`(?![\p{L}\p{N}])`

interface MonthForms {
  /** Turkish and Azerbaijani names: they take case endings, glued or after an apostrophe ("ekim'de", "oktyabrın"). */
  turkic: readonly string[]
  /** Names and abbreviations that do not inflect: English ones, and Russian abbreviations ("3 фев", "15 дек"). */
  uninflected: readonly string[]
  /** Russian stems: the ending carries the case ("октября", "октябре"). */
  russian: readonly string[]
}

const MONTHS: readonly MonthForms[] = [
  { turkic: ['ocak', 'yanvar'], uninflected: ['january', 'jan', 'янв'], russian: ['январ'] },
  { turkic: ['şubat', 'fevral'], uninflected: ['february', 'feb', 'фев'], russian: ['феврал'] },
  { turkic: ['mart'], uninflected: ['march', 'mar', 'мар'], russian: ['март'] },
  { turkic: ['nisan', 'aprel'], uninflected: ['april', 'apr', 'апр'], russian: ['апрел'] },
  { turkic: ['mayıs', 'may'], uninflected: [], russian: ['ма[йяе]'] },
  { turkic: ['haziran', 'iyun'], uninflected: ['june', 'jun'], russian: ['июн'] },
  { turkic: ['temmuz', 'iyul'], uninflected: ['july', 'jul'], russian: ['июл'] },
  { turkic: ['ağustos', 'avqust'], uninflected: ['august', 'aug', 'авг'], russian: ['август'] },
  { turkic: ['eylül', 'sentyabr'], uninflected: ['september', 'sept', 'sep', 'сент', 'сен'], russian: ['сентябр'] },
  { turkic: ['ekim', 'oktyabr'], uninflected: ['october', 'oct', 'окт'], russian: ['октябр'] },
  { turkic: ['kasım', 'noyabr'], uninflected: ['november', 'nov', 'ноя'], russian: ['ноябр'] },
  { turkic: ['aralık', 'dekabr'], uninflected: ['december', 'dec', 'дек'], russian: ['декабр'] },
]

/**
 * Turkish and Azerbaijani month names that a case ending may make a date alone ("şubatta", "fevralda", "noyabrdakı"):
 * all but Turkish "ekim" (also sowing) and "aralık" (also a range), which date only with "ayında".
 */
export const TURKIC_LOCATIVE_MONTHS = MONTHS.flatMap((month) => month.turkic)
  .filter((form) => form !== 'ekim' && form !== 'aralık')
  .join('|')

const byLength = (forms: string[]) => forms.sort((a, b) => b.length - a.length).join('|')
const TURKIC = byLength(MONTHS.flatMap((month) => [...month.turkic]))
const UNINFLECTED = byLength(MONTHS.flatMap((month) => [...month.uninflected]))
const RUSSIAN = byLength(MONTHS.flatMap((month) => [...month.russian]))

/**
 * Regex source matching one month word in any supported language and case form; callers add word boundaries.
 * Each language's tail is written once: repeating Unicode classes per name makes the regex slow to compile.
 */
export const MONTH_SOURCE = String.raw`(?:(?:${TURKIC})(?:['’]?\p{L}{1,7})?|(?:${UNINFLECTED})\.?|(?:${RUSSIAN})\p{L}{0,3})`

const MONTH_PREFIXES = MONTHS.flatMap((forms, index) =>
  [...forms.turkic, ...forms.uninflected, ...forms.russian].map((form) => ({
    prefix: new RegExp(`^${form}`, 'u'),
    month: index + 1,
    length: form.length,
  })),
).sort((a, b) => b.length - a.length)

/** Gives the month number (1–12) of a folded month word such as "oktyabrın", "Oct." or "октября", or null. */
export function monthNumber(word: string): number | null {
  for (const { prefix, month } of MONTH_PREFIXES) if (prefix.test(word)) return month
  return null
}

/** Small cardinal words (tr, az, en, ru) that count the years of a period ("son üç yılda", "past three years"). */
export const NUMBER_WORD_SOURCE = [
  'iki',
  'üç',
  'dört',
  'dörd',
  'beş',
  'altı',
  'yedi',
  'yeddi',
  'sekiz',
  'səkkiz',
  'dokuz',
  'doqquz',
  'on',
  'yirmi',
  'iyirmi',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'several',
  'few',
  'два',
  'двух',
  'две',
  'три',
  'трёх',
  'трех',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'несколько',
].join('|')

/**
 * "Year" in the case forms that follow a number or a relative adjective: Turkish "yılı/yılında/yılına",
 * Azerbaijani "il/ilin/ildə/ilə/ilədək", English "year(s)", Russian "год/года/году/лет/г.".
 */
export const YEAR_WORD_SOURCE = String.raw`(?:yıl(?:ı(?:n(?:ın|a|da|dan|ı)?)?|da|dan|a|ki|l[ıa]\p{L}*)?|il(?:in(?:də|dən|ə|dək)?|ində|inə|də|dən|ə(?:dək)?|dək|ki|i|lər\p{L}*|lik\p{L}*)?|years?|год(?:а|у|ом)?|лет|г\.)`

/**
 * The kind of year a relative year may name, dated by the calendar year it starts in: "bu akademik yılda", "ötən
 * maliyyə ilində", "this financial year", "в этом учебном году".
 */
const YEAR_KIND = String.raw`(?:(?:akademik|eğitim-öğretim|mali|tədris|maliyyə|academic|financial|fiscal|school|учебн\p{L}*|финансов\p{L}*)\s+)?`

/** Relative year expressions and their offset from the publication year. */
export const RELATIVE_YEARS: readonly { source: string; offset: number }[] = [
  {
    source: String.raw`(?:geçen|geçtiğimiz|ötən|keçən|(?:bir\s+)?önceki|əvvəlki)\s+${YEAR_KIND}${YEAR_WORD_SOURCE}`,
    offset: -1,
  },
  { source: String.raw`(?:last|previous)\s+${YEAR_KIND}year`, offset: -1 },
  { source: String.raw`(?:в\s+)?прошл\p{L}*\s+${YEAR_KIND}год\p{L}*`, offset: -1 },
  // a year back from the time told about: "a year earlier", "год назад", "bir il əvvəl" (see YEAR_EARLIER)
  { source: String.raw`(?:a|one)\s+year\s+(?:earlier|ago|before)`, offset: -1 },
  { source: String.raw`(?:год\s+назад|годом\s+ранее|годом\s+раньше)`, offset: -1 },
  { source: String.raw`bir\s+(?:yıl|il)\s+(?:önce|evvel|əvvəl|öncə)`, offset: -1 },
  { source: String.raw`(?:bu|cari)\s+${YEAR_KIND}${YEAR_WORD_SOURCE}`, offset: 0 },
  { source: String.raw`(?:this|the\s+current)\s+${YEAR_KIND}year`, offset: 0 },
  {
    source: String.raw`(?:в\s+)?(?:этом|этого|текущем|текущего|нынешнем|нынешнего)\s+${YEAR_KIND}год\p{L}*`,
    offset: 0,
  },
  { source: String.raw`(?:gelecek|önümüzdeki|gələn|növbəti)\s+${YEAR_WORD_SOURCE}`, offset: 1 },
  { source: String.raw`next\s+year`, offset: 1 },
  { source: String.raw`(?:в\s+)?(?:следующем|следующего|будущем|будущего)\s+год\p{L}*`, offset: 1 },
]

/** A relative year counted back from the time a sentence tells about, not from the article's date. */
export const YEAR_EARLIER = /(?:earlier|ago|before|назад|ранее|раньше|önce|evvel|əvvəl|öncə)$/u

/**
 * A Russian month as an adjective before its occasion: "на октябрьском заседании комиссии", "в ходе сентябрьского
 * визита", "майский саммит". It dates the occasion as the month named alone would.
 */
const RU_MONTH_STEMS = [
  'январск',
  'февральск',
  'мартовск',
  'апрельск',
  'майск',
  'июньск',
  'июльск',
  'августовск',
  'сентябрьск',
  'октябрьск',
  'ноябрьск',
  'декабрьск',
]
const MONTH_ADJECTIVE = new RegExp(String.raw`(?<![\p{L}])(${RU_MONTH_STEMS.join('|')})\p{L}*`, 'gu')

/** The months written as adjectives in a folded Russian text, with where each stands. */
export function monthAdjectives(folded: string): { start: number; end: number; month: number }[] {
  return [...folded.matchAll(MONTH_ADJECTIVE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    month: RU_MONTH_STEMS.indexOf(m[1] ?? '') + 1,
  }))
}
