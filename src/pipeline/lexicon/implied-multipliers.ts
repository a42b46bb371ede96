import { cardinalValue } from './number-words'
import type { Token } from './numeral-tokens'
import type { ReadResult } from './quantity'

/** Words that state a multiplier without a numeral: "doubled", "вдвое", "удвоить". */
const IMPLIED: readonly (readonly [RegExp, number])[] = [
  [/^(doubled|doubles|doubling)$/u, 2],
  [/^(tripled|triples|tripling)$/u, 3],
  [/^(quadrupled|quadruples|quadrupling)$/u, 4],
  [/^(twofold|two-fold)$/u, 2],
  [/^(threefold|three-fold)$/u, 3],
  [/^вдвое$/u, 2],
  [/^втрое$/u, 3],
  [/^вчетверо$/u, 4],
  [/^удвои\p{L}*|^удвоен\p{L}*$/u, 2],
  [/^утро(ить|ит|ится|ился|илась|ились|ение|ения|ению|ен\p{L}*)$/u, 3],
]

/** The letters every IMPLIED word starts with: a word starting otherwise is tested against none of them. */
const IMPLIED_FIRST = new Set(['d', 't', 'q', 'в', 'у'])

/** Bare verbs that are multipliers only after a modal or "to" ("to double", "will triple"), not as adjectives. */
const BARE: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4 }
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must'])

/** "ikiqat", "üçqat" (Azerbaijani), "fivefold", "tenfold" (English): a number word glued to "-fold". */
const GLUED_FOLD = /^(\p{L}+?)(?:qat\p{L}*|fold)$/u
/** "ikiye katladı" (Turkish): a number word in the dative before the verb "katlamak" (to multiply). */
const DATIVE_NUMBER = /^(\p{L}+?)(y?[ae])$/u

const make = (first: Token, last: Token, value: number, next: number): ReadResult => ({
  quantity: {
    start: first.start,
    end: last.end,
    value,
    valueMax: null,
    unit: 'multiplier',
    qualifier: 'exact',
    written: 'implied',
    qualifierSpan: null,
  },
  next,
})

/** Reads a multiplier that a word implies at `tokens[index]` ("doubled", "ikiqat", "ikiye katladı", "вдвое"). */
export function readImpliedMultiplier(tokens: readonly Token[], index: number, lang: string): ReadResult | null {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return null
  if (IMPLIED_FIRST.has(token.text[0] ?? '')) {
    for (const [pattern, value] of IMPLIED) if (pattern.test(token.text)) return make(token, token, value, index + 1)
  }
  // "twice as many as a year earlier", "almost twice the volume": a multiplier of 2 stated as a comparison
  const after = tokens[index + 1]
  if (lang === 'en' && token.text === 'twice' && after && /^(as|the|that|what)$/u.test(after.text)) {
    return make(token, token, 2, index + 1)
  }
  const bare = BARE[token.text]
  const prev = tokens[index - 1]
  // "to double-track the line", "double-digit growth": a compound adjective or verb, no multiplier
  const compound = tokens[index + 1]?.text === '-' && tokens[index + 1]?.gap === ''
  if (bare !== undefined && lang === 'en' && prev && MODALS.has(prev.text) && !compound) {
    return make(token, token, bare, index + 1)
  }
  // GLUED_FOLD needs "qat" or a final "fold": most words are turned away before the regex
  const fold = token.text.includes('qat') || token.text.endsWith('fold') ? GLUED_FOLD.exec(token.text) : null
  const foldValue = fold?.[1] ? cardinalValue(fold[1], lang) : null
  if (foldValue !== null && foldValue > 1) return make(token, token, foldValue, index + 1)
  const next = tokens[index + 1]
  if (!next || !/^katla\p{L}*$/u.test(next.text)) return null
  const dative = DATIVE_NUMBER.exec(token.text)
  const dativeValue = dative?.[1] ? cardinalValue(dative[1], lang) : null
  if (dativeValue !== null && dativeValue > 1) {
    return make(token, next, dativeValue, index + 2)
  }
  return null
}
