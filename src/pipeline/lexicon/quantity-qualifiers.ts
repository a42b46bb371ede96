import type { Qualifier } from '../../schema/dataset'
import type { Token } from './numeral-tokens'

/** A qualifier found next to a numeral, with the index of the token farthest from the numeral that belongs to it. */
export interface QualifierMatch {
  qualifier: Qualifier
  edge: number
}

/** Words that stand before a numeral and qualify it ("yaklaşık 5", "more than 10", "не менее 3"). */
const BEFORE_PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['yaklaşık olarak', 'about'],
  ['yaklaşık', 'about'],
  ['tahminen', 'about'],
  ['təxminən', 'about'],
  ['təqribən', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['около', 'about'],
  ['порядка', 'about'],
  ['примерно', 'about'],
  ['почти', 'about'],
  ['приблизительно', 'about'],
  // "no more than 18 tonnes", "not less than …": a negated bound is the other bound
  ['no more than', 'up-to'],
  ['not more than', 'up-to'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['no fewer than', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['более чем', 'more-than'],
  ['более', 'more-than'],
  ['свыше', 'more-than'],
  ['больше', 'more-than'],
  ['en az', 'at-least'],
  ['ən azı', 'at-least'],
  ['ən az', 'at-least'],
  ['at least', 'at-least'],
  ['не менее', 'at-least'],
  ['как минимум', 'at-least'],
  ['минимум', 'at-least'],
  ['up to', 'up-to'],
  ['en fazla', 'up-to'],
  ['ən çox', 'up-to'],
  ['at most', 'up-to'],
  ['не более', 'up-to'],
  ['до', 'up-to'],
  ['максимум', 'up-to'],
  ['maksimum', 'up-to'],
  ['a maximum of', 'up-to'],
  ['a minimum of', 'at-least'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['менее', 'less-than'],
  ['меньше', 'less-than'],
]
/** The phrases split into words once, the longest first. */
const BEFORE = [...BEFORE_PHRASES]
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length)
  .map(([phrase, qualifier]) => ({ phrase, qualifier, words: phrase.split(' ') }))
/** The same phrases (in that order) by their last word, which must stand right before the numeral. */
const BEFORE_BY_LAST = new Map<string, typeof BEFORE>()
for (const entry of BEFORE) {
  const last = entry.words.at(-1) ?? ''
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), entry])
}

/** Words after a numeral that qualify it whatever its case ending ("10'u aşkın", "1 milyon civarında"). */
const AFTER_ANY: Readonly<Record<string, Qualifier>> = {
  aşkın: 'more-than',
  üzerinde: 'more-than',
  üzərində: 'more-than',
  üstünde: 'more-than',
  civarında: 'about',
  civarı: 'about',
  civarına: 'about',
  dolayında: 'about',
  dolayına: 'about',
  plus: 'more-than',
}
/** Russian verbs of raising or bringing a quantity to a level. */
const REACH_VERB =
  /^(довест|довед|увелич|нарастит|наращив|сократ|сниз|сниж|пониз|пониж|уменьш|опуст|повыс|повыш|дойт|достич|достиг|вырас|выраст|вырос|подня|подним|возрос|упа|сократил)/u
const ABLATIVE = /(dan|den|tan|ten|dən|tən)$/u
const DATIVE = /(a|e|ə)$/u
const MORE = new Set(['fazla', 'çok', 'çox', 'artıq', 'ziyade', 'ziyadə'])
/** "olmamalı", "olmamalıdır", "olamaz", "ola bilməz", "olmayacaq": must not, cannot be (so much). */
const NOT_BE = /^(?:olmamal[ıi]\p{L}*|olamaz|olmaz|ola(?:maz|bilməz)|olmayacaq|olmayacak)$/u
const UNTIL = new Set(['kadar', 'qədər', 'dek', 'dək'])
/** "fazlası", "fazlasını", "çoxu", "çoxunu": "more" with the possessive that makes it "more than … of it". */
const MORE_OF_IT = /^(?:fazlas[ıi]n?[ıi]?|çoğu(?:nu)?|çoxu(?:nu)?)$/u

/** "с 8 …", "со 120 …" shortly before: the "до" that follows names where a change went. */
function isChangeFrom(tokens: readonly Token[], before: number): boolean {
  const window = tokens.slice(Math.max(0, before - 6), before)
  return window.some((t, k) => (t.text === 'с' || t.text === 'со') && window[k + 1]?.kind === 'num')
}

/** Reads the qualifier words that end right before `tokens[first]`, if any. */
export function qualifierBefore(tokens: readonly Token[], first: number): QualifierMatch | null {
  const candidates = BEFORE_BY_LAST.get(tokens[first - 1]?.text ?? '') ?? []
  for (const { phrase, qualifier, words } of candidates) {
    const start = first - words.length
    if (start < 0) continue
    const fits = words.every((w, k) => {
      const token = tokens[start + k]
      return token !== undefined && token.kind === 'word' && token.text === w && (k === 0 || token.gap.trim() === '')
    })
    const next = tokens[first]
    if (!fits || next === undefined || next.gap.trim() !== '') continue
    // "довести … до 10 млн тонн": after a verb of reaching, "до" says where to, not a ceiling
    if (phrase === 'до' && tokens.slice(Math.max(0, start - 6), start).some((t) => REACH_VERB.test(t.text))) continue
    // "с 8 до 10 млн тонн": the end a change went to, after the one it came from
    if (phrase === 'до' && isChangeFrom(tokens, start)) continue
    return { qualifier, edge: start }
  }
  return null
}

/**
 * Reads the qualifier words right after a quantity whose last token is `tokens[last]`: the case ending of that
 * token decides between "10'dan fazla" (more than), "10'a kadar" (up to) and "10 kadar" (about).
 */
export function qualifierAfter(tokens: readonly Token[], last: number): QualifierMatch | null {
  const end = tokens[last]
  const next = tokens[last + 1]
  if (!end || !next || next.kind !== 'word' || next.gap.trim() !== '') return null
  const ending = end.kind === 'word' ? end.text : ''
  const ablative = ABLATIVE.test(ending)
  const dative = DATIVE.test(ending)
  const anyCase = AFTER_ANY[next.text]
  if (anyCase) return { qualifier: anyCase, edge: last + 1 }
  // "yüzde 80'den fazlası", "80 faizdən çoxu": "more than" with the possessive of "of it"; "800 kiloqramdan çox
  // olmamalıdır", "18 tondan fazla olamaz": "must not be more than", a ceiling
  if ((MORE.has(next.text) || MORE_OF_IT.test(next.text)) && ablative) {
    const ceiling = NOT_BE.test(tokens[last + 2]?.text ?? '')
    return { qualifier: ceiling ? 'up-to' : 'more-than', edge: last + 1 }
  }
  if (next.text === 'az' && ablative) return { qualifier: 'less-than', edge: last + 1 }
  if (UNTIL.has(next.text)) return { qualifier: dative ? 'up-to' : 'about', edge: last + 1 }
  if ((next.text === 'yakın' || next.text === 'yaxın') && dative) return { qualifier: 'about', edge: last + 1 }
  const after = tokens[last + 2]
  if (after && after.gap.trim() === '' && next.text === 'or') {
    if (after.text === 'more') return { qualifier: 'at-least', edge: last + 2 }
    if (after.text === 'so') return { qualifier: 'about', edge: last + 2 }
  }
  return null
}
