import type { Article } from '../../schema/dataset'
import { monthNumber } from '../lexicon/date-words'
import { findDates } from '../lexicon/dates'
import { findQuantities } from '../lexicon/numbers'
import { foldCase } from '../lexicon/text'
import type { Sentence } from '../types'
import { namedSides } from './figure-countries'
import { countryRows, originColumnOf, originRows } from './table-countries'
import {
  CODE_HEAD,
  NOTE_HEAD,
  COUNT_HEAD,
  COUNT_WORD,
  hasUnreadUnit,
  isReferenceHead,
  ownQuantity,
  pricedPer,
  readUnitCell,
  splitByUnitColumns,
  splitRow,
  withoutLastCell,
} from './table-cells'
import { cellsOf, isRule, isTableLine, NUMBER_CELL, tableRuns } from './table-lines'
import { namesMoney, statementUnit } from './statement-units'
import type { MetricChoice } from './figure-metric'
import { readRateUnit } from '../../schema/rate-unit'
import { currentYearOf, publishedYearOf } from './figure-period'
import {
  afterLastComma,
  isScenarioHead,
  type ColumnHead,
  captionMetric,
  captionPer,
  captionUnit,
  captionYearOf,
  CHANGE_HEAD,
  columnDate,
  columnMeasures,
  latestYear,
  RANK_HEAD,
  trailingUnit,
  unitColumnOf,
  unitOf,
  isYearHead,
  headCells,
  yearLegend,
  YEAR_LABEL,
} from './table-heads'

/** One number cell of a row, with what its column says of it. */
export interface TableCell {
  /** Where the cell stands in the row's text. */
  start: number
  end: number
  /** The unit its column's head or the caption gives, and the factor its words scale by ("min ton": 1000). */
  unit: string
  factor: number
  /** The year its column's head names ("17 октября", "2024", "Paper (2025)"), if it does. */
  year: number | null
  /** A column dated after the article ("Electronic (from July 2026)") holds a plan: its date, else null. */
  deadline: string | null
  /** "-6,2" in a column of changes: a fall. */
  negative: boolean
  /** Whether its column is a scenario of a forecast ("Базовый", "İyimser senaryo"): no achieved figure. */
  forecast?: boolean
  /** Whether its column holds the changes of the row's measure ("Изменение", "Dəyişmə, %"): a percent is its growth. */
  change?: boolean
  /** The measure its column's head names, where a row's columns measure different things ("Alınan vaqonlar (ədəd)"). */
  measure?: { metric: MetricChoice; knownMetric: boolean }
  /** Whether its column's head, among heads that give units, gives none this reads ("Урожайность, ц/га"): no figure. */
  unread?: boolean
  /** The value of a cell that names its own unit ("420 ton", "48 шт."), read whole. */
  own?: number
}

/**
 * What a table row's numbers are, read from the table around them: a statistics release writes a column of months or
 * years under a caption and a head ("Karbamid ixracının aylar üzrə dinamikası (ton)", "Ay | Həcm", "Yanvar | 44 800"),
 * and the row alone names neither the measure nor the unit.
 */
export interface TableRow {
  /** The row's number cells, past its label cells. */
  cells: TableCell[]
  metric: MetricChoice
  /** Whether the caption's words cue a known metric; else the caption itself names it. */
  knownMetric: boolean
  /** The year the row's label names, or its month in the caption's or the article's year; null if none. */
  year: number | null
  /** The month the row's label names, if it does. */
  month?: number
  /** Whether no label, head or caption dates the row, and the year is the article's own (a table of current prices). */
  yearFromContext: boolean
  countries: string[]
  /** Whether the row is a good's, opened by its code ("0802 31 000 0 | Qoz, qabıqlı | 15% | 5%"): its own measure. */
  coded?: true
}

/** A row label that asks for a year or a date: "Год основания", "Kuruluş yılı", "Founded", "Təsis tarixi". */
const YEAR_ASKED =
  /(?<![\p{L}])(?:год\p{L}*|yıl\p{L}*|il(?:i|ı)?|year|founded|established|kuruluş\p{L}*|təsis\p{L}*|основан\p{L}*|дата|date|tarih\p{L}*|tarix\p{L}*)(?![\p{L}])/u
