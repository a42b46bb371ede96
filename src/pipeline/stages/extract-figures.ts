import type { FigureDraft, ExtractionInput } from '../types'

/** Finds the figures an article states. STUB. */
export function extractFigures(_input: ExtractionInput): FigureDraft[] {
  return []
}
