import { findDates } from '../lexicon/dates'
import { findQuantities } from '../lexicon/numbers'
import { foldCase } from '../lexicon/text'
import { plainScale, timeUnitOf } from '../lexicon/scale-phrases'
import { denominatorWord } from '../lexicon/unit-rates'
import { metricSlug, resolveMetric, unnamedMetric, type MetricChoice } from './figure-metric'

// What a table's caption and head say of its cells: their unit, their date, their measure, and which columns hold
// changes or ranks rather than amounts.

/** A year as a row's label ("2024 | 63 000"). */
export const YEAR_LABEL = /^(?:19|20)\d{2}$/u

/** A ratio's label in times: "Xalis borc / EBITDA, dəfə", "Net debt / EBITDA, x", "Чистый долг / EBITDA, раз". */
const TIMES_UNIT = /^(?:dəfə|kat|kez|раз|раза|times|x)$/iu

/** A percent's label with no number to follow: "(yüzde)", "(в %)", "(в процентах)" ("yüzde 5" puts its word first). */
const PERCENT_UNIT = /^(?:yüzde|в\s*%|в\s+процентах)$/iu

/** A caption's short scales in the words a number's scale is read in: "KZT bn" is in billions of tenge. */
const SCALE_WORDS: Readonly<Record<string, string>> = { mn: 'million', m: 'million', bn: 'billion' }

/** Reads a unit from words like "(ton)", "млн долларов", "Həcm, min ton": the unit "1 <words>" would have, if any. */
export function unitOf(given: string, lang: string): { unit: string; factor: number } | null {
  const words = plainScale(given.trim())
  if (TIMES_UNIT.test(words.trim())) return { unit: 'multiplier', factor: 1 }
  if (PERCENT_UNIT.test(words.trim())) return { unit: 'percent', factor: 1 }
  // a currency sign stands before its number: "$/т" reads as "$1/т"
  const sign = /^([$€£₼₸₽])\s*(.*)$/u.exec(words.trim())
  // "USD million", "US$ bn", "AZN mln": a caption may put the scale after the currency; a number puts it before
  const scaleLast = /^(\S+)\s+(millions?|mn|m|billions?|bn|thousands?|mln|mlrd|млн|млрд|тыс\.?)$/iu.exec(words.trim())
  // "$ million": a scale in words follows the number after a space, an abbreviation ("$m", "$ bn") glued to it
  const spaced = sign?.[2] !== undefined && /^\p{L}/u.test(sign[2]) && !/^(?:k|m|b|mn|bn|tn)$/iu.test(sign[2])
  const phrase = sign
    ? `${sign[1]}1${spaced ? ' ' : ''}${sign[2]}`
    : scaleLast
      ? `1 ${SCALE_WORDS[(scaleLast[2] ?? '').toLowerCase()] ?? scaleLast[2]} ${scaleLast[1]}`
      : `1 ${words}`
  // a count is a unit only with its scale in words ("(bin adet lastik)", "тыс. шт."): alone, "(kişi)" says nothing of
  // it, and "(100 üzerinden)" gives a score's scale, no factor
  const scaled = (q: { unit: string; value: number }) => q.value !== 1 && /^\p{L}/u.test(words.trim())
  const found = findQuantities(phrase, lang).find((q) => q.start === 0 && (q.unit !== 'count' || scaled(q)))
  return found ? { unit: found.unit, factor: found.value } : null
}

/**
 * The words after a head's or caption's last comma or semicolon, where its unit stands ("Həcm, min ton" → "min ton",
 * "(IFRS, audited; KZT millions)" → "KZT millions").
 */
export const afterLastComma = (text: string) => text.replace(/^.*[,;]\s*/u, '')

/** "(KZT bn unless stated)", "(mln manat, aksi göstərilməyibsə)": the unit of every row that names none of its own. */
const UNLESS_STATED =
  /,?\s+(?:unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)|if\s+not\s+(?:stated|noted)|aksi\s+(?:belirtilmedikçe|belirtilmediği\s+sürece|göstərilməyibsə)|если\s+не\s+указано(?:\s+иное)?)$/iu