/** Rows a table needs to be read as one; two do when its caption or head gives their unit. */
const MIN_ROWS = 3
/** Words of a table of the moment: its changes over a week or a day, its spot rates. */
const AS_OF_NOW =
  /(?<![\p{L}])(?:haftalık|həftəlik|weekly|w\/w|wow|н\/н|за неделю|günlük|gündəlik|daily|d\/d|spot|спот)(?![\p{L}])/u
/** A column of a plan's execution: "Исполнение к годовому плану, %", "Gerçekleşme Oranı (%)", "İcra faizi", "Execution, %". */
const EXECUTION_HEAD = /^(?:исполнени\p{L}*|gerçekleşme oranı|icra\p{L}*|execution|outturn)(?![\p{L}])/u
/** The unit of a column whose head counts ("Участников", "Teklif Veren Sayısı"), whatever the caption's unit. */
/** A statement's line named both ways, the second in brackets: "gain/(loss)", "kâr/(zarar)", "прибыль/(убыток)". */
const TWO_WAY_LABEL = /\/\s*\(\p{L}/u
const COUNT_UNIT = { unit: 'count', factor: 1 }
const MIN_ROWS_WITH_UNIT = 2
/** A caption that names a plan or a programme: "План поставок …", "Tədbirlər Planı", "Yatırım programı". */
const PLAN_CAPTION = /(?<![\p{L}])(?:план|plan(?!t)|program|программ|proqram)\p{L}*/u
/** A head whose first cell numbers a tender's lots: "№ лота", "Lot No.", "Kısım No", "Lot №", "Лот". */
const LOT_HEAD = /^(?:№\s*)?(?:лот\p{L}*|lot|kısım|lot\s+nömrəsi)(?:\s*(?:№|no\.?|#))?$/u

/** A row's delivery date still ahead of the article ("до 30.04.2026", "30.11.2026"), as a deadline. */
function dueDate(row: string, lang: string, published: string | null): string | null {
  const due = findDates(row, lang, published).find((d) => d.value?.length === 10)
  return due?.value !== undefined && due.value !== null && (published === null || due.value > published)
    ? due.value
    : null
}
/** Words a caption over a table may have: a title, not a paragraph. */
const MAX_CAPTION_WORDS = 16
/** A cell of a good's code in a trade nomenclature: "0802 31 000 0", "2309.10", "7113 19". */
const CODE_CELL = /^\d{4}(?:[\s.]\d{1,4})*$/u

/**
 * A year a row's label states beside its period's words (not a code's digits: "1902 19 100 0", "ALT-PK-2080-OAK"); of
 * a span ("Dəyişmə (2024–2025)"), its end.
 */
const LABEL_YEAR = /(?<![\p{L}\d.,/-])((?:19|20)\d{2})(?![\p{L}\d.,/-]|\s\d|\s?[–—]\s?\d)/u

/**
 * The year of a row: a year label or one stated in the label, or a month label in the caption's year, else the latest
 * such month finished.
 */
function rowYear(label: string, month: number | null, captionYear: number | null, published: string | null) {
  if (YEAR_LABEL.test(label)) return Number(label)
  // "Yanvar-iyun 2025", "Jan-Sep 2025", "İyun 2026*": a period's label with its own year, whatever the caption's
  const stated = LABEL_YEAR.exec(label)?.[1]
  if (stated !== undefined) return Number(stated)
  if (month === null) return captionYear
  if (captionYear !== null) return captionYear
  if (!published) return null
  const [year, publishedMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))]
  // a month not yet over when the article came out is last year's: a table reports finished months
  return month < publishedMonth ? year : year - 1
}

/** Whether a line holds an amount with its unit ("9–10 saat", "30–35 AZN"): a row, no column head ("2024 год"). */
/**
 * A line holding a quantity: a row, not a head. One of a unit is the goods a head prices ("1 TEU-nun daşınma haqqı, ABŞ
 * dolları", "Стоимость 1 т, долл."), no quantity.
 */
const measuresSomething = (text: string, lang: string) =>
  findQuantities(text, lang).some((q) => q.unit !== 'count' && !(q.value === 1 && q.valueMax === null))

/** The first label of each row of a table, between two of its lines. */
const rowLabels = (sentences: readonly Sentence[], first: number, last: number, column = 0) =>
  sentences
    .slice(first, last + 1)
    .flatMap((sentence) => splitRow(sentence.text)?.labels.slice(column, column + 1) ?? [])

/**
 * "Китай – Европа", "Çindən Avropaya", "Çin'den Avrupa'ya", "из Китая в Европу", "from China to Europe": a caption
 * naming a route by its ends, its start in the ablative and its end in the dative, whose figures are the route's, no
 * country's.
 */
const ROUTE_CAPTION =
  /\p{Lu}\p{L}*\s*[–—-]\s*\p{Lu}|\p{Lu}\p{L}*['’]?(?:dan|den|dən|tan|ten|tən)\s+\p{Lu}\p{L}*['’]?y?[aeə](?!\p{L})|(?<!\p{L})(?:из\s+\p{Lu}\p{L}*\s+в|from\s+\p{Lu}\p{L}*\s+to)\s+\p{Lu}/u

/** The countries a row's label names as a route, each end a country ("Qazaxıstan – Türkiyə"), or null. */
function routeOfLabel(label: string, lang: string): string[] | null {
  const ends = label.replace(/\([^()]*\)/gu, '').split(/\s+[–—-]\s+/u)
  if (ends.length < 2) return null
  const countries = ends.map((end) => namedSides(end, lang))
  return countries.every((named) => named.length === 1) ? countries.flat().sort() : []
}

/**
 * Finds the rows of tables among an article's sentences (one line each), keyed by the row's sentence index: under a
 * short caption (or a head whose first cell names the table), rows whose label is a month, a year or a name and whose
 * last cells are numbers, three at least, or two when the caption or head gives their unit. Each number cell takes
 * its column head's unit and date, else the caption's. A table without a unit or a measure it can read is left to
 * the sentence rules.
 */
/**
 * "Рост ВВП | 4,1 | 2,9", "Inflation (average) | 2.2 | 5.6", "Enflasyon (yıl sonu) | 44,4 | 30,9": a row of a growth rate or
 * of inflation that names no unit is in percent, as a forecast table prints them.
 */
const RATE_ROW =
  /^(?:[\p{L}-]+\s+){0,2}(?:growth|inflation|рост\p{L}*|инфляци\p{L}*|büyüme\p{L}*|enflasyon\p{L}*|artım\p{L}*|inflyasiya\p{L}*)(?![\p{L}])/u
const rateRowUnit = (label: string, lang: string) =>
  RATE_ROW.test(foldCase(label.trim(), lang)) ? { unit: 'percent', factor: 1 } : null

export function tableRows(article: Article, sentences: readonly Sentence[]): Map<number, TableRow> {
  const rows = new Map<number, TableRow>()
  const { lang, published } = article
  // "All amounts are presented in thousands of tenge unless otherwise stated": the unit of a table of money naming none
  // (searched for only when a table of money names no unit: most articles have no such table, many no table at all)
  let statement: ReturnType<typeof statementUnit> | undefined
  const statedFor = (words: string) => {
    if (!namesMoney(words, lang)) return null
    if (statement === undefined) statement = statementUnit(article)
    return statement
  }
  for (const run of tableRuns(sentences)) {
    const first = splitRow(sentences[run.start]?.text ?? '')
    // "Показатель | 2024 | 2025": a head of years has number cells too, and its rows name their units; a last column
    // of changes may close it ("… | 2025 | Изм. 2021–2025")
    const fullHead = headCells(
      cellsOf(sentences[run.start]?.text ?? ''),
      cellsOf(sentences[run.start + 1]?.text ?? '').length,
      lang,
    )
    // "… | 2025 | GRI Standardı": a last column of references is read as if it were not there
    const references = fullHead.length > 2 && isReferenceHead(fullHead.at(-1) ?? '', lang)
    const headLine = references ? fullHead.slice(0, -1) : fullHead
    const yearHead = isYearHead(headLine, lang)
    // a first line holding quantities of its own ("Bakı – Tbilisi | hər gün | 9–10 saat | 30–35 AZN") is a row, not a head
    const headed = (first === null && !measuresSomething(sentences[run.start]?.text ?? '', lang)) || yearHead
    const head = headed ? headLine : []
    // a rule drawn over the head is no title
    const aboveAt = run.start - (isRule(sentences[run.start - 1]) ? 2 : 1)
    // "Cədvəl 1. "… necə dəyişib?" (respondentlərin payı, %)": a caption asked as a question is cut after its question
    // mark, and its unit's parenthesis stands alone
    const captionEnd = sentences[aboveAt]?.text ?? ''
    const above = /^\(/u.test(captionEnd) ? `${sentences[aboveAt - 1]?.text ?? ''} ${captionEnd}` : captionEnd
    // a head of units lets a longer title stand over it, an annex's ("План поставок … на 2026 год"), not a paragraph
    const unitColumns = head.map((words) => trailingUnit(words, lang) !== null)
    const headGivesUnit = head.map(
      (words) => (trailingUnit(words, lang) ?? unitOf(afterLastComma(words), lang)) !== null,
    )
    const headUnits = unitColumns.slice(1).some(Boolean)
    const countColumns = head.map((words) => COUNT_HEAD.test(foldCase(words, lang)))
    // "İl | … | XİF MN kodu | Miqdar, ədəd": a column of goods' codes ("9028 30") labels its row, no value
    // "| | Note | 2026 | 2025": a statement's notes' numbers label their line too
    const labelHead = (words: string) => {
      const folded = foldCase(words.trim(), lang)
      return CODE_HEAD.test(folded) || NOTE_HEAD.test(folded)
    }
    const firstValueColumn = Math.max(1, head.findLastIndex(labelHead) + 1)
    const maxWords = headUnits && !/[.!?]\s*$/u.test(above) ? 2 * MAX_CAPTION_WORDS : MAX_CAPTION_WORDS
    const titled = above.trim() !== '' && above.split(/\s+/u).length <= maxWords && !isTableLine(above)
    // with no title over it, a head whose first cell names the table and its unit titles it ("Индикативные цены, $/т")
    // or a head of years whose rows name their units ("TEMEL GÖSTERGELER | 2025 | 2024")
    const headTitle = head[0] && (trailingUnit(head[0], lang) || yearHead) ? head[0] : ''
    // "Alınan vaqonlar (ədəd) | Yük daşınması (mln ton)": heads that give their columns' units count as a caption's,
    // and title the table when no title stands over it ("№ п/п | … | Протяженность, км | …")
    // "Kısım No | Malzemenin Cinsi | Miktar | …": a tender's lots name their table by their head, under any paragraph
    const lots = LOT_HEAD.test(foldCase(head[0] ?? '', lang))
    const caption = titled ? above : headTitle || (headUnits || lots ? (head[0] ?? '') : '')
    if (caption === '') continue
    const tableUnit = captionUnit(caption, lang) ?? (headTitle ? trailingUnit(headTitle, lang) : null)
    // "FİYAT LİSTESİ 1 – PORSELEN KARO (fiyatlar m² başına)": the unit of goods every price in the table is for
    const tablePer = captionPer(caption, lang)
    // "Стоимость, тыс. тенге за кв. м": a column of prices for a unit of goods
    const columnPers = head.map((words) => captionPer(words, lang))
    const firstRow = run.start + (headed ? 1 : 0)
    if (run.end - firstRow + 1 < (tableUnit || yearHead || headUnits ? MIN_ROWS_WITH_UNIT : MIN_ROWS)) continue
    // what each column's head says, read once for the table: its unit and its date
    // "Yük daşınması (mln ton)", "Həcm, min ton": a head's unit in its parenthesis or after its comma
    const captionYear = captionYearOf(caption, lang, published)
    // "Haftalık değişim", "Изм. н/н, %", a caption's "spot": a week's rates, told in the year of the report
    const asOfNow = [caption, ...head].some((words) => AS_OF_NOW.test(foldCase(words, lang)))
    const currentYear = asOfNow ? publishedYearOf(article) : null
    const legend = yearLegend(caption, lang)
    const columns = head.map((words, k): ColumnHead => {
      const date = columnDate(words, lang, published, legend)
      // "Базовый", "İyimser senaryo" under "Прогноз … на 2026 год": a scenario's forecasts, by the caption's year
      const scenario = k > 0 && date.year === null && date.deadline === null && isScenarioHead(words, lang)
      return {
        unit:
          trailingUnit(words, lang) ??
          unitOf(afterLastComma(words), lang) ??
          (countColumns[k] === true ? COUNT_UNIT : tableUnit) ??
          (k > 0 ? statedFor(words) : null),
        ...date,
        ...(scenario && { scenario, deadline: captionYear === null ? null : String(captionYear) }),
        ordinal: RANK_HEAD.test(foldCase(words.trim(), lang)),
      }
    })
    // "Показатель | 2024 | 2025": years across the head, each row a measure of its own with its unit in its label
    // (a last column of changes, "Изменение", "Dəyişmə, %", changes nothing: its cells are percents of the rows' own,
    // the change to the first year's column)
    const changeColumn = CHANGE_HEAD.test(foldCase(head.at(-1) ?? '', lang))
    // "Indicator | Unit | 2023 | 2024 | 2025": a column of units stands between the rows' names and the years
    const unitColumn = unitColumnOf(head, lang)
    const dated = columns.slice(Math.max(unitColumn > 0 ? 2 : 1, firstValueColumn), changeColumn ? -1 : undefined)
    const measuresInRows = head.length > 2 && dated.length > 1 && dated.every((column) => column.year !== null)
    const lastColumn = columns.at(-1)
    // the change is the latest dated column's over an earlier one ("21 Nov | w/w", "9М 2025 | 9М 2024 | Изменение",
    // "2021 | … | 2025 | Изм. 2021–2025")
    // "Исполнение к годовому плану, %", "Gerçekleşme Oranı (%)": how much of the plan the results reached, as of theirs
    const executed = EXECUTION_HEAD.test(foldCase(head.at(-1) ?? '', lang))
    if ((changeColumn || executed) && lastColumn) lastColumn.year = latestYear(columns.slice(0, -1))
    // "Country | October 2026 | Change, % | January–October 2026 | Change, %": a column of changes among the others is
    // the change of the dated column before it
    const changes = head.map((words, k) => k > 0 && CHANGE_HEAD.test(foldCase(words, lang)))
    columns.forEach((column, k) => {
      if (!changes[k] || column === lastColumn || column.year !== null || column.deadline !== null) return
      column.year = columns.slice(1, k).findLast((before) => before.year !== null)?.year ?? null
    })
    // "Категория | 2024 | 2025 | Изменение, %": a column of changes gives its percent to no other column
    const valueHead = head
      .slice(1)
      .filter((_, k) => !changes[k + 1])
      .join(' ')
    const fallback = tableUnit ??
      unitOf(afterLastComma(valueHead), lang) ??
      statedFor(caption) ?? { unit: 'count', factor: 1 }
    const { metric, knownMetric } = captionMetric(caption, valueHead, fallback.unit, lang)
    const measures = columnMeasures(head, columns, changeColumn, lang)
    // "План поставок битума …", "Tədbirlər Planı": a plan's table holds what is to be done, by its year or this one
    // "№ лота | … | Срок поставки", "Kısım No | … | Son Teslim Tarihi": a tender's lots, each bought by its own date
    // still ahead (a tender's results, "Лот | Вагонов | Победитель | Ставка", give no date and tell what was awarded)
    const planYear = captionYear ?? currentYearOf(article) ?? publishedYearOf(article)
    const planned = PLAN_CAPTION.test(foldCase(caption, lang)) && planYear !== null ? String(planYear) : null
    const captionCountries = ROUTE_CAPTION.test(caption) ? [] : namedSides(caption, lang)
    // "Qazaxıstan | 598,4 | 712,6", "Kazakhstan | 13,950 | 28.1": each row of a table by country, under years or heads
    // of units, is a country's part of each column's measure
    const byCountry =
      measuresInRows || headUnits ? countryRows(article, caption, rowLabels(sentences, firstRow, run.end)) : null
    // "Товар | Происхождение | …": a column of origins names where each row's goods come from
    const originColumn = originColumnOf(head, lang)
    const byOrigin =
      originColumn > 0 ? originRows(article, rowLabels(sentences, firstRow, run.end, originColumn)) : null
    // the head names the columns ("Score (out of 100)", "Rank 2024"): a row with no figures of its own
    if (headed)
      rows.set(run.start, { cells: [], metric, knownMetric, year: null, yearFromContext: false, countries: [] })
    for (let index = firstRow; index <= run.end; index++) {
      const line = sentences[index]?.text ?? ''
      const text = references ? withoutLastCell(line) : line
      // under heads of units, the reading that keeps more cells: "Kuru koza | 14 | 420 ton | 4.116.000" ends in one
      // number, but its "420 ton" names its own unit
      const plain = splitRow(text, firstValueColumn)
      // under a caption that prices per unit of goods, the cells that name their currency ("7,20 USD") are read too
      // and so are a tender's lots, whose cells name their own units ("18.400 ton | 27.600.000 EUR | 30.11.2026")
      const byUnits = headUnits || tablePer || lots ? splitByUnitColumns(text, unitColumns, lang, countColumns) : null
      const row = byUnits && byUnits.values.length > (plain?.values.length ?? 0) ? byUnits : plain
      if (!row) continue
      const label = row.labels[0] ?? ''
      const month = monthNumber(foldCase(label, lang))
      // "Основные показатели 2021–2025" over columns of years: each column dates its cells, not the caption's span
      const columnsDated = month === null && !YEAR_LABEL.test(label) && columns.some((column) => column.year !== null)
      const year = columnsDated ? null : rowYear(label, month, captionYear ?? currentYear, published)
      let at = text.indexOf(row.values[0] ?? '', row.labels.join(' ').length)
      // "Экспорт пряжи, тыс. тонн | 148,5 | 165,0": where neither head nor caption gives a unit, the row's label does;
      // under a column of units, the row's cell there ("min ton", "%", "nəfər"), or none: a unit unread is no count
      const unitCell = unitColumn > 0 ? readUnitCell(row.labels[unitColumn] ?? '', lang) : null
      const ownUnit = unitCell ? unitCell.unit : (trailingUnit(label, lang) ?? rateRowUnit(label, lang))
      if (unitColumn > 0 && ownUnit === null) continue
      // "Change Jan-Sep 2026 / Jan-Sep 2025, % | 9.5 | 38.7": a row of changes or shares in percent under heads of tonnes
      // and dollars is in percent all along
      const percentRow = ownUnit?.unit === 'percent'
      const labelUnit = measuresInRows || (!tableUnit && !headUnits) || percentRow ? ownUnit : null
      // "0802 31 000 0 | Qoz, qabıqlı | 15% | 5%": a row opened by a good's code names the good in its next cell, and
      // each good is a measure of its own (two goods at 5% are two rates, never one), whatever its columns' heads say
      // (a year opening the row, "2025 | 2710194210 | Diesel fuel", dates it: no code; the good is named in letters)
      const coded = CODE_CELL.test(label) && !YEAR_LABEL.test(label)
      const good = coded ? row.labels.slice(1).find((cell) => !CODE_CELL.test(cell) && /\p{L}/u.test(cell)) : undefined
      const rowDue = lots ? dueDate(text, lang, published) : null
      const labelPer = labelUnit ? captionPer(label, lang) : null
      const cells = row.values
        .map((value, k): TableCell => {
          const start = text.indexOf(value, at)
          at = start + value.length
          const columnAt = row.columns[k] ?? -1
          const column = columns[columnAt]
          const change = changes[columnAt] === true
          // "Değişim 2021–2023, %": a column of changes in percent keeps its head's unit, whatever the row's label says
          const changeUnit = change && column?.unit?.unit === 'percent' ? column.unit : null
          // "420 ton" under "Həcm": a cell that names its own unit keeps it
          const own = NUMBER_CELL.test(value) ? null : ownQuantity(value, lang)
          // "kömür | min ton | 41,2" under "Oktyabr 2026": a column whose head names no unit takes the row's unit cell
          const rowUnit = unitColumn > 0 && !headGivesUnit[columnAt] ? ownUnit : null
          // "Cause | Claims | Incurred cost, USD": a named column among heads that give their own units counts
          const namedCount =
            headUnits && !headGivesUnit[columnAt] && column?.year === null && /\p{L}/u.test(head[columnAt] ?? '')
          const given = own
            ? { unit: own.unit, factor: 1 }
            : (changeUnit ?? labelUnit ?? rowUnit ?? column?.unit ?? tableUnit ?? (namedCount ? COUNT_UNIT : fallback))
          // "Mandalina | kg | 24,50" under "Dün Ort. (TL)": money beside a unit of goods in the row is its price, as
          // is money under a caption that names one
          // (or beside its label's: "Pay başına kazanç (TL) | 0,5851", "Earnings per share, KZT | 41.2")
          const unit = pricedPer(given, unitCell?.per ?? columnPers[row.columns[k] ?? -1] ?? tablePer ?? labelPer)
          // "Урожайность, ц/га" among heads that give their units: a unit it cannot read is no other column's
          const unread =
            !own && headUnits && !changeUnit && !labelUnit && !column?.unit && hasUnreadUnit(head[columnAt] ?? '')
          // "2024 plan | 2024 fakt" under a programme's caption: a column of the year's results is no plan
          const year = column?.year ?? null
          const deadline = column?.deadline ?? rowDue ?? (year === null ? planned : null)
          const forecast = column?.scenario === true || column?.estimate === true
          const measure = measures[columnAt]
          // "Dəyişmə (2021–2025) | +225% | +25,5%": a row of changes holds each column's growth
          const changeRow = CHANGE_HEAD.test(foldCase(label.replace(/\s*\([^()]*\)\s*$/u, ''), lang))
          // "(402,613)" under "Foreign exchange gain/(loss), net": a statement's brackets are the way its label names
          // second; under a cost ("Cost of sales | (31,402,118)") they only show the sign it is subtracted with
          const negative = /^[-–−▼]/u.test(value) || (/^\(/u.test(value) && TWO_WAY_LABEL.test(label))
          return {
            start,
            end: at,
            ...unit,
            year,
            deadline,
            negative,
            ...(forecast && { forecast }),
            change: change || changeRow,
            ...(measure && good === undefined && { measure }),
            ...(own && { own: own.value }),
            unread,
          }
        })
        // "Rank 2024": a place in a ranking is an ordinal, no figure
        .filter((_, k) => !columns[row.columns[k] ?? -1]?.ordinal)
        .filter((cell) => !cell.unread)
        // "Год основания | 2019", "Kuruluş yılı | 2019": a row whose label asks for a year holds a date, no figure
        .filter(
          (cell) => !(YEAR_ASKED.test(foldCase(label, lang)) && YEAR_LABEL.test(text.slice(cell.start, cell.end))),
        )
      // "Выручка, млрд тенге", "Вагонный парк, ед.": the measure is named before the unit
      const measure = labelUnit || COUNT_WORD.test(afterLastComma(label)) ? label.replace(/,[^,]*$/u, '') : label
      const labelMetric =
        (measuresInRows || labelUnit || good !== undefined) && !byCountry
          ? captionMetric(good ?? measure, '', cells[0]?.unit ?? fallback.unit, lang)
          : null
      const origin = byOrigin?.get(row.labels[originColumn] ?? '')
      const countries = origin ?? byCountry?.get(label) ?? routeOfLabel(label, lang) ?? captionCountries
      const dated = year !== null || cells.some((cell) => cell.year !== null)
      // a price list's prices per unit are in force as the page is dated, even early in a year whose results a table of
      // amounts may not hold yet
      const priced = cells.length > 0 && cells.every((cell) => readRateUnit(cell.unit) !== null)
      const current = dated ? null : priced ? publishedYearOf(article) : currentYearOf(article)
      const monthOf = month ? { month } : {}
      rows.set(index, {
        cells,
        ...(labelMetric ?? { metric, knownMetric }),
        year: year ?? current,
        yearFromContext: current !== null,
        countries,
        ...monthOf,
        ...(good !== undefined && { coded: true as const }),
      })
    }
  }
  return rows
}
