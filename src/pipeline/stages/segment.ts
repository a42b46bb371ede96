import type { Sentence } from '../types'

/** Splits cleaned text into sentences with exact offsets. STUB. */
export function segmentText(text: string, _lang: string): Sentence[] {
  return text.trim() ? [{ start: 0, end: text.length, text }] : []
}
