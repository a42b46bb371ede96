import type { Figure } from '../../schema/dataset'

/** Computes the figures a stated one implies (baseline before "doubling"), each marked derived. STUB. */
export function deriveFigures(_figures: readonly Figure[]): Figure[] {
  return []
}
