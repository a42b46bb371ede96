import type { DateMention } from '../types'

/** Finds date expressions in a sentence and resolves them against the article's date. STUB (owner: read helper). */
export function findDates(_text: string, _lang: string, _published: string | null): DateMention[] {
  return []
}
