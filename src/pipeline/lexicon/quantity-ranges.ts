import type { Quantity } from './quantity'

/**
 * The words that make two amounts one range, by language pattern, and never a change from one to the other:
 * Russian "от 4 до 6 суток" (a rise is "с … до"), English "between 8 and 10 million tonnes", "ranges from $3.5 billion
 * to $5 billion" and "$3.5 billion to $4 billion" (a rise is "from … to"), two amounts joined by a dash ("€3.5bn-€4bn"), and an ablative to a terminative before a verb of varying ("10 gündən 12 günədək
 * dəyişir") or a noun of an amount ("2 000 manatdan 5 000 manatadək məbləğdə cərimə", "… liraya kadar para cezası"; "1 milyon tondan 5 milyon tona yüksəldiləcək" is a change and stays two figures).
 */
interface RangeWords {
  /** Before the lower end. */
  before: RegExp
  /** The lower end's own words and the gap to the upper end ("4 до ", "10 gündən "). */
  low: RegExp
  /** The upper end's own words and what follows ("6 суток", "12 günədək dəyişir"). */
  high: RegExp
}

const RANGES: readonly RangeWords[] = [
  { before: /(?:^|[\s(«"])от\s+$/u, low: /\s+до\s+$/u, high: /^/u },
  { before: /(?:^|[\s(])between\s+$/iu, low: /\s+and\s+$/u, high: /^/u },
  // "estimates range from $3.5 billion to $5 billion", "prices ranged from $38 to $45": a span, not a change
  { before: /(?:^|\s)rang(?:e|es|ed|ing)\s+from\s+$/iu, low: /\s+to\s+$/u, high: /^/u },
  // "$3.5 billion to $4 billion", but not a change "from 45 to 70" or "by $1 billion to $4 billion"
  {
    before: /(?<!(?:from|by)(?:\s+\p{L}+){0,2}\s+)$/iu,
    low: /^(?:[^\s,;]|,(?=\d))+(?:\s\p{L}+){0,2}\s+to\s+$/u,
    high: /^/u,
  },
  // "€3.5bn-€4bn", "$3.5 billion – $4 billion": two whole amounts joined by a dash
  { before: /(?:^|[\s(])$/u, low: /^(?:[^\s,;]|,(?=\d))+(?:\s\p{L}+\.?){0,2}\s?[-–—]\s?$/u, high: /^/u },
  {
    before: /(?:^|\s)$/u,
    low: /(?:dan|den|dən|tan|ten|tən)\s+$/u,
    high: /(?:d[əe]k|değin|(?:[aeə]\s+(?:qədər|kadar)))\s+(?:\p{L}+\s+){0,2}?(?:dəyiş|değiş|məbləğ|miqdar|tutar|cərimə|ceza)/u,
  },
]

/**
 * "between the two ports to 12 from seven", "four gantry cranes — $14 million": a count with a noun of its own before
 * "to" or a dash counts that noun, and the number after it is another figure's, no upper end.
 */
function countsOtherThing(text: string, low: Quantity, high: Quantity): boolean {
  if (low.unit !== 'count') return false
  const gap = text.slice(low.end, high.start)
  return (high.unit === 'count' && /^\s+\p{L}+\s+to\s+$/u.test(gap)) || /^\s+\p{L}+(?:\s\p{L}+)?\s?[-–—]\s?$/u.test(gap)
}

/** The power of a thousand a bare lower end shares with its upper end ("8 and 10 million" → 8 million). */
function sharedScale(lower: number, upper: number): number {
  let factor = 1
  while (lower * factor * 1000 <= upper) factor *= 1000
  return factor
}

/** Joins the two ends of a stated range into one quantity with `valueMax` (`text` is the sentence they were read in). */
export function mergeRanges(text: string, quantities: readonly Quantity[]): Quantity[] {
  const merged: Quantity[] = []
  for (let i = 0; i < quantities.length; i++) {
    const low = quantities[i]!
    const high = quantities[i + 1]
    const range =
      high &&
      low.valueMax === null &&
      high.valueMax === null &&
      (low.unit === high.unit || low.unit === 'count') &&
      !countsOtherThing(text, low, high) &&
      RANGES.find(
        (r) =>
          r.before.test(text.slice(Math.max(0, low.start - 30), low.start)) &&
          r.low.test(text.slice(low.start, high.start)) &&
          r.high.test(text.slice(high.start, high.end + 40)),
      )
    const value = range ? low.value * (low.unit === high.unit ? 1 : sharedScale(low.value, high.value)) : 0
    if (!range || value >= high.value) {
      merged.push(low)
      continue
    }
    merged.push({
      ...high,
      start: low.start,
      value,
      valueMax: high.value,
      qualifier: low.qualifier,
      qualifierSpan: low.qualifierSpan,
    })
    i++
  }
  return merged
}
