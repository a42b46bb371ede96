import { HORIZON_TERMS, type Figure, type HorizonTerm } from '../../schema/dataset'
import { toHorizonTerm } from '../../schema/horizon-term'
import { parseNumberWords } from '../lexicon/number-words'
import { foldCase } from '../lexicon/text'
import { YEAR_COUNT_SOURCE } from './figure-horizons'

// the count in a relative horizon: "üç yıl içinde", "növbəti 3 ildə", "within a year", "в течение пяти лет"
const YEAR_COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(${YEAR_COUNT_SOURCE}|a)\\s+(?:yıl\\p{L}*|il\\p{L}*|years?|лет|года?)(?![\\p{L}])`,
  'u',
)
// Russian genitives the number lexicon does not list ("в течение шести лет")
const GENITIVES: Record<string, number> = { одного: 1, шести: 6, семи: 7, восьми: 8, девяти: 9 }

/**
 * Reads a count of years from the statement ("üç il ərzində", "in three years", "в течение трёх лет") as the term
 * `within-N-years` (1 to 10); null for other words, or a count no term covers ("a few", "in 15 years").
 */
export function relativeYearsTerm(words: string): HorizonTerm | null {
  const word = YEAR_COUNT.exec(foldCase(words, 'tr'))?.[1]
  if (word === undefined) return null
  const count = /^\d+$/u.test(word)
    ? Number(word)
    : word === 'a'
      ? 1
      : (GENITIVES[word] ??
        ['tr', 'az', 'en', 'ru'].map((lang) => parseNumberWords([word], lang)).find((value) => value !== null) ??
        null)
  const term = count === 1 ? 'within-1-year' : `within-${count}-years`
  return (HORIZON_TERMS as readonly string[]).includes(term) ? (term as HorizonTerm) : null
}

/** Gives every figure the normalised term of its horizon words, so no reader has to interpret the source words. */
export function withHorizonTerms<F extends Pick<Figure, 'horizon'>>(
  figures: readonly F[],
): (F & Pick<Figure, 'horizonTerm'>)[] {
  return figures.map((figure) => ({
    ...figure,
    horizonTerm: figure.horizon === null ? null : (relativeYearsTerm(figure.horizon) ?? toHorizonTerm(figure.horizon)),
  }))
}
