import { looseFold } from '../lexicon/term-matcher'
import type { DocumentNounMatch } from './agreement-cues'
import type { AgreementMention } from './agreement-mentions'

/** A verb of signing or concluding right after an object: "imzaladı", "imza attı", "bağlayıb". */
const SIGNING_VERB_AFTER = /^\s+(?:\([\p{L}\d-]{2,10}\)\s+)?(?:imzala|imza at|bağla)/u
/** A compound's marker on its last noun ("satın alma anlaşması", "kredit sazişi"), no case of its own. */
const COMPOUND_MARKER = /^(?:s?[ıiuü])$/u

/** The most words a compound's modifiers may take before its noun ("enerji satın alma anlaşması"). */
const MAX_COMPOUND_WORDS = 3
/** Where a compound's modifiers stop: a postposition, a conjunction, a word in the locative ("alanında"). */
const COMPOUND_STOP = /^(?:için|üçün|ile|ilə|ve|və|veya|yaxud|bir|bu|şu|o)$|(?:nda|nde|ndə|da|de|də|ta|te|tə)$/u

/**
 * Where the compound a bare document noun closes begins: the lower-case words right before it ("… projesi için enerji
 * satın alma anlaşması": "enerji satın alma anlaşması"), at most three.
 */
function compoundStart(text: string, nounStart: number): number {
  let start = nounStart
  for (let k = 0; k < MAX_COMPOUND_WORDS; k++) {
    const word = /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))
    if (!word?.[1] || COMPOUND_STOP.test(word[1])) break
    start -= word[0].length
  }
  return start
}

/** Tells whether a Turkish or Azerbaijani document noun stands bare, with no case ending, right before its signing. */
function isBareObjectSigned(text: string, noun: DocumentNounMatch, lang: string): boolean {
  if (lang !== 'tr' && lang !== 'az') return false
  const lastWord = looseFold(text.slice(noun.start, noun.end), lang).split(/\s+/u).at(-1) ?? ''
  // "enerji satın alma anlaşması (PPA) imzaladığını": a compound's noun is bare, its marker no accusative
  const compound = COMPOUND_MARKER.test(lastWord.slice(noun.headStem)) && /\p{L}\s+$/u.test(text.slice(0, noun.start))
  return (
    (lastWord.length === noun.headStem || compound) &&
    SIGNING_VERB_AFTER.test(looseFold(text.slice(noun.end, noun.end + 24), lang))
  )
}

/**
 * A Turkish or Azerbaijani document signed as a bare object, a new one ("firmayla sözleşme imzaladı"), titled by its
 * compound when its noun carries the compound's marker ("enerji satın alma anlaşması"); else null.
 */
export function bareSignedDocument(text: string, noun: DocumentNounMatch, lang: string): AgreementMention | null {
  if (!isBareObjectSigned(text, noun, lang)) return null
  const lastWord = looseFold(text.slice(noun.start, noun.end), lang).split(/\s+/u).at(-1) ?? ''
  const start = COMPOUND_MARKER.test(lastWord.slice(noun.headStem)) ? compoundStart(text, noun.start) : noun.start
  return { kind: 'document', count: null, title: text.slice(start, noun.end), span: { start, end: noun.end } }
}
