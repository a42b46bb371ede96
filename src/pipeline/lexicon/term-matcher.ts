import type { Span } from '../types'
import { foldCase, isWordCharAt } from './text'
import { rememberRecent } from './memo'

/**
 * How the words of a term may end in running text:
 * - 'turkic': a proper noun in Turkish/Azerbaijani/English: bare, with any suffix after an apostrophe
 *   ("Kazakistan'ın"), or with a known case/possessive suffix glued on ("Qazaxıstanın", "Bakıdakı");
 * - 'surname': like 'turkic', but no glued ending in a-, which would turn "Aliyev" into "Aliyeva", another person;
 * - 'free': a common noun stem followed by any letters ("enerjiye", "dijitalleşmeden");
 * - 'exact': the word as written, or with an apostrophe suffix;
 * - 'ru-noun' / 'ru-fem' / 'ru-adj': Russian case endings of a masculine noun (Казахстан-а), a noun in -я/-а whose
 *   stem is given without it (Росси-я) or an adjective stem (казахстанск-ий).
 */
export type Inflection = 'turkic' | 'surname' | 'free' | 'exact' | 'ru-noun' | 'ru-fem' | 'ru-adj'

/** One entry of a lexicon: the words as a stem in lower case, how they inflect, and what they stand for. */
export interface Term<T> {
  words: string
  inflection: Inflection
  /** Only match when the original text starts the term with a capital (proper nouns that are also common words). */
  capital?: boolean
  /** Whole words (lower case) this term must not match though they inflect like it: "irakli" is a given name. */
  unless?: string[]
  value: T
}

/** A term found in text: its span in the searched string and the value of the lexicon entry. */
export interface TermMatch<T> extends Span {
  value: T
}

const LOOSE: Record<string, string> = { ı: 'i', İ: 'i', '’': "'", ʼ: "'", â: 'a', î: 'i', û: 'u', ё: 'е', '‘': "'" }

