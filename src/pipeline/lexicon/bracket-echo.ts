import { readNumeral, readScale } from './numeral-reader'
import type { Token } from './numeral-tokens'
import { matchUnit } from './units'

/**
 * A contract's or a filing's amount written twice, the second time in brackets: "60 000 000 (altmış milyon) ABŞ
 * dolları", "5 (beş) il", "сроком на 5 (пять) лет", "five (5) years", "USD 60,000,000 (sixty million US dollars)".
 * Gives the index of the closing bracket when the bracket holds the same value again (maybe with the same unit), so
 * the amount reads on to its unit past it and the echo is not a second figure; null otherwise.
 */
export function readBracketEcho(
  tokens: readonly Token[],
  last: number,
  value: number,
  unit: string | null,
  lang: string,
): number | null {
  if (tokens[last + 1]?.text !== '(') return null
  const echo = readNumeral(tokens, last + 2, lang)
  if (!echo || 'skip' in echo) return null
  const scale = readScale(tokens, echo.last + 1)
  let end = scale?.last ?? echo.last
  if (Math.abs(echo.value * (scale?.factor ?? 1) - value) > Math.abs(value) * 1e-9) return null
  const echoUnit = tokens[end + 1]?.text === ')' ? null : matchUnit(tokens, end + 1, lang)
  if (echoUnit) {
    if (echoUnit.unit !== unit || echoUnit.factor !== 1) return null
    end = echoUnit.last
  }
  return tokens[end + 1]?.text === ')' ? end + 1 : null
}
