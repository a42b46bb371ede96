import type { Quantity } from '../lexicon/numbers'
import { makeSourceRef } from '../source-ref'
import type { ExtractionInput, FigureDraft, Span } from '../types'
import { figureScope, sentenceContexts, type SentenceContext } from './figure-context'
import {
  hasDeadlineAheadInClause,
  isDatedLaterInClause,
  isLabelledPast,
  periodOf,
  publishedYearOf,
} from './figure-period'
import { isAgreementTerm, isDraftClause } from './draft-clauses'
import { isAskedItem } from './demand-lists'
import { isFaceValue, isPackSize } from './named-sizes'
import { countedItemLabel } from './counted-lists'
import { captionMetric } from './table-heads'
import { effectiveDateAhead } from './effective-dates'
import { findHorizon } from './figure-horizons'
import { isRespondentShare, readKind, type KindReading } from './figure-kind'
import { kindWords } from './kind-cues'
import { isCurrentBefore, isDatedInClause, isFormerlyBefore, isNowBefore, isVersusPast } from './figure-present'
import { projectCard } from './project-cards'
import { isProjectSize } from './project-size'
import { refersBack } from './figure-countries'
import type { ReviewReason } from '../../schema/dataset'
import { percentMetric, priceMetric, type PercentForm } from '../../schema/metric-label'
import { readRateUnit } from '../../schema/rate-unit'
import { genericMetric, numberOfPhrase, resolveMetric, unnamedMetric, type MetricChoice } from './figure-metric'
import { statusFigures } from './figure-status'
import { rowFigures } from './table-figures'
import { tableRows } from './table-rows'
import {
  isDenied,
  isRefuted,
  isListMarker,
  isModelNumber,
  isNoNewCount,
  isPerUnitBase,
  isQuestion,
  isRainfall,
  isTimeAgo,
  isUnstatedSentence,
  isWeatherReading,
} from './unstated-numbers'
import { clauseAround } from './clauses'
import { foldCase } from '../lexicon/text'
import {
  ANNOUNCED_INVESTMENT,
  CONTRACTED_AFTER,
  CONTRACTED_BEFORE,
  LOT_LINE,
  PROJECT,
  SPEND,
  TENDERED,
  UNDER_CONSTRUCTION,
} from '../lexicon/tenses'
import { changeDirection, isSaving, isSizeOfFall, isStartOfChange } from './figure-change'
import { isWorkedExample } from './worked-examples'
import { inCurrency, inManat } from './figure-currency'

/** Nouns after a count that make it a number of documents or of parties, which are not figures of their own. */
const DOCUMENT_NOUN =
  /^(anlaşma|antlaşma|razılaşma|sözleşme|mutabakat|protokol|memorandum|belge|doküman|saziş|müqavilə|sənəd|kontrakt|agreement|deal|document|treat|accord|contract|соглашени|договор|документ|меморандум|контракт)/u
const PARTY_NOUN =
  /^(ülke|ölkə|countr|стран|lider|leader|лидер|taraf|tərəf|side|сторон|halk|xalq|peoples|народ|devlet|dövlət|state|государств|başkan|prezident|president|президент|bakan|nazir|minister|министр)/u

/** Countries counted in digits from this many are the reach of a trade or an event, no parties to a meeting. */
const MIN_COUNTRIES_REACHED = 10
const COUNTRY_NOUN = /^(?:ülke|ölkə|countr|стран)/u

/** "3 kez görüştü": a number of occasions, which says how often, not how much. */
const OCCASION = /^(kez|defa|sefer|kere|times|раз)$/u

/**
 * "three new services", "two more ferries", "iki yeni gemi", "два новых контейнеровоза", "двумя новыми судами": a
 * number word before "new" or "more" counts additions, the one kind of small count news states in words.
 */
const ADDITION = /^(new|more|additional|further|yeni|daha|ilave|ilavə|əlavə|новы\p{L}*|дополнительн\p{L}*|ещ[её])$/u
/**
 * "üç feribot", "iki gəmi", "two tankers", "три парома", "тремя судами": vessels, trains and wagons are counted in
 * words too. Not "bir"/"one", which is also the article "a".
 */
