import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'

// A list of what someone asks for or offers: a union's demands, an employer's offer, a paper's recommendations. Each
// item states a term wanted, not a fact, however plainly it is put ("a minimum monthly base wage of GEL 1,800").

/**
 * The words that head such a list, or end the line that opens it: "2. Our demands", "TƏLƏBLƏRİMİZ", "Наши
 * требования:", "4. TÖVSİYƏLƏR", "the employer offered:", "talep ediyoruz:".
 */
const ASKED =
  /(?<![\p{L}])(?:(?:our\s+)?demands|we\s+demand|(?:our\s+)?requests|recommendations|(?:the\s+employer(?:'s|’s)\s+)?offer(?:ed)?|propos(?:als|ed)|taleplerimiz|talepler|talep\s+ediyoruz|önerilerimiz|öneriler|tekliflerimiz|teklif\s+etti|tələblərimiz|tələblər|tələb\s+edirik|təkliflərimiz|təklif\s+edib|tövsiyələr|требования|требуем|наши\s+предложения|предложил[аи]?|рекомендации)(?![\p{L}])/u
/** A heading is a few words, maybe numbered ("2. Our demands", "4. TÖVSİYƏLƏR"); a lead-in ends with its colon. */
const MAX_HEADING_WORDS = 6
/** A list's item: lettered, numbered or bulleted ("(a) …", "1. …", "- …", "• …"). */
const LIST_ITEM = /^\s*(?:\(?[a-zа-яə]\)|\d{1,2}[.)]\s|[-–•·*]\s)/iu
/** Items a list of demands holds at most before its end is taken for the page's prose again. */
const MAX_ITEMS = 20

/** Whether a line heads or opens a list of demands, offers or recommendations. */
function opensAskedList(line: string, lang: string): boolean {
  const folded = foldCase(line.trim(), lang)
  if (!ASKED.test(folded)) return false
  const heading = folded.replace(/^\d{1,2}[.)]\s*/u, '').split(/\s+/u).length <= MAX_HEADING_WORDS
  return folded.endsWith(':') || (heading && !/[.!?]$/u.test(folded))
}

/**
 * Tells whether a sentence lies in a list's item under a heading or a lead-in that says what is asked for or
 * offered ("2. Our demands" over "(b) a minimum monthly base wage of GEL 1,800 …").
 */
export function isAskedItem(article: Article, sentence: Span): boolean {
  const text = article.text
  const lineStart = text.lastIndexOf('\n', sentence.start) + 1
  const lineEnd = text.indexOf('\n', lineStart)
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
  if (!LIST_ITEM.test(line)) return false
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n')
  for (let k = above.length - 1, items = 0; k >= 0 && items <= MAX_ITEMS; k--, items++) {
    const candidate = above[k] ?? ''
    if (candidate.trim() === '') return false
    // a numbered heading ("2. Our demands") opens the list its number would seem to continue
    if (opensAskedList(candidate, article.lang)) return true
    if (!LIST_ITEM.test(candidate)) return false
  }
  return false
}