/** The unit words end a caption or head with: in a parenthesis ("(ton)", "(USD/ton):") or after a comma (", TEU"). */
export function trailingUnit(text: string, lang: string) {
  const inParenthesis = /\(([^()]+)\)\s*:?\s*$/u.exec(text)?.[1]?.replace(UNLESS_STATED, '')
  const unitOrTime = (words: string) => unitOf(words, lang) ?? timeUnitOf(words)
  // "(respondentlərin payı, %)": the measure's name, then its unit after the comma
  if (inParenthesis)
    return unitOrTime(inParenthesis) ?? (/[,;]/u.test(inParenthesis) ? unitOrTime(afterLastComma(inParenthesis)) : null)
  return /,/u.test(text) ? unitOrTime(afterLastComma(text).replace(/:\s*$/u, '')) : null
}

/** A caption's last words that name a change's column: "ve değişim (%)", "and change (%)", "и изменение (%)". */
const CHANGE_PERCENT_END = /\s+(?:ve|və|and|и)\s+(?:değişim|dəyişmə|change|изменени\p{L}*)\s*(?:\(%\)|,\s*%)\s*:?\s*$/iu

/**
 * The unit a caption gives its table: at its end, else in one of its comma's parts ("CFM SPOT ASSESSMENTS, USD per
 * container, all-in, FOB port of loading").
 */
export function captionUnit(caption: string, lang: string) {
  // "… ücreti (ABD doları) ve değişim (%)": the change's percent is its column's; the amounts' unit stands before it
  const amounts = caption.replace(CHANGE_PERCENT_END, '')
  if (amounts !== caption) return captionUnit(amounts, lang)
  const trailing = trailingUnit(caption, lang)
  if (trailing) return trailing
  const parts = caption.split(/,\s+/u).slice(1, -1)
  return parts.map((part) => unitOf(part, lang)).find((unit) => unit !== null) ?? null
}

/**
 * A share, as a statement's line prices its earnings by it: "Pay başına kazanç (TL)", "Earnings per share, KZT". (A
 * dividend per share in a sentence stays an amount, as the corpus counts it.)
 */
const SHARE_WORD = /^(?:share|pay|hisse|səhm|акцию|акция)$/u

/** "per m²", "m² başına", "1 m² üçün", "за м²", "за 1 шт.": the words that give a unit of goods a table's prices are for. */
const PER_UNIT =
  /(?:(?<![\p{L}])(?:per|за)\s+(?:1\s+)?(\S+?)\.?(?=[\s),;:]|$)|(\S+)\s+(?:başına|için|üçün)(?![\p{L}]))/u

/**
 * The unit of goods a caption prices its table's money per ("FİYAT LİSTESİ 1 – PORSELEN KARO (fiyatlar m² başına)",
 * "Prices per piece, USD", "Цены за м², USD"), or null.
 */
export function captionPer(caption: string, lang: string): string | null {
  // "за кв. м", "per sq m": the square metre in two words
  const folded = foldCase(caption, lang).replace(/(?<![\p{L}])(?:кв\.\s?м|sq\.?\s?m)(?![\p{L}])/gu, 'm²')
  const words = PER_UNIT.exec(folded)
  const word = words?.[1] ?? words?.[2]
  if (word && SHARE_WORD.test(word)) return 'share'
  return word ? denominatorWord(word) : null
}

/** The measure a caption names: a known metric its words cue, else the caption itself as the label. */
export function captionMetric(caption: string, head: string, unit: string, lang: string) {
  const title =
    caption
      .replace(/\s*\([^()]*\)\s*:?\s*$/u, '')
      .replace(/,\s*\d{4}\s*\p{L}*\.?\s*$/u, '')
      .replace(/:\s*$/u, '') || head
  const folded = foldCase(title, lang)
  const known = resolveMetric({ folded, previous: [] }, { start: folded.length, end: folded.length }, unit)
  if (known) return { metric: known, knownMetric: true }
  // a caption of no words ("----+----", a rule taken for one) names nothing: the figure is filed by its unit
  const slug = metricSlug(title)
  const metric = slug ? { metric: slug, label: title, sectors: [], defaultUnit: unit } : unnamedMetric(unit)
  return { metric, knownMetric: false }
}

