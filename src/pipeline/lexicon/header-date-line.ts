import { findDates } from './dates'
import { foldCase } from './text'

/** Longer lines are prose, never a header date; checking first keeps a 5 MB one-line file cheap. */
const MAX_HEADER_DATE_CHARS = 80

/** A date alone on a header line, perhaps with a weekday, a time or a label: "27.10.2025 [14:37]", "15 dekabr, 2025". */
const HEADER_DATE = new RegExp(
  String.raw`^(?:(?:date|tarih|tarix|yayın\p{L}*|published|updated|дата|опубликовано)\s*:?\s*)?(.+?)[\s,|–—-]*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?\s*$`,
  'u',
)

/**
 * Reads a header line that holds only a date (and maybe a weekday, a time or a "date:" label) into 'YYYY-MM-DD';
 * null when the line is anything else. Month names may be Turkish, Azerbaijani, English or Russian.
 */
export function parseHeaderDate(line: string): string | null {
  if (line.length > MAX_HEADER_DATE_CHARS) return null
  const core = HEADER_DATE.exec(foldCase(line.trim(), 'tr'))?.[1]
  if (!core) return null
  const mentions = findDates(core, 'tr', null)
  const only = mentions[0]
  if (mentions.length !== 1 || !only || only.value?.length !== 10) return null
  // A weekday may lead the date ("Salı, 21 Ekim 2025").
  if (!/^(?:\p{L}+,?\s+)?$/u.test(core.slice(0, only.start))) return null
  // A year word ("года", "г.") may trail the date; any other word makes the line a sentence, not a date.
  return /^[\s,.]*(?:\p{L}{1,5}\.?)?[\s,.]*$/u.test(core.slice(only.end)) ? only.value : null
}
