import type { EventDraft, ExtractionInput } from '../types'

/** Finds the events an article states. STUB. */
export function extractEvents(_input: ExtractionInput): EventDraft[] {
  return []
}