const FLEET_NOUN =
  /^(ferr(?:y|ies)|vessels?|ships?|tankers?|trains?|locomotives?|wagons?|feribot\p{L}*|gemi\p{L}*|tanker\p{L}*|tren\p{L}*|lokomoti[fv]\p{L}*|vagon\p{L}*|vaqon\p{L}*|bərə\p{L}*|gəmi\p{L}*|qatar\p{L}*|паром\p{L}*|суд(?:а|ов|ами|ах)|корабл\p{L}*|танкер\p{L}*|поезд\p{L}*|локомотив\p{L}*|вагон\p{L}*|контейнеровоз\p{L}*)$/u

/** What may follow a bare count, no noun of its own: a stop, or a word of a change or a time ("four to seven"). */
const BARE_AFTER = /^\s*(?:[,.;:)]|$|(?:to|from|a|per|in|by|at|and|or|last|this|next|в|до|с|к|и|за)(?![\p{L}]))/u

/**
 * "Статья 8", "в статье 2", "Maddə 4", "Madde 1", "Article 3", "clause 4", "Slide 7", "Tablo 1", "Таблица 2", "Exhibit 3",
 * "Şekil 2", "Диаграмма 4", "on page 47", "səhifə 12", "на странице 5", and their abbreviations ("ч. 3 ст. 234", "Art. 5",
 * "md. 12", "стр. 14"): a number after the noun of a numbered part of a text labels that part; it counts nothing. So
 * does one after an address's building or room ("здание 1, каб. 305", "office 12") and a council's sitting ("Birleşim:
 * 2", "Oturum: 1").
 */
const NUMBERED_PART_BEFORE =
  /(?<![\p{L}])(?:articles?|clauses?|sections?|paragraphs?|items?|chapters?|annex|appendix|slides?|tables?|figures?|charts?|exhibits?|tablo\p{L}*|grafik\p{L}*|şekil|şekli|şəkil|diyagram\p{L}*|qrafik\p{L}*|cədvəl\p{L}*|diaqram\p{L}*|таблиц\p{L}*|рисун\p{L}*|график\p{L}*|диаграмм\p{L}*|madde\p{L}*|maddə\p{L}*|bənd\p{L}*|fıkra\p{L}*|slayt\p{L}*|slayd\p{L}*|pages?|sayfa\p{L}*|səhifə\p{L}*|страниц\p{L}*|стать(?:[яиеюй]|[её]й|ям|ями|ях)|пункт\p{L}*|подпункт\p{L}*|раздел\p{L}*|глав[аеуы]|приложени\p{L}*|здание|корпус|кабинет|офис|office|suite|birleşim|oturum|iclas|заседание|session|sitting|(?:ст|стр|ч|пп?|гл|art|md|para|sec|каб|корп|оф)\.)\s*:?\s*(?:№|no\.)?\s*$/u

/** "1 – C. …", "7 – Б) …": a quiz's answer key opens with the question's number and the right choice's letter. */
const ANSWER_KEY_AFTER = /^\s*[–—-]\s*[a-dа-г][.)]\s/u

