import type { CountryMention, Span } from '../types'

/** A city or other place named in a text, with the country it lies in. */
export interface PlaceMention extends Span {
  name: string
  country: string
}

/** Finds country names in any inflected form. STUB (owner: entities helper). */
export function findCountries(_text: string, _lang: string): CountryMention[] {
  return []
}

/** Finds cities and places (Astana, Bakı, Aşkabat) in any inflected form. STUB (owner: entities helper). */
export function findPlaces(_text: string, _lang: string): PlaceMention[] {
  return []
}
