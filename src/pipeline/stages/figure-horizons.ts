import { NUMBER_WORD_SOURCE } from '../lexicon/date-words'
import type { Span } from '../types'

// Open horizons of a target ("in the near future", "önümüzdeki yıllarda", "в ближайшие годы"): no deadline, and
// the dates inside them are none either.

/** A count of years in words or digits, as a relative horizon gives it ("üç", "3", "three", "трёх", "пяти"). */
export const YEAR_COUNT_SOURCE = `(?:\\d{1,2}|${NUMBER_WORD_SOURCE}|bir|one|одного|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти)`
const YEARS_AFTER = `${YEAR_COUNT_SOURCE}\\s+`

/** Open horizons for a target, by language ("yakın gelecekte", "yaxın gələcəkdə", "in the near future"). */
const HORIZONS = new RegExp(
  `(?<![\\p{L}])(?:${[
    'yakın gelecekte',
    'yakında',
    'kısa (?:sürede|vadede|zamanda)',
    'önümüzdeki (?:dönemde|yıllarda|süreçte)',
    '(?:orta|uzun) vadede',
    'yaxın gələcəkdə',
    'tezliklə',
    'qısa (?:müddətdə|zamanda)',
    '(?:yaxın|qarşıdakı|növbəti) illərdə',
    '(?:orta|uzun) müddətli (?:dövrdə|perspektivdə)',
    'in the near future',
    'in the coming years',
    'in the (?:medium|long) term',
    'soon',
    'shortly',
    'в ближайшее время',
    'в ближайшие годы',
    'в ближайшем будущем',
    'в скором времени',
    'в (?:средне|долго)срочной перспективе',
    // a count of years from the statement: "üç yıl içinde", "üç il ərzində", "in three years", "в течение трёх лет"
    `(?:önümüzdeki )?${YEARS_AFTER}yıl (?:içinde|içerisinde|zarfında)`,
    `önümüzdeki ${YEARS_AFTER}yılda`,
    `(?:növbəti |qarşıdakı |yaxın )?${YEARS_AFTER}il (?:ərzində|müddətində|içində)`,
    `(?:növbəti|qarşıdakı|yaxın) ${YEARS_AFTER}ildə`,
    `(?:in|within) (?:the next )?${YEARS_AFTER}years?`,
    'within a year',
    `over the next ${YEARS_AFTER}years`,
    `(?:в течение|через|в ближайшие|за) ${YEARS_AFTER}(?:лет|года?)`,
  ].join('|')})(?![\\p{L}])`,
  'gu',
)

/** Finds where open horizons stand in a folded sentence; dates inside them ("önümüzdeki yıllarda") are not deadlines. */
export function horizonSpans(folded: string): Span[] {
  return [...folded.matchAll(HORIZONS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** Finds the open horizon words nearest to `near` in a sentence, verbatim from the original text, or null. */
export function findHorizon(original: string, folded: string, near: Span): string | null {
  const distance = (h: Span) => Math.abs(h.start - near.start)
  const best = horizonSpans(folded).reduce<Span | null>(
    (a, b) => (a === null || distance(b) < distance(a) ? b : a),
    null,
  )
  return best ? original.slice(best.start, best.end) : null
}