/** Tells whether a count counts something worth a figure: not documents signed, not the parties to a meeting. */
function isReportableCount(context: SentenceContext, quantity: Quantity): boolean {
  if (NUMBERED_PART_BEFORE.test(context.folded.slice(Math.max(0, quantity.start - 24), quantity.start))) return false
  if (quantity.start === 0 && ANSWER_KEY_AFTER.test(context.folded.slice(quantity.end))) return false
  const next = context.words.find((w) => w.start >= quantity.end)
  const addition = next !== undefined && ADDITION.test(next.text)
  const fleet = quantity.value > 1 && next !== undefined && FLEET_NOUN.test(next.text)
  // "raise the number of weekly flights from four to seven": counted by its subject, a number word is a figure too
  const numberOf =
    BARE_AFTER.test(context.folded.slice(quantity.end)) &&
    numberOfPhrase(context.words, quantity, context.lang).length > 0
  if (quantity.written === 'words' && quantity.qualifier === 'exact' && !addition && !fleet && !numberOf) return false
  const end =
    quantity.qualifierSpan && quantity.qualifierSpan.end > quantity.end ? quantity.qualifierSpan.end : quantity.end
  // "14 межгосударственных и межправительственных документов": the noun may stand behind two adjectives
  const after = context.words.filter((w) => w.start >= end).slice(0, 4)
  if (after.some((w) => DOCUMENT_NOUN.test(w.text))) return false
  // "142 ülkeye ihraç edildi", "delegates from 27 countries": countries a thing reaches, a figure; "two countries", "üç
  // lider" are the parties of the story
  const reach =
    quantity.written === 'digits' && quantity.value >= MIN_COUNTRIES_REACHED && COUNTRY_NOUN.test(after[0]?.text ?? '')
  return !(after[0] && ((PARTY_NOUN.test(after[0].text) && !reach) || OCCASION.test(after[0].text)))
}

const withQualifier = (q: Quantity): Span =>
  q.qualifierSpan ? { start: Math.min(q.start, q.qualifierSpan.start), end: Math.max(q.end, q.qualifierSpan.end) } : q

/** What a sentence's figures may take from the figures before them in the article. */
interface Antecedents {
  /** The countries of the last figure that named any. */
  countries: readonly string[]
  /** Where that figure's sentence starts (-1 without one). */
  countriesFrom: number
  /** The last figure with a unit of its own (not a count, percent or multiplier), if within reach. */
  measure: FigureDraft | null
}

/**
 * "bu rakamın 2027 yılı itibarıyla 100.000'i aşmasını", "that figure is expected to reach 150,000", "этот показатель
 * может вырасти до 250 тысяч": a bare number that refers back takes the unit and metric of the figure before.
 */
function referredMeasure(context: SentenceContext, quantity: Quantity, before: Antecedents): FigureDraft | null {
  // only a number in digits: "the two economies", "iki ülke" count things, they never restate an amount
  if (quantity.unit !== 'count' || quantity.written !== 'digits' || !before.measure) return null
  // the reference stands before the number it restates: in "12 containers a year … wants to double that", "that" is
  // the 12 itself
  return refersBack(context.folded.slice(0, quantity.start)) ? before.measure : null
}

/**
 * The kind and period of a figure. A past fact is never dated after the article that reports it, so a figure read as
 * achieved in a later year ("224 kilometrelik hattın 2029'da tamamlanması", "завершится в 2029 году") is a plan:
 * a target by that year, with its kind marked as not stated.
 */
function kindAndPeriod(context: SentenceContext, quantity: Quantity, read: KindReading, change: boolean) {
  // "к 2029 году появится пункт мощностью 40 тыс. тонн": a deadline still ahead in the clause makes it a plan, and so
  // does a day the term takes effect from; not the value a change starts from ("повышается с 30 до 35 USD")
  const effective = isStartOfChange(context, quantity) ? null : effectiveDateAhead(context, quantity)
  if (read.kind === 'achieved' && ((!read.stated && hasDeadlineAheadInClause(context, quantity)) || effective)) {
    const planned = periodOf(context, quantity, 'target', change)
    return {
      kind: 'target' as const,
      stated: false,
      ...planned,
      deadline: planned.deadline ?? effective?.value ?? null,
    }
  }
  const period = periodOf(context, quantity, read.kind, change)
  const published = publishedYearOf(context.article)
  if (read.kind !== 'achieved' || period.year === null || published === null || period.year <= published) {
    return { ...read, ...period }
  }
  // a later year from another clause of the sentence says nothing of this one: no year, rather than a wrong one
  if (!isDatedLaterInClause(context, quantity)) return { ...read, ...period, year: null, fromContext: false }
  return { kind: 'target' as const, stated: false, ...periodOf(context, quantity, 'target', change) }
}

