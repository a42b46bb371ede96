import type { Sentence } from '../types'
import { namedSides } from './figure-countries'

/**
 * A load board's or a schedule's route over its block of fields: "Ташкент (UZ) → Мерсин (TR)", "Güzergâh: Mersin (TR)
 * → Almatı (KZ), Sarp … üzerinden", "Route: Poti, Georgia → Aktau, Kazakhstan". The cargo, weight and rate on the lines
 * under it, which name no country, are that route's two ends'.
 */

/** A route line: maybe its label, then its two ends about an arrow. */
const ROUTE_LINE = /^(?:[\p{L} ]{2,20}:\s*)?([^→]{2,60}?)\s*(?:→|->|⇒)\s*([^→]{2,80})$/u
/** A country's code in brackets after a place: "Ташкент (UZ)", "Mersin (TR)". */
const CODE_IN_BRACKETS = /\((\p{Lu}{2})\)/u

/** The country one end of a route names: its code in brackets, else the one country its words name. */
function endCountry(end: string, lang: string): string | null {
  const code = CODE_IN_BRACKETS.exec(end)?.[1]
  if (code !== undefined) return code
  const sides = namedSides(end, lang)
  return sides.length === 1 ? (sides[0] ?? null) : null
}

/** The two countries of a route line, sorted, or null when the line is no route between two countries. */
export function routeOfLine(line: string, lang: string): string[] | null {
  const ends = ROUTE_LINE.exec(line.trim())
  if (!ends) return null
  const [from, to] = [endCountry(ends[1] ?? '', lang), endCountry(ends[2] ?? '', lang)]
  return from !== null && to !== null && from !== to ? [from, to].sort() : null
}

/**
 * The route each sentence stands under: the route line that opens its paragraph, for the sentences of that paragraph
 * after it; null elsewhere.
 */
export function routeBlocks(text: string, sentences: readonly Sentence[], lang: string): (readonly string[] | null)[] {
  let route: string[] | null = null
  return sentences.map((sentence, index) => {
    const before = text.slice(sentences[index - 1]?.end ?? 0, sentence.start)
    if (index === 0 || /\n\s*\n/u.test(before)) route = null
    const own = before.includes('\n') || index === 0 ? routeOfLine(sentence.text, lang) : null
    if (own !== null) {
      route = own
      return null
    }
    return route
  })
}
