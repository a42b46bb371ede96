/**
 * A price of one unit of goods, as the pipeline writes its unit and the interface reads it back: a currency code, a
 * slash, the unit priced ("USD/t", "EUR/barrel", "AZN/m2"). Both sides use this one module.
 */
export interface RateUnit {
  currency: string
  per: string
}

const RATE = /^([A-Z]{3})\/(\p{L}[\p{L}\d]*)$/u

/** Writes a rate's unit: `rateUnit('USD', 't')` is "USD/t". */
export const rateUnit = (currency: string, per: string): string => `${currency}/${per}`

/** Reads a unit back as a rate, or null when it is none ("USD/t" → USD per t; "USD" → null). */
export function readRateUnit(unit: string): RateUnit | null {
  const m = RATE.exec(unit)
  return m ? { currency: m[1]!, per: m[2]! } : null
}
