import type { PersonMention } from '../types'

/** Finds people by gazetteer and title patterns. STUB (owner: entities helper). */
export function findPeople(_text: string, _lang: string): PersonMention[] {
  return []
}
