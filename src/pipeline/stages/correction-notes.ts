import { findQuantities } from '../lexicon/numbers'
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

/** A value a correction note withdraws: the story's text may still give it, and it is never shown. */
export interface Withdrawn {
  value: number
  unit: string
}

/** What the extractors read once the correction notes are taken apart. */
export interface StoryText {
  /** The story's own sentences, and a note's restatement of a figure the story no longer gives right. */
  sentences: Sentence[]
  /** The values the notes withdraw. */
  withdrawn: Withdrawn[]
}

/** What denies the value after it ("not 16 bcm", "а не 16", "instead of 16") or before it ("16 milyon ton değil"). */
const DENIED_BEFORE = /(?:^|\s)(?:not|rather than|instead of|не|а не|вместо)\s+$/u
const DENIED_AFTER = /^\s*\p{L}*\s*(?:değil|deyil)(?![\p{L}])/u

/** The same amount: a figure's value (null for a status) and unit against a withdrawn or restated one. */
const sameValue = (a: { value: number | null; unit: string }, b: Withdrawn) => a.value === b.value && a.unit === b.unit

/**
 * The values of a note, in order, split into those it withdraws and those it restates: of a unit it gives twice the
 * first is the wrong one and the last the right one ("gave the length as 480 km; it is 380 km"); a unit it gives once
 * is withdrawn in the note's first sentence ("an earlier version gave the figure as 8 million tonnes") and restated
 * after it ("… kapasitesi 8.000 araçtır").
 */
function readNote(note: readonly Sentence[], lang: string): { withdrawn: Withdrawn[]; right: Withdrawn[] } {
  const values = note.flatMap((sentence, index) => {
    const folded = foldCase(sentence.text, lang)
    return findQuantities(sentence.text, lang).map((q) => ({
      value: q.value,
      unit: q.unit,
      first: index === 0,
      denied:
        DENIED_BEFORE.test(folded.slice(Math.max(0, q.start - 16), q.start)) || DENIED_AFTER.test(folded.slice(q.end)),
    }))
  })
  const withdrawn: Withdrawn[] = []
  const right: Withdrawn[] = []
  for (const unit of new Set(values.map((v) => v.unit))) {
    const ofUnit = values.filter((v) => v.unit === unit)
    const [first] = ofUnit
    const last = ofUnit.at(-1)
    if (!first || !last) continue
    // "It is 10 bcm a year, not 16 bcm", "16 değil 10 milyon ton": the value denied is the wrong one, wherever it stands
    if (ofUnit.some((v) => v.denied)) {
      for (const v of ofUnit) (v.denied ? withdrawn : right).push({ value: v.value, unit })
    } else if (ofUnit.length > 1 && first.value !== last.value) {
      withdrawn.push({ value: first.value, unit })
      right.push({ value: last.value, unit })
    } else if (first.first) withdrawn.push({ value: first.value, unit })
    else right.push({ value: first.value, unit })
  }
  return { withdrawn, right }
}

/**
 * The sentences the extractors read facts from: not a correction note's, whose figures are the withdrawn one and its
 * restatement, except a restating sentence when the story itself no longer gives the right value; and the values the
 * notes withdraw, for the story's own sentences may still give them.
 */
export function readStory(text: string, lang: string, sentences: readonly Sentence[]): StoryText {
  const notes: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (isCorrectionNote(line, lang)) notes.push({ start, end: start + line.length })
    start += line.length + 1
  }
  if (notes.length === 0) return { sentences: [...sentences], withdrawn: [] }
  const inNote = (s: Sentence) => notes.findIndex((note) => s.start >= note.start && s.end <= note.end)
  const story = sentences.filter((s) => inNote(s) < 0)
  const told = story.flatMap((s) => findQuantities(s.text, lang))
  const withdrawn: Withdrawn[] = []
  const restating: Sentence[] = []
  notes.forEach((_note, index) => {
    const note = sentences.filter((s) => inNote(s) === index)
    const read = readNote(note, lang)
    withdrawn.push(...read.withdrawn)
    // the right value, when the story does not give it already: read from the note's sentence that restates it
    const missing = read.right.filter((r) => !told.some((q) => sameValue(q, r)))
    // (a withdrawn value beside it, "8,000 vehicles, not 12,000", is left out with the story's own)
    restating.push(
      ...note.slice(1).filter((s) => findQuantities(s.text, lang).some((q) => missing.some((r) => sameValue(q, r)))),
    )
  })
  return { sentences: [...story, ...restating].sort((a, b) => a.start - b.start), withdrawn }
}

/** The sentences the extractors read facts from (see `readStory`). */
export const storySentences = (text: string, lang: string, sentences: readonly Sentence[]): Sentence[] =>
  readStory(text, lang, sentences).sentences

/** Leaves out the figures whose value a correction note withdraws. */
export const withoutWithdrawn = <F extends { value: number | null; unit: string }>(
  figures: readonly F[],
  withdrawn: readonly Withdrawn[],
): F[] => figures.filter((f) => !withdrawn.some((w) => sameValue(f, w)))
