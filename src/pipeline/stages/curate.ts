import type { Agreement, Article, CorridorEvent, Figure } from '../../schema/dataset'

/** An analyst's corrections, read from the curation file in the input folder. STUB: format in progress. */
export type Curation = Record<string, never>

/** The facts curation works on. */
export interface FactSet {
  articles: Article[]
  figures: Figure[]
  agreements: Agreement[]
  events: CorridorEvent[]
}

/** Applies an analyst's corrections. STUB. */
export function applyCuration(facts: FactSet, _curation: Curation): FactSet {
  return facts
}

/** The curation file's name inside the input folder. */
export const CURATION_FILE = 'curation.json'

/** Parses the curation file. STUB. */
export function parseCuration(_text: string, _file: string): Curation {
  return {}
}
