import type { DocumentType } from '../../schema/dataset'
import { looseFold } from '../lexicon/term-matcher'

/** Each document type and the nouns that name it in Turkish, Azerbaijani, English and Russian (folded). */
const TYPES: [DocumentType, RegExp][] = [
  [
    'joint-declaration',
    /(?:ortak|birgə|joint|совместн\p{L}*)\s+(?:bildiri\p{L}*|deklarasyon\p{L}*|beyanname\p{L}*|bəyannamə\p{L}*|bəyanat\p{L}*|declaration|деклараци\p{L}*)/u,
  ],
  ['joint-statement', /(?:ortak|joint|совместн\p{L}*)\s+(?:açiklama\p{L}*|statement|заявлени\p{L}*)/u],
  [
    'declaration',
    /bildiri\p{L}*|bildirge\p{L}*|deklarasyon\p{L}*|beyanname\p{L}*|bəyannamə\p{L}*|bəyanat\p{L}*|declaration|деклараци\p{L}*/u,
  ],
  ['statement', /açiklama\p{L}*|statement|заявлени\p{L}*/u],
  ['memorandum', /memorandum\p{L}*|mutabakat\p{L}*|меморандум\p{L}*/u],
  ['roadmap', /yol harita\p{L}*|yol xəritə\p{L}*|road\s?map|дорожн\p{L}* карт\p{L}*/u],
  ['action-plan', /eylem plan\p{L}*|fəaliyyət plan\p{L}*|action plan|план\p{L}* действий/u],
  ['programme', /program\p{L}*|программ\p{L}*/u],
  ['protocol', /protokol\p{L}*|protocol|протокол\p{L}*/u],
  ['agreement', /anlaşma\p{L}*|antlaşma\p{L}*|saziş\p{L}*|agreement|accord|соглашени\p{L}*/u],
  ['contract', /sözleşme\p{L}*|müqavilə\p{L}*|contract|treaty|договор\p{L}*|контракт\p{L}*/u],
  ['decision', /karar\p{L}*|qərar\p{L}*|decision|решени\p{L}*/u],
  ['communique', /kommunike\p{L}*|communiqu\p{L}*|коммюнике/u],
]

const HEAD_FINAL = new Set(['tr', 'az'])

/**
 * Reads what kind of document a title names from its head noun: the last document noun in Turkish and Azerbaijani
 * ("… Anlaşma Memorandumu" is a memorandum), the first in English and Russian ("Protocol of the … Meeting").
 */
export function documentTypeOf(title: string, lang: string): DocumentType | null {
  const folded = looseFold(title, lang)
  const found = TYPES.flatMap(([type, pattern]) => {
    const m = new RegExp(pattern.source, 'gu')
    return [...folded.matchAll(m)].map((hit) => ({ type, at: hit.index, end: hit.index + hit[0].length }))
  })
  if (found.length === 0) return null
  // a joint declaration also matches "declaration": the longer match at the same place names it
  const ranked = found.sort(
    (a, b) => (HEAD_FINAL.has(lang) ? b.end - a.end : a.at - b.at) || b.end - b.at - (a.end - a.at),
  )
  return ranked[0]?.type ?? null
}

/** Reads the years a plan or programme covers from its title ("2026-2027 Eylem Planı" → "2026–2027"). */
export function documentYearsOf(title: string): string | null {
  const m = /(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/u.exec(title)
  return m ? `${m[1]}–${m[2]}` : null
}
