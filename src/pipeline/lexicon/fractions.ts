import type { Token } from './numeral-tokens'
import type { ReadResult } from './quantity'
import { qualifierAfter, qualifierBefore } from './quantity-qualifiers'

/**
 * Shares written as fractions, read as percentages: "a fifth", "roughly a third", "üçdə biri", "dörtte biri",
 * "половину", "около четверти". Each entry is the fraction's words (folded) and its share in percent; the longest
 * match at a token wins. A half is no share after "first"/"second" or in "ilk yarısı", which name half a year.
 */
type Fraction = readonly [words: readonly string[], percent: number]

/** "a third", "one third": an English fraction after either article-like word. */
const englishOne = (part: string, percent: number): Fraction[] => [
  [['a', part], percent],
  [['one', part], percent],
]
/** "üçte biri", "üçte birini": one part of a Turkish or Azerbaijani whole, as subject or object. */
const turkicOne = (whole: string, percent: number): Fraction[] => [
  [[whole, 'biri'], percent],
  [[whole, 'birini'], percent],
]

const FRACTIONS: Readonly<Record<string, readonly Fraction[]>> = {
  en: [
    [['two', 'thirds'], 66.7],
    [['three', 'quarters'], 75],
    ...englishOne('third', 33.3),
    ...englishOne('quarter', 25),
    ...englishOne('fifth', 20),
    ...englishOne('tenth', 10),
  ],
  tr: [
    ...turkicOne('üçte', 33.3),
    [['üçte', 'ikisi'], 66.7],
    ...turkicOne('dörtte', 25),
    [['dörtte', 'üçü'], 75],
    ...turkicOne('beşte', 20),
    ...turkicOne('onda', 10),
  ],
  az: [
    ...turkicOne('üçdə', 33.3),
    [['üçdə', 'ikisi'], 66.7],
    ...turkicOne('dörddə', 25),
    [['dörddə', 'üçü'], 75],
    ...turkicOne('beşdə', 20),
    ...turkicOne('onda', 10),
  ],
  ru: [
    [['две', 'трети'], 66.7],
    [['три', 'четверти'], 75],
    [['половину'], 50],
    [['половина'], 50],
    [['половины'], 50],
    [['наполовину'], 50],
    [['треть'], 33.3],
    [['трети'], 33.3],
    [['четверть'], 25],
    [['четверти'], 25],
    [['пятую', 'часть'], 20],
    [['пятая', 'часть'], 20],
    [['десятую', 'часть'], 10],
    [['десятая', 'часть'], 10],
  ],
}

/** Words before a half that make it half of a period: "first half", "во второй половине года". */
const HALF_OF_PERIOD = /^(?:first|second|первой|второй|первую|вторую|первая|вторая)$/u
/** Words after a fraction that make it part of a period: "половина года", "a quarter of a century". */
const PERIOD_AFTER = /^(?:года|месяца|века|пути|ili|ilin|yılın|yılı)$/u
const PERIOD_OF = /^(?:century|year|decade|month)$/u

/** Tells whether the fraction between `index` and `last` is part of a period rather than a share. */
function isPartOfPeriod(tokens: readonly Token[], index: number, last: number): boolean {
  const [prev, next] = [tokens[index - 1], tokens[last + 1]]
  if (prev?.kind === 'word' && HALF_OF_PERIOD.test(prev.text)) return true
  if (next?.kind === 'word' && PERIOD_AFTER.test(next.text)) return true
  const ofA = next?.text === 'of' && /^(?:a|the)$/u.test(tokens[last + 2]?.text ?? '')
  return ofA && PERIOD_OF.test(tokens[last + 3]?.text ?? '')
}

/** Words before an English fraction that make it an amount: "by", "about", "add", "nearly", "than". */
const SHARE_BEFORE_EN =
  /^(?:by|about|around|roughly|nearly|almost|some|over|under|than|just|only|least|most|add|adds|added|adding|cut|lost|lose)$/u

/** Words after an English share: a preposition or a conjunction, never the noun an ordinal would qualify. */
const SHARE_AFTER_EN = /^(?:of|in|on|to|from|since|over|than|and|or|year|this|last|next|by|compared|against|versus)$/u

function isEnglishShare(tokens: readonly Token[], index: number, last: number): boolean {
  const next = tokens[last + 1]
  if (next?.text === 'of') return true
  // "helped by a third rail line": after "by", a noun makes the fraction an ordinal
  const closes = next === undefined || next.kind !== 'word' || SHARE_AFTER_EN.test(next.text)
  return closes && SHARE_BEFORE_EN.test(tokens[index - 1]?.text ?? '')
}

/** Tokens after a fraction within which its exact share in brackets is looked for ("половины … сетей … (56%)"). */
const EXACT_SHARE_REACH = 10

/** Whether a percent alone in brackets follows the fraction in its clause: "(56%)". */
function hasExactShareAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < last + EXACT_SHARE_REACH && k < tokens.length; k++) {
    const text = tokens[k]?.text ?? ''
    if (/^[.;:!?]$/u.test(text)) return false
    const bracketed = tokens[k + 1]?.kind === 'num' && tokens[k + 2]?.text === '%' && tokens[k + 3]?.text === ')'
    if (text === '(' && bracketed) return true
  }
  return false
}

/** Reads a share written as a fraction at `tokens[index]`, as a percentage with its qualifier, or null. */
export function readFraction(tokens: readonly Token[], index: number, lang: string): ReadResult | null {
  const entries = FRACTIONS[lang]
  const first = tokens[index]
  if (!entries || first?.kind !== 'word') return null
  for (const [words, percent] of entries) {
    if (words[0] !== first.text) continue
    const last = index + words.length - 1
    if (!words.every((word, k) => tokens[index + k]?.text === word && (k === 0 || tokens[index + k]?.gap === ' ')))
      continue
    // "the first half", "a quarter of a century", "в первой половине года": a part of a period, not a share
    if (isPartOfPeriod(tokens, index, last)) return null
    // "a third rail line", "a third still on the table": an English "a third" is a share only before "of" or after
    // a word of amount or change ("by a quarter", "about a tenth", "add a fifth")
    if (lang === 'en' && !isEnglishShare(tokens, index, last)) return null
    // "Больше половины сетей (56%)", "more than half of them (56%)": the exact share stands beside it in brackets
    if (hasExactShareAfter(tokens, last)) return null
    const before = qualifierBefore(tokens, index)
    const after = before ? null : qualifierAfter(tokens, last)
    const end = tokens[last]?.end ?? first.end
    return {
      quantity: {
        start: first.start,
        end,
        value: percent,
        valueMax: null,
        unit: 'percent',
        qualifier: before?.qualifier ?? after?.qualifier ?? 'exact',
        written: 'implied',
        qualifierSpan: null,
      },
      next: last + 1,
    }
  }
  return null
}