/**
 * A head cell that is a year: alone, after a short name of its part ("9М 2025", "Q3 2025"), in brackets ("Paper
 * (2025)"), or before its months ("2025, yanvar-iyul"); not a date in words ("Electronic (from July 2026)").
 */
export const YEAR_HEAD = /^(?:[\p{L}\p{N}]{1,3}\s)?((?:19|20)\d{2})$|\(((?:19|20)\d{2})\)$|^((?:19|20)\d{2}),\s/u
/**
 * A head cell over the changes of the columns before it: "Изменение", "Change, %", "изменение, п.п.", "Değişim", "y/y",
 * "w/w", "за неделю, %", "Haftalık değişim", "Değişim (%)", "Dəyişmə, faizlə", and over a span of years ("Изм.
 * 2021–2025", "Değişim 2021–2025, %").
 */
export const CHANGE_HEAD =
  /^(?:изм\.|изменени\p{L}*|рост|динамика|за\s+(?:неделю|месяц|год)|[нмг]\/[нмг]|change|chg|[wmqy]\/[wmqy]|yoy|dəyişmə|dəyişiklik|artım|değişim|değişiklik|fark|(?:haftalık|aylık|yıllık|həftəlik|aylıq|illik)(?:\s+(?:değişim|dəyişmə))?)(?:\s*,?\s*(?:за\s+)?(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)\d{2})?(?:\s*,?\s*(?:%|\(%\)|п\.\s?п\.|pp|p\.p\.|puan|\(п\.\s?п\.\)|faizlə|faiz|yüzde|в\s+процентах|процент\p{L}*|per\s*cent))?$/u

/**
 * The date a column's head gives its cells: a year ("2024", "Paper (2025)") or a date it names ("17 октября"). A date
 * after the article's makes the column a plan ("Electronic (from July 2026)"): its cells are targets by that date.
 */
export function columnDate(
  words: string,
  lang: string,
  published: string | null,
  legend: ReadonlyMap<string, boolean> = new Map(),
) {
  // "Урожайность к 2025 г., %", "Change vs 2025", "2025'e göre, %": a change over a base year dates nothing
  if (BASE_YEAR_HEAD.test(foldCase(words.trim(), lang))) return { year: null, deadline: null }
  // "2025A | 2026E", "2024F | 2026P" (F – faktiki, P – proqnoz): an analyst's results and estimates
  const lettered = letteredYear(words, lang)
  if (lettered !== null) {
    const ahead = legend.get(lettered.letter) ?? AHEAD_LETTERS.has(lettered.letter)
    // a budget's year ("2027B") is a plan; every other letter of what is to come, an estimate
    const estimate = ahead && lettered.letter !== 'b'
    return ahead
      ? { year: null, deadline: lettered.year, ...(estimate && { estimate }) }
      : { year: Number(lettered.year), deadline: null }
  }
  // "План на 2026 год", "2026 Bütçe Hedefi", "2026 büdcə proqnozu", "Budget 2026": a plan's column holds its targets
  const planYear = PLANNED_YEAR_HEAD.exec(foldCase(words.trim(), lang))
  const plannedYear = planYear?.[1] ?? planYear?.[2]
  if (plannedYear) return { year: null, deadline: plannedYear }
  // "2025 (факт)", "2025 (gerçekleşme)" are a year's results; "2026 (прогноз)", "2027 (plan)" a forecast by it
  // "2025 оц. | 2026 прогн.", "2025 est. | 2026 proj.": the note may stand without its brackets
  const noted = NOTED_YEAR_HEAD.exec(foldCase(words.trim(), lang))
  const note = noted?.[2] ?? noted?.[3] ?? ''
  if (noted?.[1] && (noted[2] !== undefined || AHEAD_NOTE.test(note) || ACTUAL_NOTE.test(note))) {
    const past = published !== null && noted[1] < published.slice(0, 4)
    const ahead = AHEAD_NOTE.test(note) && !(past && ESTIMATE_NOTE.test(note))
    // a forecast's or a projection's column holds forecasts; a plan's or a target's, targets
    const estimate = !PLAN_NOTE.test(note)
    return ahead
      ? { year: null, deadline: noted[1], ...(estimate && { estimate }) }
      : { year: Number(noted[1]), deadline: null }
  }
  const head = YEAR_HEAD.exec(words.trim())
  const bare = head?.[1] ?? head?.[2] ?? head?.[3] ?? SEASON_YEAR_HEAD.exec(foldCase(words.trim(), lang))?.[1]
  const date = bare ?? findDates(words, lang, published).find((d) => d.value !== null)?.value ?? null
  if (date === null) return { year: null, deadline: null }
  const later = published !== null && date > published.slice(0, date.length)
  // "Ставка до 01.11.2026", "Rate until 1 Nov 2026": what holds until a later day is in force now, no plan
  if (later && UNTIL_HEAD.test(foldCase(words, lang))) return { year: Number(published.slice(0, 4)), deadline: null }
  return later ? { year: null, deadline: date } : { year: Number(date.slice(0, 4)), deadline: null }
}

