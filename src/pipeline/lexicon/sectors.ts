import type { SectorMention } from '../types'

/** Finds sector cue words. STUB (owner: entities helper). */
export function findSectors(_text: string, _lang: string): SectorMention[] {
  return []
}
