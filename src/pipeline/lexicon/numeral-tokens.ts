/** One token of a sentence: a digit group, a word, or a single symbol, with the text that separates it from the last. */
export interface Token {
  kind: 'num' | 'word' | 'sym'
  /** Folded text of the token (digit groups keep their separators: "1.500.000", "4,5"). */
  text: string
  start: number
  end: number
  /** What lies between the previous token and this one ('' when glued, ' ' for a space, '\u00a0' for NBSP…). */
  gap: string
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu
const THOUSANDS_GAP = /^[ \u00a0\u202f\u2009]$/

/** Splits folded text into tokens; space-grouped thousands ("1 500 000") become one digit token. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of folded.matchAll(TOKEN)) {
    const text = match[0]
    const start = match.index
    const kind = /^\d/.test(text) ? 'num' : /^[\p{L}\p{M}]/u.test(text) ? 'word' : 'sym'
    tokens.push({ kind, text, start, end: start + text.length, gap: folded.slice(last, start) })
    last = start + text.length
  }
  return mergeSpaceGroups(tokens)
}

/**
 * Joins "1 500 000" into one token when every group after the first has exactly three digits; the last group may carry
 * the language's decimals ("12 738,60", "1 084,6"), which end the number.
 */
function mergeSpaceGroups(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (const token of tokens) {
    const prev = out[out.length - 1]
    const joins =
      prev !== undefined &&
      token.kind === 'num' &&
      prev.kind === 'num' &&
      THOUSANDS_GAP.test(token.gap) &&
      /^\d{3}(?:[.,]\d{1,3})?$/.test(token.text) &&
      /^(\d{1,3})(\s\d{3})*$/.test(prev.text.replace(/[\u00a0\u202f\u2009]/g, ' '))
    if (joins) out[out.length - 1] = { ...prev, text: `${prev.text}${token.gap}${token.text}`, end: token.end }
    else out.push(token)
  }
  return out
}

/** The decimal mark a language writes: a point in English, a comma in Turkish, Azerbaijani, Russian and most others. */
const decimalMark = (lang: string) => (lang === 'en' ? '.' : ',')

const isThousandsGroups = (parts: readonly string[]) =>
  /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((part) => /^\d{3}$/.test(part))

/**
 * Reads a digit numeral with the language's separators: "4,5" and "1.500.000" in Turkish, "1,500,000.5" in English,
 * "1 500 000" anywhere. A lone separator that is not the language's decimal mark is a thousands separator only before
 * exactly three digits ("1.500" is 1500 in Turkish, "1.5" stays 1.5). Returns null for dates like "27.10.2025".
 */
export function parseDigits(raw: string, lang: string): number | null {
  const text = raw.trim()
  if (/[ \u00a0\u202f\u2009]/.test(text)) {
    const parts = text.split(/[ \u00a0\u202f\u2009]/)
    // "12 738,60": the last group's decimals after the language's own mark
    const [lastGroup = '', fraction] = (parts.at(-1) ?? '').split(decimalMark(lang))
    const groups = [...parts.slice(0, -1), lastGroup]
    if (fraction !== undefined && !/^\d{1,3}$/.test(fraction)) return null
    if (!isThousandsGroups(groups)) return null
    return Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`)
  }
  if (/^\d+$/.test(text)) return Number(text)
  const hasPoint = text.includes('.')
  const hasComma = text.includes(',')
  if (hasPoint && hasComma) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ','
    const thousands = decimal === '.' ? ',' : '.'
    const [whole = '', fraction = '', ...rest] = text.split(decimal)
    if (rest.length > 0 || !isThousandsGroups(whole.split(thousands))) return null
    return Number(`${whole.split(thousands).join('')}.${fraction}`)
  }
  const mark = hasPoint ? '.' : ','
  const parts = text.split(mark)
  if (parts.length > 2) return isThousandsGroups(parts) ? Number(parts.join('')) : null
  const [whole = '', fraction = ''] = parts
  if (mark !== decimalMark(lang) && isThousandsGroups(parts)) return Number(whole + fraction)
  return Number(`${whole}.${fraction}`)
}