/** Words of a plan or a budget in a column's head, before or after its year. */
const PLAN_WORD = String.raw`(?:план\p{L}*|бюджет\p{L}*|plan|planned|budget(?:ed)?|target|hedef\p{L}*|bütçe\p{L}*|hədəf\p{L}*|büdcə\p{L}*)`
/** A plan's column: "план на 2026 год", "2026 bütçe hedefi", "budget 2026", "2026 target"; its year, first or last. */
const PLANNED_YEAR_HEAD = new RegExp(
  String.raw`^(?:${PLAN_WORD}(?:\s+(?:на|for))?\s+((?:19|20)\d{2})(?:\s+(?:год|г\.|yılı|il))?|((?:19|20)\d{2})(?:\s+yılı)?\s+(?:\p{L}+\s+)?${PLAN_WORD})$`,
  'u',
)

/** A survey's wave named by its season and year: "лето 2026", "Summer 2025", "Yaz 2026", "Qış 2025". */
const SEASON_YEAR_HEAD =
  /^(?:лето|зима|весна|осень|summer|winter|spring|autumn|fall|yaz|kış|ilkbahar|bahar|sonbahar|güz|yay|qış|payız)\s+((?:19|20)\d{2})$/u

/** A head dated by the day its values hold until: "Ставка до 01.11.2026", "Rate until 1 November 2026". */
const UNTIL_HEAD = /(?:^|\s)(?:до|until|till)\s+\d/u

/** A head that names the year a column's changes are measured against. */
const BASE_YEAR_HEAD =
  /(?:^|\s)(?:к|vs\.?|versus|against|over|compared\s+(?:with|to)|по\s+сравнению\s+с)\s+(?:19|20)\d{2}|(?:19|20)\d{2}\S*\s+(?:(?:il[əe]|yıl\p{L}*)\s+)?(?:göre|nazaran|nisbətən|müqayisədə|karşı)/u

/** A year with a note in brackets: "2025 (факт)", "2025 (gerçekleşme)", "2026 (прогноз)", "2027 (plan)". */
const NOTED_YEAR_HEAD = /^((?:19|20)\d{2})\s*(?:\(\s*([\p{L}\s.]{1,24}?)\.?\s*\)|(\p{L}{2,12})\.?)$/u
/** A note that makes a year's column what is to come: a forecast, a plan, a target, an estimate ahead. */
const AHEAD_NOTE =
  /^(?:прогн\p{L}*|план\p{L}*|оц\p{L}*|цел\p{L}*|forecast\p{L}*|proj\p{L}*|plan\p{L}*|target\p{L}*|estimate\p{L}*|est|f|e|p|tahmin\p{L}*|hedef\p{L}*|öngörü\p{L}*|projeksiyon|proqnoz\p{L}*|hədəf\p{L}*|təxmin\p{L}*)$/u
/** A note of a plan or a target, not of a forecast. */
const PLAN_NOTE = /^(?:план\p{L}*|plan\p{L}*|цел\p{L}*|target\p{L}*|hedef\p{L}*|hədəf\p{L}*)$/u
/** A note of an estimate: of a year gone by, that year's result as far as it is known ("2025 оц." in April 2026). */
const ESTIMATE_NOTE = /^(?:оц\p{L}*|estimate\p{L}*|est|e|tahmin\p{L}*|təxmin\p{L}*)$/u