const CASES = [
  ...['', 'ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün', 'a', 'e', 'ə', 'ya', 'ye', 'yə', 'na', 'ne'],
  ...['nə', 'da', 'de', 'də', 'ta', 'te', 'tə', 'nda', 'nde', 'ndə', 'dan', 'den', 'dən', 'tan', 'ten', 'tən'],
  ...['ndan', 'nden', 'ndən', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü', 'la', 'le', 'lə'],
  ...['yla', 'yle', 'ca', 'ce', 'ça', 'çe', 'dır', 'dir', 'dur', 'dür', 'tır', 'tir'],
  // Possessive after a vowel, alone or with a case: "taşıması", "taşımasının".
  ...['sı', 'si', 'su', 'sü', 'sın', 'sin', 'sını', 'sini', 'sına', 'sine', 'sında', 'sinde', 'sından', 'sinden'],
  ...['sının', 'sinin', 'sə', 'sində', 'sinə', 'sıyla', 'siyle'],
  // Possessive after a consonant with a case: "protokolünü", "Konseyinin", "anlaşmasıyla".
  ...['ını', 'ini', 'unu', 'ünü', 'ına', 'ine', 'una', 'üne', 'ında', 'inde', 'unda', 'ünde', 'ından', 'inden'],
  ...['ının', 'inin', 'unun', 'ünün', 'ıyla', 'iyle', 'uyla', 'üyle', 'ində', 'inə', 'ının', 'ındə'],
]
const KI = ['daki', 'deki', 'dəki', 'ndaki', 'ndeki', 'ndəki', 'taki', 'teki', 'təki', 'ninki', 'nınki', 'ki']
const DEMONYM = ['lı', 'li', 'lu', 'lü', 'lılar', 'liler', 'lilər', 'lar', 'ler', 'lər']

/** Every glued suffix chain accepted after a Turkic proper noun, already folded like the text. */
const TURKIC_SUFFIXES = [
  ...new Set(
    [...CASES, ...KI.flatMap((k) => CASES.map((c) => k + c)), ...DEMONYM.flatMap((d) => CASES.map((c) => d + c))].map(
      (suffix) => looseFold(suffix, 'tr'),
    ),
  ),
]

const RU_ENDINGS: Record<'ru-noun' | 'ru-fem' | 'ru-adj', string[]> = {
  'ru-noun': ['', 'а', 'у', 'ом', 'ым', 'е', 'ы', 'ов', 'ам', 'ах', 'ами'],
  'ru-fem': ['я', 'и', 'ю', 'ей', 'ией', 'а', 'ы', 'е', 'у', 'ой', 'ем'],
  'ru-adj': ['ий', 'ый', 'ая', 'ое', 'ого', 'ому', 'ым', 'им', 'ом', 'ой', 'ую', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'],
}

/**
 * Folds case with the language's rules, then merges letters that spellings mix up (ı/i, â/a, ’/'), one character
 * for one, so offsets into the result are offsets into the original text.
 */
export function looseFold(text: string, lang: string): string {
  return foldCase(text, lang).replace(/[ıİ’ʼâîûё‘]/g, (char) => LOOSE[char] ?? char)
}

const SEPARATOR = /[\s\-–—]/
const LETTER = /\p{L}/u
const isLetterAt = (text: string, index: number) => {
  const code = text.charCodeAt(index)
  // ASCII answers without the regex (most of every text); NaN past the end is no letter
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  return code === code && LETTER.test(text[index] ?? '')
}

/** A term ready to match: its folded words and the endings its last word accepts (null: any letters). */
interface CompiledTerm<T> {
  term: Term<T>
  parts: string[]
  endings: ReadonlySet<string> | null
  apostrophe: boolean
  unless: ReadonlySet<string>
}

const TURKIC_ENDINGS: ReadonlySet<string> = new Set(TURKIC_SUFFIXES)
const SURNAME_ENDINGS: ReadonlySet<string> = new Set(TURKIC_SUFFIXES.filter((s) => !s.startsWith('a')))

/** Tells whether a folded word ending is a Turkish/Azerbaijani case, possessive or -ki suffix chain ("dakı", "nın"). */
export function isTurkicSuffix(ending: string): boolean {
  return TURKIC_ENDINGS.has(looseFold(ending, 'tr'))
}
const NO_ENDING: ReadonlySet<string> = new Set([''])

function endingsOf(inflection: Inflection): ReadonlySet<string> | null {
  switch (inflection) {
    case 'turkic':
      return TURKIC_ENDINGS
    case 'surname':
      return SURNAME_ENDINGS
    case 'free':
      return null
    case 'exact':
      return NO_ENDING
    default:
      return new Set(RU_ENDINGS[inflection])
  }
}

/** A lexicon compiled once: its terms indexed by their first two letters, for a quick look-up per word. */
export interface CompiledLexicon<T> {
  byPrefix: ReadonlyMap<string, CompiledTerm<T>[]>
}

/** Compiles a list of terms for matching, once per lexicon. */
export function compileLexicon<T>(terms: readonly Term<T>[]): CompiledLexicon<T> {
  const byPrefix = new Map<string, CompiledTerm<T>[]>()
  for (const term of terms) {
    const parts = looseFold(term.words, 'tr').split(/[\s-]+/)
    const key = parts[0]?.slice(0, 2) ?? ''
    const compiled: CompiledTerm<T> = {
      term,
      parts,
      endings: endingsOf(term.inflection),
      apostrophe: !term.inflection.startsWith('ru-'),
      unless: new Set((term.unless ?? []).map((w) => looseFold(w, 'tr'))),
    }
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), compiled])
  }
  return { byPrefix }
}

const letterRunEnd = (text: string, from: number) => {
  let end = from
  while (isLetterAt(text, end)) end++
  return end
}

