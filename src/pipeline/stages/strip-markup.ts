/** An article's text with its HTML and markdown markup removed, and what was found, for the issue that reports it. */
export interface StrippedText {
  text: string
  /** Each kind of markup found, with its count, in a fixed order: `['1 script or style block', '14 HTML tags']`. */
  found: string[]
}

/** Elements whose content is code or metadata, never article prose: dropped with everything inside. */
const HIDDEN_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'math']
/** Elements that end a line of text where they open or close. */
const BLOCK_ELEMENTS =
  'address|article|aside|blockquote|body|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul'
const INLINE_ELEMENTS =
  'a|abbr|b|bdi|bdo|big|button|cite|code|data|del|dfn|em|font|i|img|input|ins|kbd|label|link|mark|meta|picture|q|s|samp|select|small|source|span|strong|sub|sup|time|tt|u|var|video|audio|wbr'
// Hidden elements count as blocks here: an unclosed `<script>` loses its tag, though what follows may be prose.
const BLOCK_TAG = new RegExp(`</?(?:${BLOCK_ELEMENTS}|${HIDDEN_ELEMENTS.join('|')})(?=[\\s/>])[^<>]*>`, 'gi')
const INLINE_TAG = new RegExp(`</?(?:${INLINE_ELEMENTS})(?=[\\s/>])[^<>]*>`, 'gi')
const DECLARATION = /<![A-Za-z][^<>]*>|<\?[^<>]*\?>/g

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  shy: '\u00AD',
}
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g

// Spans are bounded ({0,500}) so a hostile line of brackets or asterisks can't make a pattern quadratic.
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,500}\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g
const MARKDOWN_LINK = /\[([^\]\n]{1,500})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g
const MARKDOWN_REFERENCE_LINK = /\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]/g
const AUTOLINK = /<(?:https?|ftp|mailto):[^<>\s]{1,2000}>/gi
const STRONG = /(\*\*|__)(?=\S)([^\n]{0,500}?\S)\1/g
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=\S)([^*_\n]{0,500}?\S)\1(?![\p{L}\p{N}*_])/gu
const INLINE_CODE = /`([^`\n]{1,500})`/g
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S+.*$/
const FENCE = /^ {0,3}(?:```|~~~)/

type Counts = Map<string, number>
const count = (counts: Counts, kind: string, n = 1) => {
  if (n > 0) counts.set(kind, (counts.get(kind) ?? 0) + n)
}

/** Replaces every match and counts the replacements under `kind`. */
function replaceCounting(
  text: string,
  pattern: RegExp,
  replacement: string | ((...groups: string[]) => string),
  counts: Counts,
  kind: string,
): string {
  let n = 0
  const result = text.replace(pattern, (...args: string[]) => {
    n++
    return typeof replacement === 'string' ? replacement : replacement(...args)
  })
  count(counts, kind, n)
  return result
}

/**
 * Cuts every stretch from an opening pattern to its closing one. Searches forward only, and gives up on a kind of
 * stretch once it is left unclosed, so the cost stays linear in the text's length however hostile the input.
 */
function cutDelimited(text: string, open: RegExp, closeOf: (opening: RegExpExecArray) => RegExp): [string, number] {
  let result = ''
  let from = 0
  let cuts = 0
  open.lastIndex = 0
  for (let opening = open.exec(text); opening; opening = open.exec(text)) {
    const close = closeOf(opening)
    close.lastIndex = open.lastIndex
    const closing = close.exec(text)
    if (!closing) break
    result += `${text.slice(from, opening.index)}\n`
    from = close.lastIndex
    open.lastIndex = from
    cuts++
  }
  return [result + text.slice(from), cuts]
}

/** Removes HTML comments, code and metadata elements, tags and declarations, and decodes character references. */
function stripHtml(text: string, counts: Counts): string {
  const [uncommented, comments] = cutDelimited(text, /<!--/g, () => /-->/g)
  count(counts, 'HTML comment', comments)
  let result = uncommented
  for (const element of HIDDEN_ELEMENTS) {
    const [cut, n] = cutDelimited(result, new RegExp(`<${element}(?=[\\s/>])[^<>]*>`, 'gi'), () => {
      return new RegExp(`</${element}\\s*>`, 'gi')
    })
    result = cut
    count(counts, 'script, style or head element', n)
  }
  result = replaceCounting(result, DECLARATION, '', counts, 'HTML tag')
  result = replaceCounting(result, BLOCK_TAG, '\n', counts, 'HTML tag')
  result = replaceCounting(result, INLINE_TAG, '', counts, 'HTML tag')
  return replaceCounting(result, ENTITY, decodeEntity, counts, 'HTML character reference')
}

/** Decodes one character reference; an unknown name or an impossible code point stays as written. */
function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? whole
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16)
  const isCharacter = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
  return isCharacter ? String.fromCodePoint(code) : ''
}

/** Removes markdown's line syntax (fenced code, headings' #, quotes' >, rules, link definitions). */
function stripMarkdownLines(text: string, counts: Counts): string {
  let inFence = false
  const kept: string[] = []
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence
      count(counts, 'markdown code fence')
    } else if (inFence) {
      continue // code is not prose: numbers in it are not facts
    } else if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      count(counts, 'markdown rule or link definition')
    } else {
      const heading = HEADING.exec(line)
      const unquoted = line.replace(BLOCKQUOTE, '')
      if (heading || unquoted !== line) count(counts, 'markdown heading or quote mark')
      kept.push(heading ? (heading[1] ?? '') : unquoted)
    }
  }
  return kept.join('\n')
}

/** Removes markdown's inline syntax: images, links (keeping their words, dropping their targets), emphasis and code marks. */
function stripMarkdownInline(text: string, counts: Counts): string {
  let result = replaceCounting(text, MARKDOWN_IMAGE, '', counts, 'markdown image')
  result = replaceCounting(result, MARKDOWN_LINK, (_all, words = '') => words, counts, 'markdown link')
  result = replaceCounting(result, MARKDOWN_REFERENCE_LINK, (_all, words = '') => words, counts, 'markdown link')
  // A bare URL is text (a photo credit, say) and stays; an autolink is markup around one.
  result = replaceCounting(result, AUTOLINK, '', counts, 'markdown autolink')
  result = replaceCounting(result, STRONG, (_all, _mark, words = '') => words, counts, 'markdown emphasis mark')
  result = replaceCounting(result, EMPHASIS, (_all, _mark, words = '') => words, counts, 'markdown emphasis mark')
  return replaceCounting(result, INLINE_CODE, (_all, code = '') => code, counts, 'markdown code span')
}

/** Writes "1 HTML tag" / "14 HTML tags". */
const plural = (n: number, kind: string) => `${n} ${kind}${n === 1 ? '' : 's'}`

/**
 * Strips HTML and markdown markup from a decoded article so that tags, scripts, link targets and URLs never reach
 * the extractors ("script" or "link" read as a metric). Runs before the text is fixed, so every offset the later
 * stages compute points into the stripped text. Line ends become LF first. Plain prose passes through unchanged.
 */
export function stripMarkup(raw: string): StrippedText {
  const counts: Counts = new Map()
  const html = stripHtml(raw.replace(/\r\n?/g, '\n'), counts)
  const text = stripMarkdownInline(stripMarkdownLines(html, counts), counts)
  return { text, found: [...counts].map(([kind, n]) => plural(n, kind)) }
}