/**
 * The letters analysts glue to a column's year: A for actual (Russian Ф, Turkish G for "gerçekleşen"), and E, F, P, B,
 * T, П, О for an estimate, a forecast, a projection, a budget ("tahmin", "прогноз", "оценка"). A table's legend may
 * say otherwise ("F – faktiki, P – proqnoz": see `yearLegend`).
 */
const ACTUAL_LETTERS: ReadonlySet<string> = new Set(['a', 'g', 'ф'])
const AHEAD_LETTERS: ReadonlySet<string> = new Set(['e', 'f', 'p', 'b', 't', 'п', 'о'])
const LETTERED_YEAR = /^((?:19|20)\d{2})\s?(\p{L})$/u

/** A year with its letter ("2025A", "2026E", "2027П"), or null for any other head. */
function letteredYear(words: string, lang: string): { year: string; letter: string } | null {
  const found = LETTERED_YEAR.exec(foldCase(words.trim(), lang))
  const [year, letter] = [found?.[1], found?.[2]]
  return year && letter && (ACTUAL_LETTERS.has(letter) || AHEAD_LETTERS.has(letter)) ? { year, letter } : null
}

/** A head's cell of a year, maybe with an analyst's letter ("2025", "2026E"). */
const isYearCell = (cell: string, lang: string) =>
  YEAR_LABEL.test(cell) || letteredYear(cell, lang) !== null || isNotedYear(cell, lang)

/** "2025 оц.", "2026 прогн.", "2026 (proj.)", "2025 (факт)": a year with a note of what its column holds. */
function isNotedYear(cell: string, lang: string): boolean {
  const noted = NOTED_YEAR_HEAD.exec(foldCase(cell.trim(), lang))
  const note = noted?.[2] ?? noted?.[3] ?? ''
  return noted !== null && (AHEAD_NOTE.test(note) || ACTUAL_NOTE.test(note))
}

/**
 * A head's cells, with the blank cell over the rows' labels a space-aligned table leaves unwritten: "          2025A
 * 2026E" over "Revenue    52.6    61.9" is a head of years with an empty first cell.
 */
export function headCells(cells: readonly string[], rowWidth: number, lang: string): string[] {
  const years = cells.every((cell) => isYearCell(cell, lang))
  return years && cells.length > 1 && rowWidth === cells.length + 1 ? ['', ...cells] : [...cells]
}

/** A legend's word for results: "faktiki", "fact", "actual", "факт", "gerçekleşen". */
const ACTUAL_NOTE = /^(?:fakt\p{L}*|fact\p{L}*|actual\p{L}*|факт\p{L}*|gerçekleş\p{L}*|reported)$/u

/**
 * What each letter of a table's years stands for, by the legend its caption gives: "(F – faktiki, P – proqnoz)",
 * "A = actual, E = estimate", "Ф — факт, П — прогноз"; true for a letter of what is to come.
 */
export function yearLegend(caption: string, lang: string): Map<string, boolean> {
  const legend = new Map<string, boolean>()
  for (const [, letter = '', word = ''] of foldCase(caption, lang).matchAll(
    /(?<!\p{L})(\p{L})\s*[–—=:-]\s*(\p{L}+)/gu,
  )) {
    if (ACTUAL_NOTE.test(word)) legend.set(letter, false)
    else if (AHEAD_NOTE.test(word)) legend.set(letter, true)
  }
  return legend
}

/** A caption's period: a date it names, or a year closing it as a title does ("… bölgüsü, 2025"). */
export function captionYearOf(caption: string, lang: string, published: string | null): number | null {
  const date = findDates(caption, lang, published).find((d) => d.value !== null)?.value
  const closing = /,\s*((?:19|20)\d{2})\s*:?\s*$/u.exec(caption)?.[1]
  return date ? Number(date.slice(0, 4)) : closing ? Number(closing) : null
}

/** A head over places in a ranking ("Rank", "Rank 2024", "Место", "Sıra", "Yeri"): its cells are ordinals. */
export const RANK_HEAD =
  /^(?:rank(?:ing)?|place|position|место|позиция|очередь|очер[её]дность|priority|öncelik|növbə|sıra|sıralama|yer|yeri|sırası|reytinq|yer(?:i)? (?:19|20)\d{2})(?:\s+(?:in\s+)?(?:19|20)\d{2})?$/u