/** Matches one compiled term at a word start of the folded text; gives the end offset or -1. */
function matchAt<T>(folded: string, start: number, compiled: CompiledTerm<T>): number {
  let pos = start
  const { parts, term } = compiled
  for (const [index, part] of parts.entries()) {
    if (!folded.startsWith(part, pos)) return -1
    pos += part.length
    if (index === parts.length - 1) break
    // Inner words inflect too ("kənd təsərrüfatı", "искусственного интеллекта").
    if (term.inflection === 'free') pos = letterRunEnd(folded, pos)
    else if (term.inflection.startsWith('ru-')) pos = Math.min(letterRunEnd(folded, pos), pos + 3)
    if (!SEPARATOR.test(folded[pos] ?? '')) return -1
    while (SEPARATOR.test(folded[pos] ?? '')) pos++
  }
  const end = letterRunEnd(folded, pos)
  if (compiled.endings && !compiled.endings.has(folded.slice(pos, end))) return -1
  if (isWordCharAt(folded, end) && !isNoteMarkerAt(folded, end)) return -1
  // An apostrophe suffix follows the bare name: "Kazakistan'ın", "Kazakhstan's".
  if (compiled.apostrophe && end === pos && folded[end] === "'" && isLetterAt(folded, end + 1)) {
    return letterRunEnd(folded, end + 1)
  }
  return end
}

const isCapital = (char: string | undefined) => char !== undefined && char !== char.toLowerCase()

/**
 * An endnote's marker glued to the end of a word ("saziş imzalanıb12.", "введено жилья1,"): up to three digits after
 * four letters or more, then no more of the word; a code ("A320", "G20") has fewer letters before its digits.
 */
const isNoteMarkerAt = (folded: string, at: number) =>
  /\p{L}{4}$/u.test(folded.slice(Math.max(0, at - 4), at)) && /^\d{1,3}(?![\p{L}\p{N}])/u.test(folded.slice(at, at + 4))

/**
 * Finds every term of a lexicon in text, keeping the longest match where matches overlap, in text order.
 * Spans are offsets into `text`.
 */
export function findTerms<T>(text: string, lang: string, lexicon: CompiledLexicon<T>): readonly TermMatch<T>[] {
  let find = recentFinders.get(lexicon) as ((text: string, lang: string) => readonly TermMatch<T>[]) | undefined
  if (!find) {
    find = rememberRecent((t: string, l: string) => findTermsAfresh(t, l, lexicon))
    recentFinders.set(lexicon, find)
  }
  return find(text, lang)
}

/** One memoised finder per lexicon: the same sentence is searched for countries, places and sectors many times. */
const recentFinders = new WeakMap<object, unknown>()

/** A text folded for matching, with where each of its words starts and the first two letters the lexicons index. */
interface FoldedWords {
  folded: string
  starts: readonly number[]
  keys: readonly string[]
}

/** Folds and splits a text once for every lexicon searched in it (countries, places, sectors, people…). */
const foldedWords = rememberRecent((text: string, lang: string): FoldedWords => {
  const folded = looseFold(text, lang)
  const starts: number[] = []
  const keys: string[] = []
  for (const word of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    starts.push(word.index)
    keys.push(word[0].slice(0, 2))
  }
  return { folded, starts, keys }
})

function findTermsAfresh<T>(text: string, lang: string, lexicon: CompiledLexicon<T>): TermMatch<T>[] {
  const { folded, starts, keys } = foldedWords(text, lang)
  const found: TermMatch<T>[] = []
  for (let index = 0; index < starts.length; index++) {
    const candidates = lexicon.byPrefix.get(keys[index] ?? '')
    if (!candidates) continue
    const start = starts[index] ?? 0
    for (const compiled of candidates) {
      if (compiled.term.capital && !isCapital(text[start])) continue
      const end = matchAt(folded, start, compiled)
      if (end > start && !compiled.unless.has(folded.slice(start, end))) {
        found.push({ start, end, value: compiled.term.value })
      }
    }
  }
  return dropOverlaps(found)
}

/** Keeps the longest of overlapping spans (the earliest on a tie) and returns them in text order. */
export function dropOverlaps<S extends Span>(spans: readonly S[]): S[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: S[] = []
  for (const span of ranked) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start)
}
