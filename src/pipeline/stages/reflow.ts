/**
 * Hard-wrapped text: a print page read by OCR, a PDF's text layer, a plain-text e-mail wrapped at its column. Every
 * line break ends a sentence for the segmenter (a web page's lines are its paragraphs and headings), so a wrapped
 * page would reach the extractor as fragments: "Ötən il Azərbaycan Qazaxıstandan" | "1 milyon 240 min ton buğda
 * idxal edib." This joins such a page's lines back into its sentences, and mends the words hyphenated across them.
 */

/** A word broken at the line's end by a hyphen, continued in lower case on the next line ("məlumatı-" / "na"). */
const SOFT_BREAK_END = /\p{Ll}-$/u
const STARTS_LOWER = /^\p{Ll}/u
const STARTS_DIGIT_OR_UPPER = /^[\p{Lu}\p{N}]/u
/** A line ended by its sentence: the next line starts a new one, whatever its column. */
const SENTENCE_END = /[.!?…:;]["'”»)]*$/u
/** A line cut mid-sentence at its column: by a small letter, a comma or a dash between words. */
const CUT_MID_SENTENCE = /[\p{Ll},–—]$/u
/** A line in capitals: a print page's headline, wrapped over lines like its text ("QAZAXISTAN TAXILI: BAKI VƏ"). */
const IN_CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u

/** A mark between a listing's fields: a middle dot, a bullet or a bar between spaces. */
const FIELD_MARK = /\s[·•|]\s/u

/** Hyphenated breaks that show a page is wrapped: a web page's lines never break words. */
const MIN_SOFT_BREAKS = 3
/** Lines continued in lower case that show a page wrapped without hyphens (a plain-text e-mail). */
const MIN_LOWER_CONTINUATIONS = 6
/**
 * A line this near the column's width was cut by it, though the next line starts with a capital or a digit; a line
 * past the column (a masthead's tagline, a menu) is no part of it.
 */
const FULL_LINE_SHARE = 0.75
const COLUMN_SLACK = 1.2

const isSoftBreak = (line: string, next: string) => SOFT_BREAK_END.test(line) && STARTS_LOWER.test(next)
const isLowerContinuation = (line: string, next: string) =>
  line !== '' && !SENTENCE_END.test(line) && STARTS_LOWER.test(next)

/** The column's width: the median length of the lines a break or a continuation shows were cut by it. */
function columnWidth(lines: readonly string[]): number | null {
  let softBreaks = 0
  let continuations = 0
  const cut: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i] ?? '', lines[i + 1] ?? '']
    if (isSoftBreak(line, next)) softBreaks++
    else if (isLowerContinuation(line, next)) continuations++
    else continue
    cut.push(line.length)
  }
  if (softBreaks < MIN_SOFT_BREAKS && continuations < MIN_LOWER_CONTINUATIONS) return null
  cut.sort((a, b) => a - b)
  return cut[Math.floor(cut.length / 2)] ?? null
}

/** How line `line` joins the next in a wrapped page: mended word, one space, or not at all (a new sentence). */
function joinOf(line: string, next: string, width: number): '' | ' ' | null {
  if (line === '' || next === '') return null
  if (isSoftBreak(line, next)) return ''
  if (isLowerContinuation(line, next)) return ' '
  if (IN_CAPITALS.test(line) && IN_CAPITALS.test(next) && !SENTENCE_END.test(line)) return ' '
  // "Steppe Trade Talk · 31K views · 1 month ago" over "Caspian ferry tariffs …": a listing's fields, no wrapped prose
  if (FIELD_MARK.test(line) || FIELD_MARK.test(next)) return null
  const inColumn = (text: string) => text.length <= width * COLUMN_SLACK
  const full = line.length >= width * FULL_LINE_SHARE && inColumn(line) && inColumn(next)
  return full && CUT_MID_SENTENCE.test(line) && STARTS_DIGIT_OR_UPPER.test(next) ? ' ' : null
}

/**
 * Joins a hard-wrapped page's lines into its sentences; any other text is returned as it is. A word hyphenated
 * across lines loses its hyphen only before a small letter ("məlumatı-" + "na"); before a capital it is a compound
 * and keeps it (not joined at all).
 */
export function reflowWrappedLines(text: string): string {
  const lines = text.split('\n')
  const width = columnWidth(lines)
  if (width === null) return text
  let out = lines[0] ?? ''
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const join = joinOf(lines[i - 1] ?? '', line, width)
    if (join === null) out += `\n${line}`
    else if (join === ' ') out += ` ${line}`
    else out = `${out.slice(0, -1)}${line}` // the break's hyphen goes
  }
  return out
}
