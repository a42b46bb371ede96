import type { Article } from '../../schema/dataset'
import type { Quantity } from '../lexicon/numbers'
import type { Span } from '../types'

// A list that counts its items' kinds under a lead-in: "По направлениям заявки распределились так:" over "— таможня и
// пограничные процедуры — 71;", "Applications by track:" over "• customs and borders: 71", "Başvuruların dağılımı:"
// over "- gümrük işlemleri — 71". Each item's bare number counts what the lead-in counts, by the item's label.

/** An item's marker, its label and the dash or colon before its number, which ends the item. */
const ITEM_BEFORE = /^\s*[-–—•·*]\s+([^\d]{2,80}?)\s*[—–:-]\s*$/u
/** What may follow the number: the item's closing mark. */
const ITEM_AFTER = /^\s*[;.,]?\s*$/u
const LIST_ITEM = /^\s*[-–—•·*]\s/u
/** Items a list may hold above this one before its lead-in. */
const MAX_ITEMS = 20

/** The line of the article that holds `at`, as offsets. */
function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const end = text.indexOf('\n', at)
  return { start, end: end < 0 ? text.length : end }
}

/** Whether the lines above a list item lead in to a list: items up to a line that ends with a colon. */
function ledIn(text: string, lineStart: number): boolean {
  let end = lineStart - 1
  for (let k = 0; k <= MAX_ITEMS && end > 0; k++) {
    const above = lineAround(text, end - 1)
    const line = text.slice(above.start, above.end)
    if (!LIST_ITEM.test(line)) return /:\s*$/u.test(line)
    end = above.start - 1
  }
  return false
}

/**
 * The label of the list item a bare count ends ("таможня и пограничные процедуры" for "— таможня и пограничные
 * процедуры — 71;"), when a lead-in closed by a colon opens its list; else null.
 */
export function countedItemLabel(article: Article, sentence: Span, quantity: Quantity): string | null {
  if (quantity.unit !== 'count' || quantity.written !== 'digits') return null
  const line = lineAround(article.text, sentence.start)
  const at = sentence.start + quantity.start
  const before = ITEM_BEFORE.exec(article.text.slice(line.start, at))
  if (!before?.[1] || !ITEM_AFTER.test(article.text.slice(sentence.start + quantity.end, line.end))) return null
  return ledIn(article.text, line.start) ? before[1] : null
}
