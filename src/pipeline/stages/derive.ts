import type { Figure, SourceRef } from '../../schema/dataset'
import { shortHash } from '../ids'
import { distinctSentences, sentenceKeyOf } from '../source-ref'
import { MONTH_SOURCE } from '../lexicon/date-words'

const RELATIVE = new Set(['percent', 'multiplier', 'status'])
const GROWTH = '-growth'

/**
 * The figures of a group by the sentences they cite, so a figure finds those it shares a sentence with without being
 * compared with every other: a figure stated by many articles cites thousands of sentences, and comparing two such
 * figures source by source cost their product (most of the build's time after the stream at 100,000 articles).
 */
class SentenceIndex {
  private readonly bySentence = new Map<string, number[]>()

  constructor(private readonly figures: readonly Figure[]) {
    figures.forEach((figure, place) => {
      for (const key of new Set(figure.sources.map(sentenceKeyOf))) {
        const places = this.bySentence.get(key)
        if (places) places.push(place)
        else this.bySentence.set(key, [place])
      }
    })
  }

  /** The figures that share a sentence with `figure` (itself among them), each once, in the group's order. */
  sharing(figure: Figure): Figure[] {
    const places = new Set<number>()
    for (const source of figure.sources)
      for (const place of this.bySentence.get(sentenceKeyOf(source)) ?? []) places.add(place)
    return [...places].sort((a, b) => a - b).map((place) => this.figures[place]!)
  }
}

/** A stated figure usable as an input: a single value, neither a bound nor derived itself. */
const isPlain = (f: Figure) =>
  f.derived === null && f.value !== null && f.valueMax === null && (f.qualifier === 'exact' || f.qualifier === 'about')

/** An absolute quantity (tonnes, dollars, TEU…), not a rate, a multiplier or a status. */
const isAbsolute = (f: Figure) => isPlain(f) && !RELATIVE.has(f.unit)

/** A goal stated as a multiple ("2 katına çıkarmak"): with an absolute goal beside it, it implies today's level. */
const isTargetMultiplier = (f: Figure) => f.unit === 'multiplier' && f.kind !== 'achieved' && isPlain(f)

/** A growth rate reached ("yüzde 62 artarak"): with the level reached beside it, it implies the year before's. */
const isAchievedGrowth = (f: Figure) =>
  f.unit === 'percent' && f.kind === 'achieved' && f.metric.endsWith(GROWTH) && isPlain(f) && isYearOnYear(f)

/**
 * Comparisons over less than a year: "rose 6% week on week", "w/w", "month on month", "bir önceki haftaya göre",
 * "ötən həftə ilə müqayisədə", "за неделю", "к предыдущему месяцу".
 */
const SHORTER_THAN_A_YEAR =
  /(?:week|month|quarter)[- ]on[- ](?:week|month|quarter)|\b[wmq]\/[wmq]\b|(?:previous|prior|last) (?:week|month|quarter)|önceki (?:hafta|ay|çeyrek)|geçen (?:hafta|ay)|ötən (?:həftə|ay)|əvvəlki (?:həftə|ay|rüb)|предыдущ\p{L}* (?:недел|месяц|квартал)|прошл\p{L}* (?:недел|месяц)|за неделю/iu
/**
 * Whether a growth rate compares with a year before, which is what a previous year's level can be read from: not one
 * over a week or a month, and not a table's column of changes, whose period only its head names.
 */
const isYearOnYear = (f: Figure) =>
  f.sources.every((source) => !SHORTER_THAN_A_YEAR.test(source.quote) && !/[|\t]/u.test(source.quote))

/**
 * A part of a year the level is of: months from one to another ("January-October", "yanvar-oktyabr", "январе–сентябре"),
 * the first months, a quarter or a half ("ilk dokuz ayda", "за девять месяцев", "Q3", "9М", "birinci rübdə"). The
 * level before such a rise is the same part of the year before, not that year's, so none is derived.
 */
const PART_OF_A_YEAR = new RegExp(
  [
    String.raw`${MONTH_SOURCE}\s*[-–—]\s*${MONTH_SOURCE}`,
    String.raw`(?<![\p{L}])(?:first|ilk|birinci|первы\p{L}*|за)\s+(?:\p{L}+\s+)?(?:months|ay\p{L}*|месяц\p{L}*)`,
    String.raw`(?<![\p{L}])(?:quarter|half|çeyre\p{L}*|rüb\p{L}*|yarı\p{L}*|квартал\p{L}*|полугоди\p{L}*)`,
    String.raw`(?<![\p{L}\p{N}])(?:q[1-4]|h[12])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:3|6|9)[mм]\s+(?:19|20)\d{2}`,
  ].join('|'),
  'u',
)
const isOfAWholeYear = (f: Figure) =>
  f.sources.every((source) => !PART_OF_A_YEAR.test(source.quote.toLocaleLowerCase('tr')))

/** Writes a number for a formula with spaced thousands ("1 000 000 000", "4 500 000", "1.5"). */
function formatFormulaNumber(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

const sorted = <T extends string>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())].sort()

