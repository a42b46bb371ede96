import { RELATED_VIDEO } from '../lexicon/page-widgets'
import { isFeedItem, MAX_LINK_CHARS, words } from './clutter-shapes'
import { clutterReason, listLabelKind, type MarkedLine } from './site-clutter'
import { cellsOf, NUMBER_CELL } from './table-lines'

// Site furniture marked over a page's lines: each line's clutter, then labelled lists and runs of feed items.

const MAX_LIST_ITEMS = 20
/** A paper's endnotes run longer than a page's lists of links. */
const MAX_NOTES = 100
/** A note under its number, as a paper's endnotes list them: "1 Azərbaycan SSR Mərkəzi Statistika İdarəsi, …". */
const NUMBERED_NOTE = /^(?:\d{1,3}|\[\d{1,3}\])\s+["«“„\p{Lu}]/u
const MAX_TAG_WORDS = 4

/** A line that can be an item of a list of the given kind: a headline, a feed item or a tag. */
function isListItem(line: string, kind: string): boolean {
  // a notice is a sentence or a labelled line ("Konsulluq şöbəsinin qəbul saatları: …"); a headline ends the block
  if (kind === 'notices')
    return (words(line).length >= 4 && /[.!?]["'”’»)]*$/u.test(line)) || /^[^:]{3,60}:\s/u.test(line)
  // a reference is a tag-like name ("Kaynakça" over "TÜİK") or a numbered note ("3 Расчёты ЕИГП; см. табл. 1.")
  const tagLike = line.length <= 40 && words(line).length <= MAX_TAG_WORDS && !/[.:;!?]$/u.test(line)
  if (kind === 'tags') return tagLike
  if (kind === 'references') return tagLike || NUMBERED_NOTE.test(line)
  if (isFeedItem(line)) return true
  // "… — 5 марта 2026 г.": the abbreviated "year" after a link's date ends no sentence
  const bare = line.replace(/["'”’»)\]]+$/u, '').replace(/(?<=\d{4})\s*г\.$/u, '')
  return line.length <= MAX_LINK_CHARS && !/[.:;,…]$/u.test(bare)
}

/** Marks a labelled list and its items: the headlines, feed items or tags under "Related news", "Теги" and the like. */
function markLists(lines: MarkedLine[]): void {
  lines.forEach((line, index) => {
    const kind = line.cut === null ? listLabelKind(line.text) : null
    if (!kind) return
    const items: MarkedLine[] = []
    // Items the line rules already cut (barred feed items, share bars) still show that the label opens a list.
    let followedByClutter = false
    for (const next of lines.slice(index + 1)) {
      // notices are one block: a blank line ends them
      if (next.text === '' && kind === 'notices' && items.length > 0) break
      if (next.text === '') continue
      if (next.cut !== null) {
        followedByClutter = true
        continue
      }
      const cap = kind === 'references' ? MAX_NOTES : MAX_LIST_ITEMS
      if (items.length >= cap || listLabelKind(next.text) || !isListItem(next.text, kind)) break
      items.push(next)
    }
    const isLast = lines.slice(index + 1).every((next) => next.text === '' || next.cut !== null)
    if (items.length === 0 && !followedByClutter && !isLast) return
    for (const item of [line, ...items]) item.cut = kind
  })
}

/** A cell that holds an amount, maybe with its unit ("46,00 USD", "$7.20", "1,44 m²"), or a dash for none. */
const AMOUNT_CELL = /^(?:[-–—]|[$€£₸₽]?\s?\d[\d\s.,]*(?:\s?[\p{L}%²³$€£₸₽/.]{1,6})?)$/u

/**
 * Whether a line of names cut by bars heads the row under it: as many cells, all of them figures after its label, or
 * a price list's row of labels ending in two amounts ("ALT-VT-410-RL | Lavabo, etajerli | 28,50 USD | 26,00 USD").
 */
function isTableHead(line: string, next: string): boolean {
  const [head, row] = [cellsOf(line), cellsOf(next)]
  if (head.length < 3 || row.length !== head.length) return false
  return row.slice(1).every((cell) => NUMBER_CELL.test(cell)) || row.slice(-2).every((cell) => AMOUNT_CELL.test(cell))
}

/** Why a line of a page is furniture, if it is: a menu's shape over a row of figures is a table's head instead. */
function lineClutter(line: string, next: string): string | null {
  const reason = clutterReason(line)
  // "Caspian ferry tariffs explained in 10 minutes" over "CargoLane Asia · 12K views · 5 months ago": a related video
  if (reason === null && line.trim() !== '' && RELATED_VIDEO.test(next.trim().toLocaleLowerCase()))
    return 'related links'
  return reason === 'site menu' && isTableHead(line, next) ? null : reason
}

/** Marks runs of two or more feed items ("11:05 Экономика …" under each other): one alone may be a sentence. */
function markFeedRuns(lines: MarkedLine[]): void {
  const open = lines.filter((line) => line.cut === null && line.text !== '')
  let run: MarkedLine[] = []
  const flush = () => {
    if (run.length >= 2) for (const line of run) line.cut = 'news-feed list'
    run = []
  }
  for (const line of open) {
    if (isFeedItem(line.text)) run.push(line)
    else flush()
  }
  flush()
}

/**
 * Marks site furniture wherever it stands: share bars, tags, counters, notices (cookies, copyright, comments,
 * subscriptions), contact lines, menus, breadcrumbs, and labelled lists of other stories or of the news feed.
 */
export function markSiteClutter(lines: MarkedLine[]): void {
  // "Cavab | Azərbaycan | Gürcüstan | Türkiyə | Cəmi" over "Artıb | 61 | 54 | 55 | 58": a table's head, no menu
  for (const [index, line] of lines.entries()) line.cut ??= lineClutter(line.text, lines[index + 1]?.text ?? '')
  markLists(lines)
  markFeedRuns(lines)
}