/**
 * A figure no verb dates, in a clause about a thing still being built ("a 1 GW wind farm is under construction"),
 * being bought by tender ("лот № 2 — … 7,2 млрд тенге") or the cost of a project ("layihənin ümumi dəyəri"): a target.
 */
function underConstruction(context: SentenceContext, quantity: Quantity, read: KindReading): KindReading {
  // "контракт на поставку около 5 тыс. тонн": what a contract provides for, however its signing is told
  const contracted =
    CONTRACTED_BEFORE.test(context.folded.slice(Math.max(0, quantity.start - 60), quantity.start)) ||
    CONTRACTED_AFTER.test(context.folded.slice(quantity.end, quantity.end + 90))
  if (contracted || isProjectSize(context, quantity)) {
    return { kind: 'target', stated: true }
  }
  if (read.stated) return read
  const clause = clauseAround(context.sentence.text, quantity)
  const text = foldCase(context.sentence.text.slice(clause.start, clause.end), context.lang)
  // "under construction since 2022, handled 3 million tonnes last year": a date already past in the clause reports
  const published = context.article.published ?? ''
  const past = context.dates.some(
    (d) =>
      d.start >= clause.start &&
      d.end <= clause.end &&
      d.value !== null &&
      d.value < published.slice(0, d.value.length),
  )
  // the segmenter may have cut "Лот № 1." off as a sentence of its own
  const tendered = TENDERED.test(text) || LOT_LINE.test(context.folded) || LOT_LINE.test(context.previous[0] ?? '')
  // "the project's total cost of about $310 million": a sum still to be spent on what is being built
  const planned = (SPEND.test(text) && PROJECT.test(context.folded)) || ANNOUNCED_INVESTMENT.test(text)
  return !past && (UNDER_CONSTRUCTION.test(text) || tendered || planned) ? { kind: 'target', stated: true } : read
}