/** Gathers the sources of the input figures, each sentence once, in order. */
const unionSources = (...figures: readonly Figure[]): SourceRef[] =>
  distinctSentences(figures.flatMap((f) => f.sources))

/** Builds a derived figure on the absolute one it rescales, from the inputs it was computed from. */
function derivedFigure(
  absolute: Figure,
  other: Figure,
  fields: Pick<Figure, 'label' | 'value' | 'year'> & { formula: string; tag: string },
): Figure {
  return {
    id: `${absolute.metric}-derived-${fields.tag}-${shortHash(`${other.id}|${absolute.id}`)}`,
    metric: absolute.metric,
    label: fields.label,
    kind: 'achieved',
    value: fields.value,
    valueMax: null,
    unit: absolute.unit,
    qualifier: 'about',
    year: fields.year,
    deadline: null,
    horizon: null,
    derived: { formula: fields.formula, from: [other.id, absolute.id] },
    conflict: null,
    sectors: sorted(absolute.sectors, other.sectors),
    countries: sorted(absolute.countries, other.countries),
    curated: false,
    // a figure computed from one that needs review needs it too
    confidence: absolute.confidence === 'high' && other.confidence === 'high' ? 'high' : 'review',
    reviewReasons: sorted(absolute.reviewReasons, other.reviewReasons),
    sources: unionSources(absolute, other),
  }
}

/**
 * "2 katına çıkararak 1 milyar dolara": a target ×k and an absolute target of the same metric in the same sentence
 * imply the level before the rise, value ÷ k. Skipped when the sentence holds more than one candidate of either.
 */
function baselines(figures: readonly Figure[], index: SentenceIndex): Figure[] {
  return figures.filter(isTargetMultiplier).flatMap((multiplier) => {
    const k = multiplier.value ?? 0
    const absolutes = index
      .sharing(multiplier)
      .filter((f) => f.metric === multiplier.metric && f.kind === multiplier.kind && isAbsolute(f))
    const [absolute] = absolutes
    if (absolutes.length !== 1 || !absolute || absolute.value === null || k <= 1) return []
    const rivals = index.sharing(absolute).filter((m) => isTargetMultiplier(m) && m.metric === multiplier.metric)
    if (rivals.length !== 1) return []
    return [
      derivedFigure(absolute, multiplier, {
        tag: 'baseline',
        label: `${absolute.label}: implied level before the ×${formatFormulaNumber(k)} rise`,
        value: absolute.value / k,
        year: null,
        formula: `${formatFormulaNumber(absolute.value)} ${absolute.unit} ÷ ${formatFormulaNumber(k)}`,
      }),
    ]
  })
}

/**
 * "yüzde 62 artarak 4,5 milyon tona ulaştı": an achieved value V in year Y with growth p % implies V ÷ (1 + p/100)
 * the year before. Skipped when the sentence holds more than one value or growth rate of the metric for that year, or
 * states the year before's value itself.
 */
function previousYears(figures: readonly Figure[], index: SentenceIndex): Figure[] {
  return figures.filter(isAchievedGrowth).flatMap((rate) => {
    const p = rate.value ?? 0
    const metric = rate.metric.slice(0, -GROWTH.length)
    const absolutes = index
      .sharing(rate)
      .filter((f) => f.metric === metric && f.kind === 'achieved' && f.year === rate.year && isAbsolute(f))
    const [absolute] = absolutes
    if (absolutes.length !== 1 || !absolute || absolute.value === null || p <= -100) return []
    // "38,200 TEU in January-October, up 41% year on year": the level before is January-October's, no year's
    if (!isOfAWholeYear(absolute)) return []
    if (index.sharing(absolute).filter((r) => isAchievedGrowth(r) && r.metric === rate.metric).length !== 1) return []
    const year = absolute.year === null ? null : absolute.year - 1
    // "Выручка | 612,4 | 548,9 | +11,6%", "rose 62% to 4.5 Mt from 2.8 Mt": the sentence states last year's level itself
    const stated = (f: Figure) => f.metric === metric && f.kind === 'achieved' && f.year === year && isAbsolute(f)
    if (year !== null && index.sharing(rate).some(stated)) return []
    const sign = p < 0 ? '−' : '+'
    return [
      derivedFigure(absolute, rate, {
        tag: 'previous',
        label: `${absolute.label}: implied level ${year === null ? 'a year' : `in ${year}, the year`} before`,
        value: absolute.value / (1 + p / 100),
        year,
        formula: `${formatFormulaNumber(absolute.value)} ${absolute.unit} ÷ (1 ${sign} ${formatFormulaNumber(Math.abs(p))} %)`,
      }),
    ]
  })
}

/** Computes the figures stated ones imply (the baseline before "doubling", last year's level before "+62 %"). */
export function deriveFigures(figures: readonly Figure[]): Figure[] {
  const index = new SentenceIndex(figures)
  return [...baselines(figures, index), ...previousYears(figures, index)]
}
