import { caseOfName, findCountries, findPlaces } from '../lexicon/countries'
import { findPeople } from '../lexicon/people'
import { looseFold } from '../lexicon/term-matcher'
import type { Span } from '../types'

const ORDINAL_WORDS = new Set(
  [
    ...['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yedinci', 'yeddinci', 'sekizinci'],
    ...['səkkizinci', 'dokuzuncu', 'doqquzuncu', 'onuncu', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'],
    ...['seventh', 'eighth', 'ninth', 'tenth', 'первый', 'второй', 'третий', 'первое', 'второе', 'третье'],
  ].map((w) => looseFold(w, 'tr')),
)

/** Capitalised words that open sentences or name the actors, never a body or a document. */
const NOT_NAME_PARTS = new Set(
  [
    ...['taraflar', 'tərəflər', 'liderler', 'liderlər', 'the', 'sides', 'leaders', 'bu', 'this', 'these', 'ayrıca'],
    ...['cumhurbaşkanı', 'prezident', 'prezidenti', 'president', 'bakan', 'nazir', 'minister', 'президент'],
    ...['bunlara', 'bunlar', 'həmçinin', 'also', 'then', 'ardından'],
  ].map((w) => looseFold(w, 'tr')),
)

const TOKEN = /\S+/gu
const ROMAN = /^[IVXLC]+$/u
const ORDINAL_NUMBER = /^\d{1,3}(?:\.|-?(?:ci|cı|cu|cü|inci|ıncı|nci|ncı|th|st|nd|rd|й|я|е))$/u
const ACRONYM = /^\(?[\p{Lu}\d]{2,8}\)?$/u
const CAPITALISED = /^[\p{Lu}][\p{L}\d]*(?:[-–—][\p{Lu}][\p{L}\d]*)*$/u

/** Tells whether one token can be part of the name before a head noun ("Yüksek", "(TDT)", "XII", "2.", "ikinci"). */
function isNamePart(token: string, lang: string): boolean {
  const folded = looseFold(token, lang)
  if (NOT_NAME_PARTS.has(folded)) return false
  if (ROMAN.test(token) || ORDINAL_NUMBER.test(token) || ACRONYM.test(token) || ORDINAL_WORDS.has(folded)) return true
  return CAPITALISED.test(token)
}

/** Tells whether a country or place in a token is a destination or origin (dative, locative, ablative), not a name. */
function isCasedName(token: string, lang: string): boolean {
  const names = [...findCountries(token, lang), ...findPlaces(token, lang)]
  return names.some((n) => !['bare', 'genitive'].includes(caseOfName(token.slice(n.start, n.end), lang)))
}

/**
 * Finds where the proper-name part before a head noun starts: "Kazakistan-Azerbaycan Devletlerarası Yüksek Konseyinin
 * 2. [Toplantısı]", "Türk Dövlətlər Təşkilatının (TDT) XII [Sammiti]", "Ortak [Bildiri]". It walks left over
 * capitalised words, acronyms, Roman numerals and ordinals, and stops at punctuation, people and title words.
 */
export function nameStartBefore(text: string, headStart: number, lang: string): number {
  const people: Span[] = findPeople(text, lang)
  const tokens = [...text.slice(0, headStart).matchAll(TOKEN)]
  let start = headStart
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]
    if (!token) break
    const end = token.index + token[0].length
    if (!/^\s+$/u.test(text.slice(end, start))) break
    if (!isNamePart(token[0], lang) || isCasedName(token[0], lang)) break
    if (people.some((p) => p.start < end && p.end > token.index)) break
    start = token.index
  }
  return start
}

const COMPOUND_ENDINGS = ['ları', 'leri', 'ləri', 'lar', 'ler', 'lər', 'sı', 'si', 'su', 'sü', 'ı', 'i', 'u', 'ü']

/**
 * Writes a head noun in the form that names it: the stem and a compound-noun possessive ("Toplantısı", "qərarları",
 * "Sammiti"), without the case ending the sentence gave it ("Toplantısı'na", "Sammitində", "Bildiri'yi").
 */
export function citationForm(word: string, stemLength: number, lang: string): string {
  const apostrophe = word.search(/['’]/u)
  const bare = apostrophe >= 0 ? word.slice(0, apostrophe) : word
  // Only Turkish and Azerbaijani glue case endings onto a name; elsewhere the word is cited as written.
  if (bare.length <= stemLength || !['tr', 'az'].includes(lang)) return bare
  const rest = looseFold(bare.slice(stemLength), lang)
  const ending = COMPOUND_ENDINGS.map((e) => looseFold(e, 'tr')).find((e) => rest.startsWith(e)) ?? ''
  return bare.slice(0, stemLength + ending.length)
}