/** Tells whether a number closes a quoted name: "«Евразия 24»", "“Haber 7”", "\"Channel 4\"". */
const inQuotedName = (text: string, span: Span) =>
  /[«“"„]\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}\s+$/u.test(text.slice(Math.max(0, span.start - 40), span.start)) &&
  /^\s*[»”"“]/u.test(text.slice(span.end, span.end + 3))

/** Tells whether a value is a whole number, up to the float error of its scaling ("1,1 mln" → 1100000.0000000002). */
const isWhole = (value: number) => Math.abs(value - Math.round(value)) <= 1e-9 * Math.max(1, Math.abs(value))

/** Turns one quantity of a sentence into a figure draft, or null when it is not a figure worth reporting. */
function draftFor(context: SentenceContext, quantity: Quantity, before: Antecedents): FigureDraft | null {
  const { lang, sentence, article } = context
  // "1. 224 kilometre", "not a threefold rise", "the two vessels": no figure the sentence states
  const unstated =
    isListMarker(sentence.text, quantity) ||
    isDenied(context.folded, quantity, lang) ||
    isRefuted(context.folded, quantity) ||
    isNoNewCount(context.folded, quantity, lang) ||
    isPerUnitBase(context.folded, quantity) ||
    isTimeAgo(context.folded, quantity, lang) ||
    isFaceValue(context.folded, quantity) ||
    isPackSize(context.folded, quantity) ||
    isRainfall(context.folded, quantity) ||
    isModelNumber(sentence.text, quantity)
  if (unstated) return null
  const referred = referredMeasure(context, quantity, before)
  if (quantity.unit === 'count' && !referred && !isReportableCount(context, quantity)) return null
  // "P/E 7,9 против 11,5", "Almaty Pump Works JSC – Kazakistan 3,1", "ABD doları karşısında 44,12": things are counted
  // whole, so a bare fraction is a ratio, a weight or a rate whose unit went unsaid
  if (quantity.unit === 'count' && !referred && !isWhole(quantity.value)) return null
  // "«Евразия 24»", "“Channel 7”": a number inside a quoted name is part of the name
  if (quantity.unit === 'count' && inQuotedName(sentence.text, quantity)) return null
  const unit = referred?.unit ?? quantity.unit
  const direction = unit === 'percent' || unit === 'multiplier' ? changeDirection(context, quantity) : 0
  // a length, a mass or an amount of money told as the size of a fall that happened: "снизился на 31 см"
  const isFallenAmount = unit !== 'percent' && unit !== 'multiplier' && isSizeOfFall(context, quantity)
  if (unit === 'multiplier' && quantity.written !== 'implied' && direction === 0) return null
  const span = withQualifier(quantity)
  // "$236 a tonne" of wheat: the metric is found as for dollars of wheat, then named as its price
  const price = readRateUnit(unit)?.currency
  const metricUnit = price ?? unit
  // a price names its goods in its own sentence: "bu hafta ton başına 1.720 dolar" after wheat is no wheat price
  const metricContext = price ? { ...context, previous: [] } : context
  const known = referred ? null : resolveMetric(metricContext, span, metricUnit)
  const generic =
    known ?? (price ? null : genericMetric(sentence.text, context.words, span, metricUnit, lang, context.dates))
  // a number with a unit of its own is a figure even when no noun names it; a bare count needs its noun
  // "— таможня и пограничные процедуры — 71;" under "По направлениям заявки распределились так:": the item names it
  const item = generic === null && unit === 'count' ? countedItemLabel(article, sentence, quantity) : null
  const choice: MetricChoice | null = referred
    ? { metric: referred.metric, label: referred.label, sectors: referred.sectors, defaultUnit: unit }
    : (generic ??
      (item !== null ? captionMetric(item, '', unit, lang).metric : unit === 'count' ? null : unnamedMetric(unit)))
  if (!choice) return null
  const words = kindWords(context.words, sentence.text, lang)
  // "katılımcıların yüzde 62'si … bekliyor", "58% компаний ожидают": a survey's share of those who answered is its fact
  // as of the article, whatever time they speak of
  // (a share who report a past fact keeps that fact's year: "58% said sales grew in 2025")
  const told = readKind(words, quantity, lang)
  const surveyed = told.kind !== 'achieved' && unit === 'percent' && isRespondentShare(words, quantity, lang)
  // "4.2. … xidmətinin haqqı hər konteyner üçün 45 manatdır" in a draft put to comment: a proposed term
  // (and so is a term of an agreement whose text the page gives: "Maddə 3. … Karantin müddəti … 30 gündür")
  // (and so is an item of a list of demands, an offer or recommendations: "(b) a minimum monthly base wage of GEL 1,800")
  const proposed =
    told.kind === 'achieved' &&
    (isDraftClause(context.article, sentence) ||
      isAgreementTerm(context.article, sentence) ||
      isAskedItem(context.article, sentence))
  // "Стоимость проекта: 480 млрд тенге" on a project's card whose term runs to 2028 and which is being built: a plan
  const card = told.kind === 'achieved' && !told.stated ? projectCard(article, sentence) : null
  const reading = surveyed
    ? { kind: 'achieved' as const, stated: true }
    : proposed || (card !== null && !card.done)
      ? { kind: 'target' as const, stated: true }
      : told
  // "a transfer that used to take two days": what was, in no year the sentence gives
  const formerly = isFormerlyBefore(context, quantity)
  // (a done card's cost is what was spent, not a sum still to be: no project under way)
  const read = card?.done
    ? reading
    : underConstruction(
        context,
        quantity,
        reading.kind !== 'achieved' &&
          (isStartOfChange(context, quantity) ||
            isNowBefore(context, quantity) ||
            isCurrentBefore(context, quantity) ||
            formerly ||
            isVersusPast(context, quantity))
          ? { kind: 'achieved', stated: true }
          : reading,
      )
  const period = surveyed
    ? { ...read, year: publishedYearOf(context.article), deadline: null, fromContext: false }
    : kindAndPeriod(
        context,
        quantity,
        isLabelledPast(context, quantity) ? { kind: 'achieved', stated: true } : read,
        direction !== 0,
      )
  // a figure told as gone by ("used to") held at no year but one its clause names
  const { kind, stated } = period
  // a planned card's term is its fields' deadline, and a done one's end dates them
  const deadline = period.deadline ?? (card && !card.done && kind === 'target' ? String(card.endYear) : null)
  // a bulletin's wind, waves and visibility; a wind's speed is no corridor figure unless a storm's past peak, and a
  // force on a scale or a distance seen never is ("Rüzgâr 6 kuvvetin üzerinde olduğu sürece", "görüş mesafesi 200 metreye
  // kadar düştü")
  const weather = isWeatherReading(context.folded, quantity) || unit === 'm/s'
  if (weather && !(kind === 'achieved' && stated && unit === 'm/s')) return null
  const yearless = formerly && !isDatedInClause(context, quantity)
  const [year, fromContext] = yearless
    ? [null, false]
    : card?.done && kind === 'achieved' && (period.year === null || period.fromContext)
      ? [card.endYear, false]
      : [period.year, period.fromContext]
  const percentSuffix: PercentForm = direction === 0 ? 'share' : 'growth'
  const isPercent = unit === 'percent'
  const reviewReasons: ReviewReason[] = [
    ...(known || referred ? [] : (['metric-unknown'] as const)),
    ...(stated ? [] : (['kind-unstated'] as const)),
    ...(fromContext ? (['year-from-context'] as const) : []),
    ...(referred ? (['unit-from-context'] as const) : []),
  ]
  const named = isPercent
    ? percentMetric(choice.metric, choice.label, percentSuffix)
    : price && !referred && choice.metric !== unnamedMetric(unit).metric
      ? { ...choice, ...priceMetric(choice.metric, choice.label) }
      : choice
  return {
    metric: named.metric,
    label: named.label,
    kind,
    // a saving to come ("will shorten the route by 900 km") is written as what is saved
    value:
      (isPercent && direction < 0) || (isFallenAmount && (kind === 'achieved' || !isSaving(context, quantity)))
        ? -quantity.value
        : quantity.value,
    valueMax: quantity.valueMax,
    unit,
    qualifier: quantity.qualifier,
    year,
    deadline,
    horizon: kind !== 'achieved' && deadline === null ? findHorizon(sentence.text, context.folded, quantity) : null,
    ...figureScope(context, quantity, choice.sectors, before.countries, choice.metric, before.countriesFrom),
    reviewReasons,
    source: makeSourceRef(article, sentence, { start: quantity.start, end: quantity.end }),
  }
}

const RELATIVE_UNITS = new Set(['percent', 'multiplier', 'status'])

/**
 * The antecedents the figures of the sentence at `reachStart` and after may refer back to: a measure, or a count of
 * a named thing ("10,2 milyon ziyaretçi … Geçen yıl bu rakam 9,3 milyon"), never a share or a multiple.
 */
function antecedentsOf(drafts: readonly FigureDraft[], reachStart: number): Antecedents {
  const measure = drafts.findLast((d) => !RELATIVE_UNITS.has(d.unit) && d.value !== null)
  const named = drafts.findLast((d) => d.countries.length > 0)
  return {
    countries: named?.countries ?? [],
    countriesFrom: named?.source.start ?? -1,
    measure: measure && measure.source.start >= reachStart ? measure : null,
  }
}

/** Longest heading: a few words, no sentence. */
const MAX_HEADING_WORDS = 10

/**
 * A heading over a paragraph: a short line that ends no sentence, numbered ("2. 3 500 vaqon"), in capitals ("PAMBIQ: 62
 * MİN TONDAN 214 MİN TONA"), or a live page's entry heading after its time ("15:20 — Kazakh minister: volumes up 62%",
 * "14:05 | Zirve başladı").
 */
function isHeading(text: string): boolean {
  const timed = /^\d{1,2}[:.]\d{2}\s*[—–|-]\s/u.test(text)
  // a live entry's heading has its time and a speaker's name besides its words
  const maxWords = timed ? MAX_HEADING_WORDS + 2 : MAX_HEADING_WORDS
  if (/[.!?…:;]$/u.test(text) || text.split(/\s+/u).length > maxWords) return false
  const capitals = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
  return timed || capitals || /^\d{1,2}\.\s/u.test(text)
}

/**
 * A standfirst: the body's first line, ending no sentence, under the headline ("İthalat beş yılda iki katına çıktı,
 * Türkiye'nin payı yüzde 8,7'ye yükseldi"). It sums up the story, which tells its numbers again.
 */
const isStandfirst = (text: string, index: number) => index === 0 && !/[.!?…:;]["'”’»)]*$/u.test(text.trimEnd())

/**
 * A bulleted line, short ("■ Bakü-Astana hattında haftalık uçuş 21'e çıkıyor") or long ("• Uzbekistan wants piped
 * drinking water in 95% of … households by 2030."): a key-points box or a summary restates the story in short, so where
 * the prose tells the same number, the prose's copy, with the deadline and countries its sentence gives, is kept.
 * Dashes are left out: they open list items inside a story too.
 */
const isBullet = (text: string): boolean => /^[■•▪●▶]\s/u.test(text)

/**
 * A key figures box's line, the number first, then a dash and what it counts: "1 286 ton – çatdırılmış yardım (64 TIR,
 * 3 qatar)", "186,000 – people affected", "US$14.6 million – requested". The report's prose tells them again.
 */
const KEY_FIGURE = /^(?:[A-Z]{2,3}\$|[$€₸₼])?\d[\d\s.,]*(?:\s*%|\s+\p{L}{1,10}\.?){0,2}\s+[–—]\s+\p{L}[^.!?]{0,80}$/u

/**
 * Finds the figures an article states: every quantity worth reporting with its metric, kind (target, forecast or
 * achieved), period, sectors and countries, plus the targets and states the text gives without a number.
 */
export function extractFigures(input: ExtractionInput): FigureDraft[] {
  const drafts: FigureDraft[] = []
  // figures a table row or a heading gives, which the prose may tell again
  const restated = new Set<FigureDraft>()
  const tables = tableRows(input.article, input.sentences)
  for (const [index, context] of sentenceContexts(input.article, input.sentences).entries()) {
    // "Вопрос (Lada.kz): … 400 млрд тенге.", "Will trade reach $5 billion?", "Diyelim ki …": not stated
    if (
      isQuestion(context.sentence.text) ||
      isUnstatedSentence(input.sentences, index, context.lang) ||
      isWorkedExample(input.article, context.sentence)
    )
      continue
    const row = tables.get(index)
    if (row) {
      const figures = rowFigures(context, row)
      // a good's row is its own rate, whatever number the prose tells of the goods together
      if (!row.coded) figures.forEach((figure) => restated.add(figure))
      drafts.push(...figures)
      continue
    }
    const before = antecedentsOf(drafts, context.reachStart)
    const stated = context.quantities
      .flatMap((quantity) => inCurrency(quantity, input.article))
      .map((quantity) => inManat(quantity, context.sentence.text, context.lang))
      .map((quantity) => draftFor(context, quantity, before))
      .filter((draft): draft is FigureDraft => draft !== null)
    drafts.push(...stated, ...statusFigures(context, stated, drafts))
    if (
      isHeading(context.sentence.text) ||
      isBullet(context.sentence.text) ||
      KEY_FIGURE.test(context.sentence.text) ||
      isStandfirst(context.sentence.text, index)
    )
      stated.forEach((figure) => restated.add(figure))
  }
  // a table or a heading that repeats what the prose says ("$228 за тонну против $224", then "Пшеница … | 228 |
  // 224"; "2. 3 500 vaqon" over its paragraph): the sentence's figure, with its words around it, is the one kept
  const told = (f: FigureDraft) => drafts.some((d) => !restated.has(d) && d.value === f.value && d.unit === f.unit)
  return drafts.filter((draft) => !restated.has(draft) || !told(draft))
}
