import { type DateLine, readDateLine } from './header-date'
import type { ArticleHeader } from './read-header'

/**
 * A news feed saved as text (an RSS or Atom channel): the channel's name, address and description, then its items,
 * each a title over its link, its date and its category, the first maybe in full:
 *
 *   Экспорт туркменской электроэнергии … вырос почти на треть
 *   Ссылка: https://turkmenportal.com/ru/blog/98412/…
 *   Дата: Thu, 02 Jul 2026 09:15:00 +0500
 *   Категория: Экономика
 *   В январе – июне 2026 года Туркменистан экспортировал …
 *
 * The first item is the article: its title, its date, its text. The channel's lines above it and every later item
 * are the feed's, not the story's.
 */

/** An item's link line: "Link: https://…", "Ссылка: …", "Bağlantı: …", "Keçid: …", or the address alone. */
const LINK_LINE = /^(?:(?:link|url|ссылка|bağlantı|keçid)\s*:\s*)?https?:\/\/\S+$/iu
/** An item's category or tags line, under its date. */
const CATEGORY_LINE =
  /^(?:category|categories|tags?|категори\p{L}*|рубрика|теги|kategori\p{L}*|etiketler|kateqoriya|teqlər)\s*:/iu
/** Items a feed shows at least: one title over a link and a date could be any page's headline. */
const MIN_ITEMS = 2

interface FeedItem {
  /** Index of the item's title line. */
  title: number
  published: string | null
  /** Index of the first line of the item's text, past its link, date and category. */
  text: number
}

/** An item whose title is at `index`: a title line, its link, then a date line (in either order). */
function readItem(lines: readonly string[], index: number): FeedItem | null {
  const title = lines[index] ?? ''
  // the link stands right under the title, or under its date: a cheap test before any date is read
  const linked = LINK_LINE.test(lines[index + 1] ?? '') || LINK_LINE.test(lines[index + 2] ?? '')
  if (!linked || title === '' || LINK_LINE.test(title) || readDateLine(title)) return null
  let next = index + 1
  let link = false
  let published: string | null = null
  for (; next < lines.length && next <= index + 3; next++) {
    const line = lines[next] ?? ''
    const date: DateLine | null = link || published === null ? readDateLine(line) : null
    if (!link && LINK_LINE.test(line)) link = true
    else if (published === null && date?.published) published = date.published
    else if (!CATEGORY_LINE.test(line)) break
  }
  return link && published !== null ? { title: index, published, text: next } : null
}

/** Reads a feed's first item as the article's header; null when the text is no feed of two items or more. */
export function readFeedHeader(lines: readonly string[]): ArticleHeader | null {
  const items = lines.flatMap((_, index) => readItem(lines, index) ?? [])
  if (items.length < MIN_ITEMS) return null
  const [first, second] = items as [FeedItem, FeedItem]
  const removed = [
    ...lines.slice(0, first.title).map((text) => ({ reason: 'feed channel', text })),
    ...lines.slice(first.title + 1, first.text).map((text) => ({ reason: 'feed item', text })),
    ...lines.slice(second.title).map((text) => ({ reason: 'news-feed list', text })),
  ].filter((line) => line.text !== '')
  return {
    title: lines[first.title] ?? null,
    published: first.published,
    author: null,
    body: lines.slice(first.text, second.title),
    removed,
  }
}
