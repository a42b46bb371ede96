import { POST_BYLINE } from '../lexicon/reference-pages'
import { foldVariants } from './clutter-shapes'
import type { MarkedLine } from './site-clutter'

/**
 * A thread of posts saved from a social network: each post under its author's byline ("Azərpoçt @azerpost_az · 23
 * mar", or the name, "@Daryo_Global", "·" and "Apr 9" a line each), its reaction counters under it ("💬 9 🔁 44 ❤️
 * 203", "61.4K Views", "48,2 min baxış"), a repost's mark ("🔁 Azərpoçt yenidən paylaşdı"), the network's menu and
 * buttons. The posts' words are the story; the rest is the page's.
 */

/** An author's handle alone on its line. */
const HANDLE = /^@[\p{L}\d_.]{2,30}$/u
/** A post's short day without its year ("Apr 9", "23 mar", "9 апр."), or the dot between byline and day. */
const SHORT_DAY = /^(?:·|\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)$/u
/** A row of reaction counters: "💬 37   🔁 126   ❤️ 612   🔖 41", "❤️ 18". */
const REACTIONS_ROW = /^(?:(?:\p{Extended_Pictographic}\u{FE0F}?)+\s*\d[\d.,]*[KkMmКк]?\s*)+$/u
/** How many saw a post: "61.4K Views", "48,2 min baxış", "12,4 тыс. просмотров". */
const VIEWS = /^\d[\d.,]*\s*(?:[kmкм]|min|mln|тыс\.?|млн)?\s*(?:views|baxış|görüntülenme|просмотр\p{L}*)$/u
/** A repost's mark over the post it shares: "🔁 Azərpoçt yenidən paylaşdı", "Daryo reposted", "… сделал репост". */
const REPOSTED =
  /^(?:🔁\s*)?.{1,60}\s(?:reposted|retweeted|yenidən\s+paylaşdı|yeniden\s+paylaştı|сделал\p{L}*\s+репост)$/u
/** The network's menu and buttons, one to a line. */
const NETWORK_WORDS: ReadonlySet<string> = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'grok',
  'lists',
  'profile',
  'more',
  'post',
  'conversation',
  'quote',
  'reply',
  'translate post',
  'post your reply',
  'show more replies',
  'discover more',
  'sourced from across x',
  'relevant people',
  'follow',
  "what's happening",
  '← paylaşım',
  '← post',
  'daha çox cavab göstər',
  'daha fazla yanıt göster',
  'показать больше ответов',
])
/** Handles that show a page is a thread of posts, not a story quoting one. */
const MIN_HANDLES = 2
/** Most words a post's author's name takes on its own line over the handle. */
const MAX_NAME_WORDS = 6

const isHandle = (text: string) => HANDLE.test(text.trim()) || POST_BYLINE.test(text.trim())

/** Marks a social thread's bylines, counters, reposts and the network's buttons. */
export function markSocialPosts(lines: MarkedLine[]): void {
  if (lines.filter((line) => isHandle(line.text)).length < MIN_HANDLES) return
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim()
    if (line.cut !== null || text === '') continue
    const forms = foldVariants(text)
    if (isHandle(text)) line.cut = 'post byline'
    else if (forms.some((f) => REACTIONS_ROW.test(f) || VIEWS.test(f))) line.cut = 'view counter'
    else if (forms.some((f) => REPOSTED.test(f) || NETWORK_WORDS.has(f))) line.cut = 'site menu'
    if (!HANDLE.test(text)) continue
    // the author's name over the handle, and the dot and the day under it
    const above = lines[index - 1]
    if (above && above.cut === null && isNameLine(above.text)) above.cut = 'post byline'
    for (const below of lines.slice(index + 1, index + 3)) {
      if (below.cut === null && SHORT_DAY.test(below.text.trim())) below.cut = 'post byline'
    }
  }
}

/** A short line with no sentence's end: an author's name over the handle ("Daryo", "Rəqəmsal İnkişaf Nazirliyi"). */
const isNameLine = (text: string) =>
  text.trim() !== '' && text.trim().split(/\s+/u).length <= MAX_NAME_WORDS && !/[.!?:]$/u.test(text.trim())
