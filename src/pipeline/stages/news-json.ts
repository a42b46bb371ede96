import type { Article } from '../../schema/dataset'
import { dayOf } from './feed-xml'

/**
 * A story saved as a news API's JSON response: the request's fields ("status", "request_id"), then the story as an
 * object of fields ("headline", "published_at", "byline", "body" with its paragraphs escaped as "\n\n"), maybe with
 * an image's caption and a list of related stories. Read as text, the escapes ("yak\u0131t\u0131") and the quoted
 * keys would reach the reader and defeat every pattern of the languages. This lays the story out as a page: its
 * headline, its date and writer, its standfirst, its body; every other field goes to the removed lines.
 */

/** The names a story's fields go by in news APIs, most specific first. */
const BODY_KEYS = ['body', 'content', 'article_body', 'articleBody', 'full_text', 'text', 'story']
const HEADLINE_KEYS = ['headline', 'title', 'name']
const DATE_KEYS = ['published_at', 'publishedAt', 'datePublished', 'published', 'pub_date', 'pubDate', 'date']
const WRITER_KEYS = ['byline', 'author', 'authors', 'creator']
const STANDFIRST_KEYS = ['subheadline', 'subtitle', 'standfirst', 'summary', 'lead', 'dek', 'description']

/** A body shorter than this is a teaser's (a related story's summary), no story. */
const MIN_BODY_CHARS = 200
/** How deep in the response the story's object may sit ("data" → "item" → the story). */
const MAX_DEPTH = 4

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first of the keys whose value is a string that is not blank, or ''. */
function text(object: JsonObject, keys: readonly string[]): string {
  for (const key of keys) {
    const value = object[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return ''
}

/** A writer given as a name, an object with a name, or a list of either ("authors": [{"name": …}]). */
function writerOf(object: JsonObject): string {
  for (const key of WRITER_KEYS) {
    const value = object[key]
    const names = (Array.isArray(value) ? value : [value]).flatMap((one) =>
      typeof one === 'string' ? [one] : isObject(one) && typeof one.name === 'string' ? [one.name] : [],
    )
    if (names.some((name) => name.trim() !== '')) return names.join(', ')
  }
  return ''
}

/** The objects of a response, breadth first, down to `MAX_DEPTH`. */
function objectsOf(root: Json): JsonObject[] {
  const found: JsonObject[] = []
  let level: Json[] = [root]
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: Json[] = []
    for (const value of level) {
      if (Array.isArray(value)) next.push(...value)
      else if (isObject(value)) {
        found.push(value)
        next.push(...Object.values(value))
      }
    }
    level = next
  }
  return found
}

/** The response parsed, or null when the text is no JSON object or list. */
function parse(raw: string): Json | null {
  const trimmed = raw.trim()
  if (!/^[[{]/u.test(trimmed)) return null
  try {
    return JSON.parse(trimmed) as Json
  } catch {
    return null
  }
}

/** A line's key, when it opens with one ('  "status": "ok",'). */
const KEY_LINE = /^\s*"([^"\\]+)"\s*:/u
/** The keys the page is laid out from: their lines are the story's, the rest are the response's. */
const STORY_KEYS: ReadonlySet<string> = new Set([
  ...BODY_KEYS,
  ...HEADLINE_KEYS,
  ...DATE_KEYS,
  ...WRITER_KEYS,
  ...STANDFIRST_KEYS,
])

/** The lines of the raw response that the page does not hold, for the removed lines. */
const fieldLines = (raw: string) =>
  raw.split('\n').filter((line) => line.trim() !== '' && !STORY_KEYS.has(KEY_LINE.exec(line)?.[1] ?? ''))

/**
 * Lays a news API's JSON response out as a page; any other text is returned as it is. The object with the longest body
 * is the story.
 */
export function readNewsJson(raw: string): { text: string; removed: Article['removed'] } {
  const root = parse(raw)
  if (root === null) return { text: raw, removed: [] }
  const story = objectsOf(root)
    .filter((object) => text(object, BODY_KEYS).length >= MIN_BODY_CHARS)
    .reduce<JsonObject | null>(
      (best, next) => (best === null || text(next, BODY_KEYS).length > text(best, BODY_KEYS).length ? next : best),
      null,
    )
  if (story === null) return { text: raw, removed: [] }
  const stamp = [dayOf(text(story, DATE_KEYS)), writerOf(story)].filter(Boolean).join(' · ')
  const standfirst = text(story, STANDFIRST_KEYS)
  const page = [text(story, HEADLINE_KEYS), stamp, '', ...(standfirst ? [standfirst, ''] : []), text(story, BODY_KEYS)]
  return { text: page.join('\n'), removed: fieldLines(raw).map((line) => ({ reason: 'JSON field', text: line })) }
}
