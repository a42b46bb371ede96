import { findQuantities } from '../lexicon/numbers'
import { foldCase } from '../lexicon/text'
import type { Sentence, Span } from '../types'

/** How a note tells what the story had said, before it says what is right. */
const CLAIM_EN = String.raw`(?:said|gave|stated|misstated|reported|described|put|called)`
const CLAIM_TR_AZ = String.raw`(?:yazıyordu|yazılmıştı|verilmişti|belirtilmişti|yer almıştı|ifade edilmişti|yazılmışdı|göstərilmişdi|qeyd edilmişdi|bildirilmişdi|verilmişdi)`
const CLAIM_RU = String.raw`(?:говорилось|указывалось|сообщалось|утверждалось|ошибочно)`

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
      String.raw`an earlier version (?:of (?:this|our|the)|${CLAIM_EN}|had|incorrectly|wrongly)`,
      // a corrections column's entry: "The story also said …", "Haberin ilk versiyonunda …", "Haberde … yazılmıştı",
      // "Xəbərdə … göstərilmişdi", "В материале … говорилось"
      String.raw`the (?:story|article) (?:also )?${CLAIM_EN}`,
      String.raw`(?:haberin|xəbərin) (?:ilk|önceki|əvvəlki) (?:versiyon|versiya|sürüm|hal|variant)\p{L}*`,
      String.raw`(?:haberde|xəbərdə|yazıda)[^.;]{0,200}${CLAIM_TR_AZ}`,
      String.raw`(?:düzeltme|tashih|düzəliş|redaksiyadan düzəliş)\s*:`,
      String.raw`(?:исправление|уточнение|поправка)\s*:`,
      String.raw`в (?:первоначальной|предыдущей|ранее опубликованной) версии`,
      String.raw`в (?:материале|статье|публикации|заметке)[^.;]{0,200}${CLAIM_RU}`,
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
  /** Where it is withdrawn, when not from the whole text: a corrections column's note, the sentence restating it. */
  within?: readonly Span[]
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
 * after it ("… kapasitesi 8.000 araçtır"). A note that says what the story had said ("said …; the right figure is …",
 * "… verilmişti") withdraws the values of those clauses and restates the others, each from its own sentence.
 */
function readNote(note: readonly Sentence[], lang: string): { withdrawn: Withdrawn[]; right: Restated[] } {
  const values = note.flatMap((sentence, index) => {
    const folded = foldCase(sentence.text, lang)
    return findQuantities(sentence.text, lang).map((q) => ({
      value: q.value,
      unit: q.unit,
      sentence,
      first: index === 0,
      denied:
        DENIED_BEFORE.test(folded.slice(Math.max(0, q.start - 16), q.start)) || DENIED_AFTER.test(folded.slice(q.end)),
      claimed: CLAIM_VERB.test(clauseAt(folded, q.start)) && !AFFIRMED.test(clauseAt(folded, q.start)),
    }))
  })
  // "An earlier version said … 19,000 tonnes; the right figure is 16,400 tonnes", "… 12 bin olarak verilmişti. … 1.200
  // kovanı …": what the note says the story had said is withdrawn, what it says besides is right
  if (values.some((v) => v.claimed)) {
    const right = values.filter((v) => !v.claimed && !v.denied)
    const withdrawn = values.filter((v) => (v.claimed || v.denied) && !right.some((r) => sameValue(r, v)))
    return { withdrawn: withdrawn.map(({ value, unit }) => ({ value, unit })), right }
  }
  const withdrawn: Withdrawn[] = []
  const right: Restated[] = []
  for (const unit of new Set(values.map((v) => v.unit))) {
    const ofUnit = values.filter((v) => v.unit === unit)
    const [first] = ofUnit
    const last = ofUnit.at(-1)
    if (!first || !last) continue
    // "It is 10 bcm a year, not 16 bcm", "16 değil 10 milyon ton": the value denied is the wrong one, wherever it stands
    if (ofUnit.some((v) => v.denied)) {
      for (const v of ofUnit) (v.denied ? withdrawn : right).push(v)
    } else if (ofUnit.length > 1 && first.value !== last.value) {
      withdrawn.push(first)
      right.push(last)
    } else if (first.first) withdrawn.push(first)
    else right.push(first)
  }
  return { withdrawn: withdrawn.map(({ value, unit }) => ({ value, unit })), right }
}

/** A value a note says is right, and the sentence that says it. */
interface Restated extends Withdrawn {
  sentence: Sentence
}

/** What says a value was right all along: "was reported correctly", "bilgisi ise doğrudur", "указана верно". */
const AFFIRMED = /(?<![\p{L}])(?:correctly|doğru(?:dur)?|düzgün(?:dür)?|верно|правильно)(?![\p{L}])/u

/** A verb that tells what the story had said ("said", "gave … as", "yazılmıştı", "говорилось"). */
const CLAIM_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${CLAIM_EN}|${CLAIM_TR_AZ}|${CLAIM_RU})(?![\p{L}])`, 'u')

/** The clause of a note's sentence around a position: between semicolons. */
function clauseAt(folded: string, at: number): string {
  const start = folded.lastIndexOf(';', at) + 1
  const end = folded.indexOf(';', at)
  return folded.slice(start, end < 0 ? undefined : end)
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
    restating.push(...new Set(missing.map((r) => r.sentence)))
  })
  // a corrections column's notes are about other stories (one it republishes is the corrected text): the values they
  // withdraw are left out of the notes only, never out of an unrelated figure of the same value on the page
  const within = notes.length > 1 ? { within: restating } : {}
  return {
    sentences: [...story, ...restating].sort((a, b) => a.start - b.start),
    withdrawn: withdrawn.map((w) => ({ ...w, ...within })),
  }
}

/** The sentences the extractors read facts from (see `readStory`). */
export const storySentences = (text: string, lang: string, sentences: readonly Sentence[]): Sentence[] =>
  readStory(text, lang, sentences).sentences

/** Leaves out the figures whose value a correction note withdraws, where it withdraws it. */
export const withoutWithdrawn = <F extends { value: number | null; unit: string; source: Span }>(
  figures: readonly F[],
  withdrawn: readonly Withdrawn[],
): F[] => figures.filter((f) => !withdrawn.some((w) => sameValue(f, w) && isWithin(f.source, w.within)))

const isWithin = (source: Span, spans: readonly Span[] | undefined) =>
  spans === undefined || spans.some((span) => source.start >= span.start && source.end <= span.end)
