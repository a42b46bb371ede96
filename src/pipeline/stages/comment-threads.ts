import { COMMENT_META, COMMENTS_HEADING } from '../lexicon/reference-pages'
import { foldVariants } from './clutter-shapes'
import type { MarkedLine } from './site-clutter'

/** How many lines under its heading the first comment's byline may stand ("Sort by: Newest", a login prompt between). */
const FIRST_COMMENT_REACH = 6
/** Bylines or buttons of comments that show the heading opens readers' comments, not a story's section. */
const MIN_COMMENT_MARKS = 2

const isMeta = (text: string) => foldVariants(text.trim()).some((folded) => COMMENT_META.test(folded))

/**
 * Marks readers' comments under a story: from their heading ("Comments (5)", "YORUMLAR (4)", "Комментарии") to the
 * end of the page, once comments' bylines or buttons follow it ("asel_k · 2 hours ago · ♥ 14", "2 saat önce", "Beğen
 * 48 | Beğenme 12 | Yanıtla"). What readers write is not the story, however many figures it holds, and what follows
 * the comments is the page's footer.
 */
export function markCommentThreads(lines: MarkedLine[]): void {
  const heading = lines.findIndex((line) => foldVariants(line.text.trim()).some((f) => COMMENTS_HEADING.test(f)))
  if (heading < 0) return
  const below = lines.slice(heading + 1).filter((line) => line.text.trim() !== '')
  const marks = below.filter((line) => isMeta(line.text)).length
  if (!below.slice(0, FIRST_COMMENT_REACH).some((line) => isMeta(line.text)) || marks < MIN_COMMENT_MARKS) return
  for (const line of lines.slice(heading)) if (line.text.trim() !== '') line.cut = 'readers’ comments'
}
