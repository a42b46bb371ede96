import type { Figure, HorizonTerm } from './dataset'

// Checked in this order, so the more specific phrase wins ("в ближайшие годы" is coming years, not soon).
const TERM_PATTERNS: readonly (readonly [HorizonTerm, RegExp])[] = [
  ['near-future', /yak[ıi]n gelecek|yax[ıi]n gələcək|near future|ближайшем будущем/u],
  ['coming-years', /önümüzdeki y[ıi]llar|(?:yax[ıi]n|qarş[ıi]dak[ıi]|növbəti) illər|coming years|ближайшие годы/u],
  ['coming-period', /önümüzdeki (?:dönem|süreç)/u],
  ['short-term', /k[ıi]sa (?:süre|vade|zaman)|q[ıi]sa (?:müddət|zaman)|short term|краткосрочн/u],
  ['medium-term', /orta (?:vade|müddət)|medium term|среднесрочн/u],
  ['long-term', /uzun (?:vade|müddət)|long term|долгосрочн/u],
  ['soon', /yak[ıi]nda|tezliklə|\bsoon\b|shortly|ближайшее время|скором времени/u],
]

/** Normalises the words of an open horizon ("Yakın gelecekte", "in the coming years") to a term, or null. */
export function toHorizonTerm(words: string | null): HorizonTerm | null {
  if (words === null) return null
  const folded = words.toLowerCase()
  return TERM_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null
}

/** Reads a figure's horizon term, normalising its words when the file predates the field. */
export function horizonTermOf(figure: Pick<Figure, 'horizon' | 'horizonTerm'>): HorizonTerm | null {
  return figure.horizonTerm ?? toHorizonTerm(figure.horizon)
}
