import type { Qualifier } from '../../schema/dataset'
import type { Span } from '../types'

/** A quantity stated in text: "4,5 milyon tona" → 4500000 t; "iki dəfə" → 2 multiplier; "10'dan fazla" → >10. */
export interface Quantity extends Span {
  value: number
  valueMax: number | null
  unit: string
  qualifier: Qualifier
  /** How the number is written: in digits, in words, or implied by a word like "doubled" or "ikiqat". */
  written: 'digits' | 'words' | 'implied'
  /** Where the qualifier words stand ("yaklaşık", "fazla"), or null when the quantity is exact. */
  qualifierSpan: Span | null
  /** A scaled number whose unit the text leaves to a neighbour ("15 млн до 25 млн тонн", "…, с X – 520,4 млн"). */
  elliptic?: boolean
}

/** What reading at one token gives: a quantity or none, and the token index to read next. */
export interface ReadResult {
  quantity: Quantity | null
  next: number
}
