import { readFeedHeader } from './header-feed'
import { cutMailSignature } from './header-mail'
import { cutArchiveBanner } from './archive-banner'
import { cutPageBreaks } from './page-breaks'
import { cutTeaserListing } from './teaser-listing'
import { reflowWrappedLines } from './reflow'
import { readFeedXml } from './feed-xml'
import { readNewsJson } from './news-json'
import { joinSubtitleCues } from './subtitle-cues'
import iconv from 'iconv-lite'
import type { PipelineIssue, RawFile } from '../types'
import { parseHeader, type ArticleHeader } from './read-header'
import { stripMarkup } from './strip-markup'

/** A decoded and normalised article file, split into its header fields and its body lines. */
export interface IngestedFile extends ArticleHeader {
  id: string
  file: string
}

type Decoded = { text: string; issue: string | null } | { reject: string }

/**
 * Characters of one file that are read; the rest is cut with a warning. Fifty times the longest article seen so far:
 * past it a file is a dump (a page of numbers, a repeated paragraph), and reading it all would bloat every output.
 */
export const MAX_ARTICLE_CHARS = 500_000

/** Bidirectional controls (embeddings, overrides, isolates, marks): they can make text read backwards on screen. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** Share of control characters above which a file is treated as binary, not as text with a stray byte. */
const MAX_CONTROL_SHARE = 0.02

/** C0 controls and DEL other than tab, line feed, form feed and carriage return: never in a text article. */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f

function countControls(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++
  return count
}

const stripControls = (text: string) =>
  countControls(text) === 0 ? text : [...text].filter((char) => !isControl(char.charCodeAt(0))).join('')

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte)

/** Decodes by BOM (UTF-8, UTF-16 LE/BE), then strict UTF-8, then Windows-1254, the usual legacy Turkish code page. */
function decode(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), 'utf16-le'), issue: null }
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), 'utf16-be'), issue: null }
  if (bytes.includes(0)) return { reject: 'binary file (NUL bytes)' }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? buffer.subarray(3) : buffer
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), issue: null }
  } catch {
    return { text: iconv.decode(body, 'windows-1254'), issue: 'not valid UTF-8; decoded as windows-1254' }
  }
}

/**
 * Normalises decoded text: NFC, LF line ends, no BOM, zero-width marks or bidirectional controls, one space between
 * words and one tab for a wide gap between a table's columns, each line trimmed, at most one blank line in a row. The
 * cleaned text is ours, so changing offsets here is safe.
 */
export function normaliseText(text: string): string {
  return (
    stripControls(text)
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
      .replace(BIDI_CONTROLS, '')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      // a wide gap inside a line (a tab, or three spaces or more) aligns columns: one tab keeps the cells apart; in a
      // line so aligned, two spaces part cells too ("Производство полиэтилена, тыс. т  210     265", its widest label)
      .replace(/^.*\S(?: {3,}|\t)\S.*$/gm, (line) => line.replace(/(?<=\S) {2}(?=\S)/g, '\t'))
      .replace(/(?<=\S)(?: {3,}|[ \t]*\t[ \t]*)(?=\S)/g, '\t')
      .replace(/[ \t]{2,}|[ \t]+(?=\n)|(?<=\n)[ \t]+/g, (gap) => (gap.includes('\n') ? '' : ' '))
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}

/** Tells why decoded text is not an article, or null when it may be one. */
function rejectReason(text: string): string | null {
  if (text.trim() === '') return 'whitespace only'
  const controls = countControls(text)
  if (controls > 2 && controls / text.length > MAX_CONTROL_SHARE) return 'binary file (control characters)'
  if (!/\p{L}/u.test(text)) return 'no letters: not a text article'
  return null
}

/** Cuts text past the size limit at the last line break before it (or the limit, not inside a surrogate pair). */
function boundLength(text: string): { text: string; cut: number } {
  if (text.length <= MAX_ARTICLE_CHARS) return { text, cut: 0 }
  const lineEnd = text.lastIndexOf('\n', MAX_ARTICLE_CHARS)
  const splitsPair = /[\uD800-\uDBFF]/.test(text.charAt(MAX_ARTICLE_CHARS - 1))
  const end = lineEnd > MAX_ARTICLE_CHARS / 2 ? lineEnd : MAX_ARTICLE_CHARS - (splitsPair ? 1 : 0)
  return { text: text.slice(0, end), cut: text.length - end }
}

const countMatches = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/** Gives a file's id: its name without the extension. */
export function articleId(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  return stem === '' ? file : stem
}

/**
 * Decodes one input file and reads its header (date, headline, byline). Cuts a file past the size limit, strips HTML
 * and markdown markup and bidirectional controls, each with a warning. Returns null with an error issue for files
 * that are not articles: empty, whitespace only, binary, without letters, or a header without body text.
 */
export function ingestFile(raw: RawFile): { ingested: IngestedFile | null; issues: PipelineIssue[] } {
  const issue = (severity: PipelineIssue['severity'], message: string): PipelineIssue => ({
    file: raw.file,
    severity,
    stage: 'ingest',
    message,
  })
  if (raw.bytes.length === 0) return { ingested: null, issues: [issue('error', 'empty file')] }
  const decoded = decode(raw.bytes)
  if ('reject' in decoded) return { ingested: null, issues: [issue('error', decoded.reject)] }
  const issues = decoded.issue ? [issue('warning', decoded.issue)] : []
  const reason = rejectReason(decoded.text)
  if (reason) return { ingested: null, issues: [...issues, issue('error', reason)] }
  const bounded = boundLength(decoded.text)
  if (bounded.cut > 0) {
    const kept = decoded.text.length - bounded.cut
    issues.push(issue('warning', `too long (${decoded.text.length} characters): only the first ${kept} are read`))
  }
  const json = readNewsJson(bounded.text)
  const fed = readFeedXml(json.text)
  const stripped = stripMarkup(fed.text)
  if (stripped.found.length > 0) issues.push(issue('warning', `markup removed: ${stripped.found.join(', ')}`))
  const bidi = countMatches(stripped.text, BIDI_CONTROLS)
  if (bidi > 0) issues.push(issue('warning', `${bidi} bidirectional control characters removed`))
  if (!/\p{L}/u.test(stripped.text)) {
    return { ingested: null, issues: [...issues, issue('error', 'no text outside the markup')] }
  }
  const archived = cutArchiveBanner(normaliseText(stripped.text))
  const listed = cutTeaserListing(archived.text)
  const paged = cutPageBreaks(listed.text)
  const cued = joinSubtitleCues(paged.text)
  const signed = cutMailSignature(reflowWrappedLines(cued.text))
  const text = signed.text
  const header = readFeedHeader(text.split('\n')) ?? parseHeader(text)
  if (!header.body.some((line) => /\p{L}/u.test(line))) {
    return { ingested: null, issues: [...issues, issue('error', 'header only: no body text after the header')] }
  }
  const removed = [
    ...json.removed,
    ...fed.removed,
    ...archived.removed,
    ...listed.removed,
    ...paged.removed,
    ...cued.removed,
    ...header.removed,
    ...signed.removed,
    ...(bounded.cut > 0 ? [sizeCut(bounded.cut)] : []),
  ]
  return { ingested: { id: articleId(raw.file), file: raw.file, ...header, removed }, issues }
}

/** Records the cut past the size limit in `removed`, by its length only: the text itself would defeat the limit. */
const sizeCut = (cut: number) => ({ reason: `over the size limit: the last ${cut} characters not read`, text: '' })
