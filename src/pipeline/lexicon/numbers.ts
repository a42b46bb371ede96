import type { Qualifier } from '../../schema/dataset'
import type { Span } from '../types'

/** A quantity stated in text: "4,5 milyon tona" → 4500000 t; "iki dəfə" → 2 multiplier; "10'dan fazla" → >10. */
export interface Quantity extends Span {
  value: number
  valueMax: number | null
  unit: string
  qualifier: Qualifier
}

/** Parses one numeral as written ("4,5", "1.500.000", "iki", "on beş"); null when it is not a number. STUB. */
export function parseNumber(_text: string, _lang: string): number | null {
  return null
}

/** Finds every quantity in a sentence with its exact span. STUB (owner: figures helper). */
export function findQuantities(_text: string, _lang: string): Quantity[] {
  return []
}
