import type { Article } from '../../schema/dataset'
import { type Credit, readCredit, readInlineOutlet } from './credit-lines'
import { isProseLine } from '../lexicon/text'
import { tableOfNumbers } from './table-lines'
import { isCaptionShaped } from './clutter-shapes'
import { markSiteClutter } from './clutter-lists'
import type { MarkedLine } from './site-clutter'
import { markCommentThreads } from './comment-threads'
import { markSocialPosts } from './social-posts'
import { isSpecLine, isValuedField } from './listing-fields'
import { PHOTO_CREDIT } from '../lexicon/clutter-words'

/** The cleaned body of an article and what cleaning learnt and cut on the way. */
export interface CleanedBody {
  text: string
  outlet: string | null
  author: string | null
  removed: Article['removed']
}

/** Lines from the end that may still hold a credit line ("Kaynak: AA / …") once the clutter below it is gone. */
const CREDIT_ZONE = 12
const LEAD_ZONE = 3
/** The first lines of a body, where a photo with its credit and caption stands. */
const CAPTION_ZONE = 6
const MIN_FEED_TIMESTAMPS = 3
const MIN_FEED_TIMESTAMP_SHARE = 0.25

/** A feed timestamp: a time, perhaps after a day and month ("21 Yanvar 11:29", "20.01.2025 12:10"). */
const TIMESTAMP = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u
const isTimestamp = (line: string) => line.length <= 30 && TIMESTAMP.test(line) && line.split(' ').length <= 4

