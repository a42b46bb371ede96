import type { SectorMention } from '../types'
import { SECTOR_TERMS } from './sector-terms'
import { compileLexicon, findTerms } from './term-matcher'

/** Options of `findSectors`. */
export interface FindSectorsOptions {
  /** Whether words for diplomatic activity (visit, summit, ambassador) count as "diplomacy"; true by default. */
  activities?: boolean
}

const ALL = compileLexicon(SECTOR_TERMS.map((t) => ({ ...t, value: t.sector })))
const FIELDS = compileLexicon(SECTOR_TERMS.filter((t) => !t.activity).map((t) => ({ ...t, value: t.sector })))

/**
 * Finds sector cue words in any inflected form ("enerjiye", "nəqliyyat-logistika", "dijitalleşmeden", "yapay zeka").
 * With `activities: false` it keeps only fields of cooperation, as a list of what an agreement covers needs.
 */
export function findSectors(text: string, lang: string, options: FindSectorsOptions = {}): SectorMention[] {
  const lexicon = options.activities === false ? FIELDS : ALL
  return findTerms(text, lang, lexicon).map(({ start, end, value }) => ({ start, end, sector: value }))
}
