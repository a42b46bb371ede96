import type { Article } from '../../schema/dataset'
import { monthNumber } from '../lexicon/date-words'

/**
 * A news feed saved as its XML (RSS 2.0 or Atom), maybe under the browser's note that it has no style: a channel's
 * fields, then items, each a title, a date, a writer and a short description, one of them maybe with its whole story
 * in `<content:encoded>`. The markup stage knows HTML, not a feed's own tags, which would reach the reader as lines of
 * text ("<language>az</language>", "<ttl>15</ttl>"). This lays the feed out as a page: the fullest item's headline,
 * its date and writer, its story; then each other item's description as a paragraph of its own (their titles, which
 * repeat them, and every field of markup go to the removed lines). The HTML and the entities left inside are the
 * markup stage's.
 */

/** A feed's root element: an RSS document or an Atom one. */
const FEED_ROOT = /<(?:rss|feed)[\s>][\s\S]*?<(?:item|entry)[\s>]/u
/** The browser's line over an XML file it shows as a tree. */
const BROWSER_NOTE = /^this xml file does not appear to have any style information/iu
const ITEM = /<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/gu

/** An element's text, its CDATA unwrapped: the first of the names that the fragment holds, or ''. */
function field(fragment: string, ...names: string[]): string {
  for (const name of names) {
    const found = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'u').exec(fragment)?.[1]
    if (found !== undefined && found.trim() !== '') return found.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, '$1').trim()
  }
  return ''
}

/** An RFC-822 date ("Tue, 17 Mar 2026 16:05:31 +0400") or an Atom one ("2026-03-17T16:05:31+04:00") as its day. */
export function dayOf(stamp: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/u.exec(stamp)?.[1]
  if (iso) return iso
  const parts = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/u.exec(stamp)
  const month = parts ? monthNumber((parts[2] ?? '').toLowerCase()) : null
  return parts && month !== null
    ? `${parts[3]}-${String(month).padStart(2, '0')}-${(parts[1] ?? '').padStart(2, '0')}`
    : null
}

interface FeedItem {
  title: string
  day: string | null
  writer: string
  description: string
  story: string
}

const readItem = (body: string): FeedItem => ({
  title: field(body, 'title'),
  day: dayOf(field(body, 'pubDate', 'dc:date', 'published', 'updated')),
  // RSS names the writer in "dc:creator" (or an address in "author"), Atom in "author"'s "name"
  writer: field(body, 'dc:creator') || field(field(body, 'author'), 'name') || field(body, 'author'),
  description: field(body, 'description', 'summary'),
  story: field(body, 'content:encoded', 'content'),
})

/** The lines of a fragment of markup, for the removed lines. */
const linesOf = (fragment: string) => fragment.split('\n').filter((line) => line.trim() !== '')

/**
 * Lays a feed's XML out as a page; any other text is returned as it is. The item with the longest story leads (the
 * first item when none has one); its description, a teaser of that story, is dropped.
 */
export function readFeedXml(text: string): { text: string; removed: Article['removed'] } {
  if (!FEED_ROOT.test(text)) return { text, removed: [] }
  const items = [...text.matchAll(ITEM)].map((m) => ({ raw: m[0], item: readItem(m[2] ?? '') }))
  if (items.length === 0) return { text, removed: [] }
  const lead = items.reduce((best, next) => (next.item.story.length > best.item.story.length ? next : best))
  const { title, day, writer, story, description } = lead.item
  const others = items.filter((entry) => entry !== lead)
  const stamp = [day ?? dayOf(field(text, 'lastBuildDate', 'updated')), writer].filter(Boolean).join(' · ')
  const page = [
    title,
    stamp,
    '',
    story || description,
    ...others.flatMap(({ item }) => (item.description ? ['', `<p>${item.description}</p>`] : [])),
  ]
  const beforeItems = text.slice(0, text.indexOf(items[0]?.raw ?? ''))
  const removed = [
    ...linesOf(beforeItems).map((line) => ({
      reason: BROWSER_NOTE.test(line) ? 'browser note' : 'feed markup',
      text: line,
    })),
    ...others.map(({ item }) => ({ reason: 'feed item title', text: item.title })),
  ]
  return { text: page.join('\n'), removed }
}