/** A headline-shaped line: short and not closed by sentence punctuation (headlines end bare, or with ! or ?). */
function isHeadlineShaped(line: string): boolean {
  return line.length <= MAX_HEADLINE_CHARS && !/[.:;,…]$/u.test(line.replace(/["'”’»)\]]+$/u, ''))
}

type Script = 'latin' | 'cyrillic'
/** The article's script outweighs the other twofold; a line counts as foreign when its letters are 4:1 the other. */
const ARTICLE_SCRIPT_DOMINANCE = 2
const LINE_SCRIPT_DOMINANCE = 4

/** Counts Latin and Cyrillic letters with a plain loop: a 5 MB article must not build match arrays. */
function scriptOf(text: string, dominance: number): Script | null {
  let latin = 0
  let cyrillic = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++
    else if (code === 0x259 || code === 0x18f)
      latin++ // ə, Ə
    else if (code >= 0x400 && code <= 0x4ff) cyrillic++
  }
  if (latin + cyrillic < 3) return null
  if (latin >= cyrillic * dominance) return 'latin'
  return cyrillic >= latin * dominance ? 'cyrillic' : null
}

/** Characters read to tell the script and the key words; the opening of a long article names its subject. */
const SAMPLE_CHARS = 50_000
const MAX_HEADLINE_CHARS = 300

/** The article's words of five letters or more that recur: a stray headline shares none of them. */
function keyStems(prose: string): Set<string> {
  const counts = new Map<string, number>()
  for (const [word] of prose.toLocaleLowerCase('tr').matchAll(/\p{L}{5,40}/gu)) {
    const stem = word.slice(0, 5)
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([stem]) => stem))
}

const sharesStem = (line: string, stems: ReadonlySet<string>) =>
  [...line.toLocaleLowerCase('tr').matchAll(/\p{L}{5,40}/gu)].some(([word]) => stems.has(word.slice(0, 5)))

type Line = MarkedLine

/** Marks a trailing news feed: a run of short lines to the end of the text, many of them bare timestamps. */
function markFeed(lines: Line[]): void {
  const kept = lines.filter((line) => line.cut === null && line.text !== '')
  let start = kept.length
  while (start > 0 && isHeadlineShaped(kept[start - 1]?.text ?? '')) start--
  const run = kept.slice(start)
  const stamps = run.filter((line) => isTimestamp(line.text)).length
  if (stamps < MIN_FEED_TIMESTAMPS || stamps / run.length < MIN_FEED_TIMESTAMP_SHARE) return
  for (const line of run) line.cut = 'news-feed list'
}

/** Indices of the lines still in the text that are not blank. */
const openIndices = (lines: readonly Line[]) =>
  lines.flatMap((line, index) => (line.cut === null && line.text !== '' ? [index] : []))

/** The text's opening, enough to tell its script and its key words without reading a huge file whole. */
function sample(lines: readonly Line[], accept: (line: Line) => boolean): string {
  const parts: string[] = []
  let size = 0
  for (const line of lines) {
    if (size >= SAMPLE_CHARS) break
    if (!accept(line)) continue
    parts.push(line.text)
    size += line.text.length + 1
  }
  return parts.join('\n')
}

/**
 * A table's row of numbers under a label ("EBITDA | 201,7 | 176,3 | +14,4%"): a Latin abbreviation labelling a row of a
 * Russian table is the story's, however few letters the row has besides.
 */
const NUMBER_ROW = /^[^|\t]+(?:\s*(?:\||\t)\s*[-–−+]?\d[\d\s.,]*%?)+\s*\|?$/u
/** "| 3 | 500 | ТОО «Silk Way Rail Leasing» | 11 200 |": a ruled table's row with a cell of digits, whatever its names. */
const RULED_ROW_WITH_NUMBER = /^\s*\|(?:[^|]*\|)*\s*[-–−+]?\d[\d\s.,]*%?\s*\|(?:[^|]*\|)*\s*$/u

/** A table's row: cells parted by bars or tabs ("| 4 | 400 | ТОО «Евразия Вагон» | 11 600 |", "Aktau\t1.2\t+4%"). */
const isTableRow = (text: string) => /\|[^|]*\|/u.test(text) || /\t\S.*\t/u.test(text)

/** Marks lines whose letters are mostly in another script than the article's. */
function markOtherScript(lines: Line[]): void {
  const main = scriptOf(
    sample(lines, (line) => line.cut === null),
    ARTICLE_SCRIPT_DOMINANCE,
  )
  if (!main) return
  for (const line of lines) {
    const row = NUMBER_ROW.test(line.text) || RULED_ROW_WITH_NUMBER.test(line.text)
    if (line.cut !== null || line.text.length > MAX_HEADLINE_CHARS || row) continue
    const script = scriptOf(line.text, LINE_SCRIPT_DOMINANCE)
    if (script !== null && script !== main) line.cut = 'line in another script'
  }
}

/**
 * Marks headline-shaped lines at the end: all of them after a closing credit line; without one, a run of at least
 * two that share no key word with the article's prose.
 */
function markTrailingHeadlines(lines: Line[], creditIndex: number | null): void {
  const open = openIndices(lines)
  const table = tableOfNumbers(
    lines.map((line) => line.text),
    open,
  )
  let stems: Set<string> | null = null
  const run: Line[] = []
  for (let i = open.length - 1; i >= 0; i--) {
    const index = open[i] ?? -1
    const line = lines[index]
    if (!line || (creditIndex !== null && index <= creditIndex) || !isHeadlineShaped(line.text)) break
    // a table of numbers at the foot is the report's own, and so is a card's field with its value ("Jobs: 250")
    if (table.has(index) || isValuedField(line.text)) break
    stems ??= keyStems(sample(lines, (l) => l.cut === null && !isHeadlineShaped(l.text)))
    if (creditIndex === null && sharesStem(line.text, stems)) break
    run.push(line)
  }
  const unsure = run.length < 2 || run.length === open.length || stems === null || stems.size === 0
  if (creditIndex === null && unsure) return
  const reason = creditIndex === null ? 'unrelated headlines' : 'unrelated headlines after the credit line'
  for (const line of run) line.cut = reason
  // A short label that introduces the list ("Читайте также:", "Read more:", "İlgili haberler:") goes with it.
  const label = lines[open[open.length - run.length - 1] ?? -1]
  if (run.length > 0 && label && isListLabel(label.text)) label.cut = reason
}

/** A short line ending in a colon, with no sentence in it: the label of a link list. */
const isListLabel = (line: string) => line.length <= 40 && line.split(/\s+/).length <= 4 && /\p{L}:$/u.test(line)

/**
 * A message of an exported chat, which states its facts without a sentence's end: "[14.05.2026, 09:12] Elçin: …",
 * "[13/05/2026, 08:14] Daniyar Kostanay: …".
 */
const CHAT_MESSAGE = /^\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+[^:]{1,60}:\s/u
/** A line of the story: prose, a chat's message, or a listing's line of specifications. */
const isStoryLine = (text: string) => isProseLine(text) || CHAT_MESSAGE.test(text) || isSpecLine(text)

/**
 * Marks what a site prints after the story once something there is known furniture (a share bar, a counter, a credit
 * line, a labelled list): every line after that marker but prose, and the headline-shaped
 * lines between the story's last paragraph and it ("Support independent journalism" over "Donate", a section's name
 * over its headlines). Nothing after the last paragraph is story, so a line there is cut only with a marker beside it.
 */
function markAfterStory(lines: Line[]): void {
  const open = openIndices(lines)
  const lastProse = open.findLast((index) => isStoryLine(lines[index]?.text ?? '')) ?? -1
  if (lastProse < 0) return
  let marker = -1
  for (let index = lastProse + 1; index < lines.length && marker < 0; index++) {
    const line = lines[index]
    if (line && line.text !== '' && line.cut !== null) marker = index
  }
  if (marker < 0) return
  const table = tableOfNumbers(
    lines.map((line) => line.text),
    open,
  )
  for (const index of open) {
    const line = lines[index]
    if (!line || index <= lastProse || table.has(index)) continue
    const after = index >= marker && !isStoryLine(line.text)
    if (after || isHeadlineShaped(line.text)) line.cut = 'site furniture after the story'
  }
}

/** Cut reasons of a labelled list of other stories, tags or the news feed. */
const LIST_CUTS = new Set(['related links', 'tags', 'news-feed list'])
/** At most this much prose, in lines and in characters a line, stands between such lists and the page's footer. */
const MAX_NOTICE_LINES = 2
const MAX_NOTICE_CHARS = 200

/**
 * Marks the short pitches a site sets among the lists after a story: "Keep up to date with what's happening …"
 * between the tags and "Most read", "Support independent journalism … Donate today." between the tags and the
 * copyright. Only lines with no number, at most two, each short, with furniture after them: a story's own last
 * paragraph under an inline "Read also" link has no furniture below it, or has its figures.
 */
function markNoticesAmongLists(lines: Line[]): void {
  const firstList = lines.findIndex((line) => line.cut !== null && LIST_CUTS.has(line.cut))
  if (firstList < 0) return
  const open = openIndices(lines).filter((index) => index > firstList)
  const lastCut = lines.findLastIndex((line) => line.cut !== null)
  // no story goes on after its tags: there a pitch may close the page
  const afterTags = lines[firstList]?.cut === 'tags'
  const notices = open.filter((index) => isProseLine(lines[index]?.text ?? ''))
  const fits = notices.every((index) => {
    const text = lines[index]?.text ?? ''
    return text.length <= MAX_NOTICE_CHARS && !/\d/u.test(text) && (index < lastCut || afterTags)
  })
  if (notices.length === 0 || notices.length > MAX_NOTICE_LINES || !fits) return
  for (const index of open) if (index < lastCut || afterTags) (lines[index] as Line).cut = 'site notice among lists'
}

/**
 * Marks a photo caption under its credit at the top ("© Пресс-служба Акорды" over "Президент Казахстана … во время
 * встречи в Бишкеке"): a line that is no finished sentence right under a copyright or photo credit, above the
 * story's first paragraph.
 */
function markCaptionsUnderCredits(lines: Line[]): void {
  const filled = lines.flatMap((line, index) => (line.text === '' ? [] : [index]))
  for (const [order, index] of filled.slice(0, CAPTION_ZONE).entries()) {
    const credit = lines[index]
    const next = lines[filled[order + 1] ?? -1]
    // above the story only: further down, the line under a photo's credit may be a crosshead
    if (credit?.cut === null && isProseLine(credit.text)) return
    if (!credit || !next || !PHOTO_CREDIT.test(credit.text)) continue
    if (next.cut === null && isCaptionShaped(next.text)) next.cut = 'photo caption'
  }
}

/** Marks credit lines near the start or the end and reads them; gives the index of the last one near the end. */
function markCredits(lines: Line[]): Credit & { endIndex: number | null } {
  const found: Credit & { endIndex: number | null } = { outlet: null, author: null, endIndex: null }
  const open = openIndices(lines)
  open.forEach((index, order) => {
    const nearEnd = order >= open.length - CREDIT_ZONE
    const line = lines[index]
    if (!line || (order >= LEAD_ZONE && !nearEnd)) return
    const credit = readCredit(line.text)
    if (!credit) return
    line.cut = 'credit line'
    // "Источник: АО «КТЖ»" under a table names where its numbers come from, not the outlet
    if (!isTableRow(lines[open[order - 1] ?? -1]?.text ?? '')) {
      found.outlet ??= credit.outlet
      found.author ??= credit.author
    }
    if (nearEnd && order >= LEAD_ZONE) found.endIndex = index
  })
  return found
}

/** Groups consecutive cut lines with the same reason into one `removed` entry each. */
function collectRemoved(lines: readonly Line[]): Article['removed'] {
  const removed: Article['removed'] = []
  let last: { reason: string; text: string } | null = null
  for (const line of lines) {
    if (line.cut === null) {
      if (line.text !== '') last = null
      continue
    }
    if (last && last.reason === line.cut) last.text += `\n${line.text}`
    else {
      last = { reason: line.cut, text: line.text }
      removed.push(last)
    }
  }
  return removed
}

/**
 * Cleans an article body (its lines below the header): cuts site furniture wherever it stands (share bars, tags,
 * counters, notices, menus, labelled lists of other stories, news feeds), a trailing news feed, headlines of other
 * stories after the article's end, whatever follows the story's last paragraph past known furniture, and lines in
 * another script; pulls credit lines ("Kaynak: AA / X", "Haber: X")
 * out of the text into `outlet` and `author`; reads an inline outlet ("Report" xəbər verir) while keeping its sentence.
 */
export function cleanBody(body: readonly string[]): CleanedBody {
  const lines: Line[] = body.map((text) => ({ text, cut: null }))
  markSiteClutter(lines)
  markSocialPosts(lines)
  markCommentThreads(lines)
  markFeed(lines)
  markOtherScript(lines)
  const credits = markCredits(lines)
  markTrailingHeadlines(lines, credits.endIndex)
  markCaptionsUnderCredits(lines)
  markNoticesAmongLists(lines)
  markAfterStory(lines)
  const kept = lines.filter((line) => line.cut === null).map((line) => line.text)
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  const lead = kept.filter((line) => line !== '').slice(0, LEAD_ZONE)
  return {
    text,
    outlet: credits.outlet ?? readInlineOutlet(lead),
    author: credits.author,
    removed: collectRemoved(lines),
  }
}