/**
 * A head cell over a column of units ("Indicator | Unit | 2023 | 2024", "Göstərici | Vahid | …", "Показатель | Ед. изм.
 * | …"): each row names its own unit there.
 */
const UNIT_COLUMN_HEAD =
  /^(?:units?|unit of measure(?:ment)?|measure|birim|ölçü birimi|vahid|ölçü vahidi|ед\.?\s*изм\.?|единица(?:\s+измерения)?|ед\.)$/u

/** The index of a head's column of units: its second cell, or -1. */
export const unitColumnOf = (cells: readonly string[], lang: string): number =>
  cells.length > 2 && UNIT_COLUMN_HEAD.test(foldCase((cells[1] ?? '').trim(), lang)) ? 1 : -1

/** A head of two years or more after its first cell (and a column of units), maybe closed by a column of changes. */
export function isYearHead(cells: readonly string[], lang: string): boolean {
  const last = cells.at(-1) ?? ''
  const from = unitColumnOf(cells, lang) > 0 ? 2 : 1
  const years = cells.slice(from, CHANGE_HEAD.test(foldCase(last, lang)) ? -1 : undefined)
  return years.length > 1 && years.every((cell) => isYearCell(cell, lang))
}

/** The latest year the columns' heads give, or null. */
export const latestYear = (columns: readonly { year: number | null }[]) =>
  columns.reduce<number | null>(
    (latest, { year }) => (year !== null && (latest === null || year > latest) ? year : latest),
    null,
  )

/**
 * "İl | Alınan vaqonlar (ədəd) | Yük daşınması (mln ton)": where two undated columns or more each name a measure, each
 * cell is its column's measure, not the caption's; one such column, or columns of dates, leave the caption's.
 */
export function columnMeasures(
  head: readonly string[],
  columns: readonly { year: number | null; deadline: string | null; ordinal: boolean }[],
  changeColumn: boolean,
  lang: string,
): ({ metric: MetricChoice; knownMetric: boolean } | undefined)[] {
  const valueColumns = head.slice(1, changeColumn ? -1 : undefined)
  const undated = columns
    .slice(1, changeColumn ? -1 : undefined)
    .every((c) => c.ordinal || (c.year === null && c.deadline === null))
  const names = valueColumns.map((words) => words.replace(/\s*\([^()]*\)\s*:?\s*$|,[^,]*$/u, '').trim())
  if (valueColumns.length < 2 || !undated || names.some((name) => !/\p{L}/u.test(name))) return []
  return [undefined, ...names.map((name, k) => captionMetric(name, '', columnUnit(head[k + 1] ?? '', lang), lang))]
}
const columnUnit = (words: string, lang: string) => (trailingUnit(words, lang) ?? { unit: 'count' }).unit

/** What a column's head says of its cells: their unit, their date or deadline, a rank's place, a scenario. */
export interface ColumnHead {
  unit: { unit: string; factor: number } | null
  year: number | null
  deadline: string | null
  ordinal: boolean
  scenario?: boolean
  /** A year's column an analyst estimates ("2026E", "2027P"): its cells are forecasts by that year. */
  estimate?: boolean
}

/** A head naming a scenario of a forecast: "Базовый", "Baz senaryo", "İyimser senaryo", "Optimistic", "Pessimist". */
const SCENARIO_HEAD =
  /^(?:baz|temel|iyimser|kötümser|olumsuz|əsas|optimist|pessimist|baseline|base|optimistic|pessimistic|upside|downside|adverse|stress|базов\p{L}*|оптимистич\p{L}*|пессимистич\p{L}*|консервативн\p{L}*|стрессов\p{L}*)(?:\s+(?:senaryo\p{L}*|ssenari\p{L}*|scenario|case|сценари\p{L}*|вариант\p{L}*))?$/u

/**
 * Tells whether a column's head names a scenario of a forecast ("Показатель | 2025 (факт) | Базовый | Оптимистичный"
 * under "Прогноз … на 2026 год"): its cells are forecasts, not a year's results.
 */
export const isScenarioHead = (words: string, lang: string): boolean => SCENARIO_HEAD.test(foldCase(words.trim(), lang))
