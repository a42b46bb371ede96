import { foldCase } from '../lexicon/text'
import type { Sentence } from '../types'

/**
 * How a correction note opens, in the four languages, maybe after a live page's time stamp ("14:40 - Correction:") or
 * a dated label ("Updated 29.04.2026: an earlier version …", "*Correction, 17:40: An earlier version …"):
 * "Correction:", "(This story has been corrected …", "An earlier version of this article …", "Düzeltme:", "Tashih:",
 * "Düzəliş:", "Исправление:", "Уточнение:", "В первоначальной версии …". Its figures are the wrong one it withdraws
 * and the right one it restates: neither is a fact the story reports.
 */
const CORRECTION_OPENING = new RegExp(
  // "14:40 - ", "*Correction, 17:40: ", "Updated 29.04.2026: ": a time stamp or a dated label before the note
  String.raw`^(?:\d{1,2}[:.]\d{2}\s*[-–—|]?\s*)?[*(\[]?\s*` +
    String.raw`(?:(?:updated?|correction|güncelleme|güncellendi|yeniləndi|обновлено|обновление)(?:\d{1,2}:\d{2}|[^:\n]){0,24}:\s*)?(?:` +
    [
      String.raw`(?:correction|clarification|editor's note|editor’s note)\s*:`,
      String.raw`(?:this|the) (?:story|article|report|post) (?:has been|was|is) (?:corrected|amended)`,
      String.raw`an earlier version of (?:this|our|the)`,
      String.raw`(?:düzeltme|tashih|düzəliş|redaksiyadan düzəliş)\s*:`,
      String.raw`(?:исправление|уточнение|поправка)\s*:`,
      String.raw`в (?:первоначальной|предыдущей|ранее опубликованной) версии`,
    ].join('|') +
    ')',
  'u',
)

/** Tells whether a paragraph (one line of the text) is a correction note. */
export const isCorrectionNote = (line: string, lang: string): boolean =>
  CORRECTION_OPENING.test(foldCase(line.trim(), lang))

/** The sentences that do not stand in a correction note: those the extractors read facts from. */
export function storySentences(text: string, lang: string, sentences: readonly Sentence[]): Sentence[] {
  const notes: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (isCorrectionNote(line, lang)) notes.push({ start, end: start + line.length })
    start += line.length + 1
  }
  if (notes.length === 0) return [...sentences]
  return sentences.filter((s) => !notes.some((note) => s.start >= note.start && s.end <= note.end))
}
