import type { Token } from './numeral-tokens'

// A score in points and its scale, the most a score can be ("87,4 балла из 100", "scored 87 out of 100", "ən azı 75 bal
// (100 ballıq şkala üzrə)", "5-балльной шкале"): a jury's, an exam's or a scale's marks, which count
// nothing. Points that measure a rate's change ("0,5 puan düştü", "2 points") are left to the caller.

/** Words of a score before "out of": "балла", "points", "bal", "puan". */
const SCORE_WORD = /^(?:балл\p{L}*|points?|pts|bal|ball|puan\p{L}*)$/u
/** "out of", "из", "üzerinden" between a score and its scale. */
const OUT_OF = /^(?:из|üzerinden|üzərindən)$/u
/** Points of a score after its number: "87,4 балла", "75 bal" (Turkish "puan" and English "points" are a rate's too). */
const SCORE_AFTER = /^(?:балл|балла|баллов|bal|balla|baldan)$/u
/**
 * A scale made an adjective after its number: "100 ballıq", "5-балльной", "10-point" (a Turkish "3,1 puanlık artış" is
 * a rise of 3.1 points, a share's change, and stays).
 */
const SCALE_AFTER = /^(?:ballıq|ballı|ballik|балльн\p{L}*|point)$/u

/** Tells whether the number from `first` to `last` is a score in points or the top of a score's scale. */
export function isScoreScale(tokens: readonly Token[], first: number, last: number): boolean {
  const [before, earlier, next] = [tokens[first - 1], tokens[first - 2], tokens[last + 1]]
  // "5-балльной шкале", "10-point scale": the hyphen glues the scale's word on
  const after = next?.text === '-' && next.gap === '' ? tokens[last + 2] : next
  if (after?.kind === 'word' && SCALE_AFTER.test(after.text)) return true
  if (next?.kind === 'word' && SCORE_AFTER.test(next.text)) return true
  if (before?.text === 'of' && earlier?.text === 'out') return true
  return before !== undefined && OUT_OF.test(before.text) && SCORE_WORD.test(earlier?.text ?? '')
}
