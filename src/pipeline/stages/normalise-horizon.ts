import type { Figure } from '../../schema/dataset'
import { toHorizonTerm } from '../../schema/horizon-term'

/** Gives every figure the normalised term of its horizon words, so no reader has to interpret the source words. */
export function withHorizonTerms<F extends Pick<Figure, 'horizon'>>(
  figures: readonly F[],
): (F & Pick<Figure, 'horizonTerm'>)[] {
  return figures.map((figure) => ({ ...figure, horizonTerm: toHorizonTerm(figure.horizon) }))
}
