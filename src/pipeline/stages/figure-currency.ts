import { isTurkmenClause, somCurrency } from '../lexicon/countries'
import type { Quantity } from '../lexicon/numbers'
import { SOM } from '../lexicon/units'
import type { ExtractionInput } from '../types'
import { clauseAround } from './clauses'

// Whose currency an amount is where its word names several countries' money: a "som" (Uzbekistan's or Kyrgyzstan's,
// by the article's countries) and a "manat" (Turkmenistan's in a Turkmen clause, else Azerbaijan's).

/** The word of a manat written out ("52 маната", "1 400 manat"), not its code or sign. */
const MANAT_WORD = /manat|манат/iu

/** A quantity's unit with its currency put in: "SOM/kg" in "UZS" is "UZS/kg", "AZN" in "TMT" is "TMT". */
function inCurrencyOf(quantity: Quantity, currency: string): Quantity {
  const [, ...per] = quantity.unit.split('/')
  return { ...quantity, unit: [currency, ...per].join('/') }
}
/** The currency of an amount or of a price per unit of goods ("AZN/t": "AZN"). */
const currencyOf = (unit: string) => unit.split('/')[0]

/** A quantity in manat (or a price in manat per unit of goods) in Turkmenistan's manat where its clause is Turkmen. */
export function inManat(quantity: Quantity, sentence: string, lang: string): Quantity {
  if (currencyOf(quantity.unit) !== 'AZN' || !MANAT_WORD.test(sentence.slice(quantity.start, quantity.end)))
    return quantity
  const clause = clauseAround(sentence, quantity)
  return isTurkmenClause(sentence.slice(clause.start, clause.end), lang) ? inCurrencyOf(quantity, 'TMT') : quantity
}

/**
 * A quantity in "som" (or a price in som per unit of goods) in the currency the article's countries tell, or none when
 * they do not tell one.
 */
export function inCurrency(quantity: Quantity, article: ExtractionInput['article']): Quantity[] {
  if (currencyOf(quantity.unit) !== SOM) return [quantity]
  const currency = somCurrency(article)
  return currency === null ? [] : [inCurrencyOf(quantity, currency)]
}
