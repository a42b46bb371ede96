import type { Article } from '../../schema/dataset'

/**
 * A document saved from a PDF keeps its page breaks in the text: a page number ("- 2 -", "Page 2 of 3", "Sayfa 2/3",
 * "Страница 2 из 4") and a running header or footer ("TİM Basın Bülteni | 2026/41      Sayfa 1/3") stand between
 * two lines of one paragraph, often between the halves of a word ("kara navlu-" | footer | "nundaki"). This cuts them
 * before the wrapped lines are joined, and closes the gap a page break left inside a sentence.
 */

const PAGE_MARK = String.raw`(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|sayfa|səhifə|страница|стр\.)\s*\d{1,3}\s*(?:\/|of|из)\s*\d{1,3})`
/** A page's number alone on its line. */
const PAGE_NUMBER_LINE = new RegExp(String.raw`^\s*${PAGE_MARK}\s*$`, 'iu')
/** A running header or footer: a document's name, then the page's number after a wide gap or a tab. */
const RUNNING_LINE_WITH_NUMBER = new RegExp(String.raw`\S(?:\t|\s{3,})\s*${PAGE_MARK}\s*$`, 'iu')
/** A line ended by its sentence (or a heading's colon): a page break after it leaves the paragraph closed. */
const CLOSED = /[.!?…:;]["'”»)]*$/u
const CONTINUES = /^[\p{Ll}\d(«"“]/u

const isPageNumber = (line: string) => PAGE_NUMBER_LINE.test(line) || RUNNING_LINE_WITH_NUMBER.test(line)

/**
 * The running header or footer printed beside the page numbers: a line that recurs next to two of them ("Eurasian
 * Development Bank · Press Release No. 07/2026" under every "Page N of 3").
 */
function runningLines(lines: readonly string[], numbers: ReadonlySet<number>): Set<string> {
  const textAt = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      if ((lines[i] ?? '').trim() !== '' && !numbers.has(i)) return i
    }
    return -1
  }
  // one page break may print two numbered lines ("- 2 -" over "Sayfa 2/3"): the lines around it count once
  const around = new Set([...numbers].flatMap((index) => [textAt(index, -1), textAt(index, 1)]))
  around.delete(-1)
  const seen = new Map<string, number>()
  for (const index of around) {
    const line = (lines[index] ?? '').trim()
    seen.set(line, (seen.get(line) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, count]) => count >= 2).map(([line]) => line))
}

/**
 * Cuts a PDF's page numbers and running lines (only once the page has two of them, so a lone "Page 1 of 1" under a
 * web page's share bar is left to the clutter rules), and joins a sentence a page break cut in two: the line before
 * the break left open, the line after it going on in lower case.
 */
export function cutPageBreaks(text: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  const numbers = new Set(lines.flatMap((line, index) => (isPageNumber(line) ? [index] : [])))
  if (numbers.size < 2) return { text, removed: [] }
  const running = runningLines(lines, numbers)
  const removed: Article['removed'] = []
  const kept: string[] = []
  let cut = false
  for (const [index, line] of lines.entries()) {
    if (numbers.has(index) || running.has(line.trim())) {
      removed.push({ reason: 'page break', text: line.trim() })
      cut = true
      continue
    }
    if (cut && line.trim() !== '') {
      // drop the blank lines the break left, when the sentence before it goes on after it
      const lastText = kept.findLastIndex((l) => l.trim() !== '')
      const open = lastText >= 0 && !CLOSED.test((kept[lastText] ?? '').trimEnd())
      if (open && CONTINUES.test(line.trim())) kept.length = lastText + 1
      cut = false
    }
    kept.push(line)
  }
  return { text: kept.join('\n'), removed }
}
