import type { PersonMention, Span } from '../types'
import { findCountries, findPlaces } from './countries'
import { PEOPLE_NAMES } from './people-names'
import { compileLexicon, dropOverlaps, findTerms, isTurkicSuffix, looseFold, type Term } from './term-matcher'

/** A person found in text, with the country the gazetteer or the title ("Türkmenistan Cumhurbaşkanı X") gives. */
export interface PersonMatch extends PersonMention {
  country: string | null
  /** 'gazetteer' for a known person, 'title' for a name read after a title word. */
  via: 'gazetteer' | 'title'
}

interface Known {
  name: string
  country: string
}

const GAZETTEER = compileLexicon(
  PEOPLE_NAMES.flatMap((p): Term<Known>[] => {
    const value = { name: p.name, country: p.country }
    return [
      ...[...p.full, ...p.surnames].map((words): Term<Known> => ({
        words,
        inflection: 'surname',
        capital: true,
        value,
      })),
      ...p.ru.map((words): Term<Known> => ({ words, inflection: 'ru-noun', capital: true, value })),
    ]
  }),
)

/** Title words (folded) after which capitalised words are a person's name, in every language read. */
const TITLES: ReadonlySet<string> = new Set(
  [
    ...['cumhurbaşkanı', 'başbakan', 'başbakanı', 'bakan', 'bakanı', 'büyükelçi', 'büyükelçisi', 'başkan', 'başkanı'],
    ...['yardımcısı', 'sekreteri', 'milletvekili', 'prezident', 'prezidenti', 'nazir', 'naziri', 'səfir', 'səfiri'],
    ...['sədr', 'sədri', 'müavini', 'katibi', 'deputat', 'deputatı', 'president', 'minister', 'ambassador'],
    ...['chairman', 'secretary-general', 'президент', 'министр', 'посол', 'председатель', 'премьер-министр'],
  ].map((t) => looseFold(t, 'tr')),
)

/** Tells whether a word is an office's title ("Cumhurbaşkanı", "Prezident", "Minister", "Президент"). */
export const isOfficeTitle = (word: string): boolean => TITLES.has(looseFold(word, 'tr'))

/** Courtesy words (folded) that may stand between a title and a name. */
const HONORIFICS: ReadonlySet<string> = new Set(
  [
    ...['cənab', 'xanım', 'bay', 'bayan', 'mr', 'mrs', 'ms', 'г-н', 'г-жа', 'господин', 'госпожа'],
    // academic titles, one after another: "Ticaret Bakanı Prof. Dr. Ömer Bolat"
    ...['prof', 'dr', 'doç', 'professor', 'профессор', 'д-р'],
  ].map((t) => looseFold(t, 'tr')),
)

/** Courtesy words and academic titles that may stand one after another between a title and a name. */
const MAX_HONORIFICS = 2

/** Stems of capitalised words that follow a title but name an office or a body, not a person. */
const OFFICE_STEMS = [
  ...['saray', 'administrasiya', 'aparat', 'yardımcı', 'müavin', 'köməkçi', 'ofis', 'danışman', 'başkanlığ'],
  ...['katiblik', 'sekretarya', 'administration', 'office', 'palace', 'администрац', 'аппарат'],
].map((w) => looseFold(w, 'tr'))

/** Function words that may be capitalised in a headline but never start a name. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 've', 'və', 'ile', 'ilə', 'da', 'də', 'de', 'bu', 'о', 'и'])

const isNameWord = (word: string, lang: string) => {
  const folded = looseFold(word, lang)
  return (
    NAME_WORD.test(word) &&
    word !== word.toUpperCase() &&
    !FUNCTION_WORDS.has(folded) &&
    !OFFICE_STEMS.some((stem) => folded.startsWith(stem))
  )
}

/** Surname endings after which a glued Turkic case suffix can safely be cut ("Şəfiyevin" → "Şəfiyev"). */
const SURNAME_END = /(?:ov|ev|ova|eva|yan|ian|ski|vili|dze|zadə|zade|oğlu|oglu|ин|ов|ев)$/u

const NAME_WORD = /^[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)?/u
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu

/** Writes a name word without its case suffix: after an apostrophe always, glued only after a surname ending. */
function bareName(word: string, lang: string): string {
  const apostrophe = word.search(/['’]/)
  if (apostrophe > 0) return word.slice(0, apostrophe)
  const folded = looseFold(word, lang)
  for (let cut = word.length - 1; cut >= word.length - 6 && cut > 2; cut--) {
    if (SURNAME_END.test(folded.slice(0, cut)) && isTurkicSuffix(folded.slice(cut))) return word.slice(0, cut)
  }
  return word
}

/** The country named just before a title ("Türkmenistan Cumhurbaşkanı"), skipping a locative ("Azərbaycandakı"). */
function titleCountry(text: string, titleStart: number, lang: string): string | null {
  const before = text.slice(Math.max(0, titleStart - 40), titleStart)
  const near = findCountries(before, lang).filter((m) => before.slice(m.end).trim().split(/\s+/).length <= 2)
  const isLocative = (m: Span) =>
    /(?:da|de|də|ta|te|tə)(?:ki|kı)?$/u.test(looseFold(before.slice(m.start, m.end), lang))
  return near.find((m) => !isLocative(m))?.code ?? null
}

/** Reads the capitalised words after each title word as a name, skipping a country in between (Президент Казахстана X). */
function findTitledNames(text: string, lang: string): PersonMatch[] {
  const words = [...text.matchAll(WORD)]
  const blocked = [...findCountries(text, lang), ...findPlaces(text, lang)]
  const isBlocked = (start: number) => blocked.some((b) => start >= b.start && start < b.end)
  const found: PersonMatch[] = []
  for (const [index, title] of words.entries()) {
    if (!TITLES.has(looseFold(title[0], lang))) continue
    let next = index + 1
    // Russian and English put the country after the title: "Президент Казахстана X", "President of Kazakhstan X".
    if (words[next]?.[0].toLowerCase() === 'of') next++
    const candidate = words[next]
    const after = candidate && isBlocked(candidate.index) ? candidate : undefined
    if (after) next++
    // "naziri cənab Nurlan Sarsenbayev", "министр г-н X", "Minister Mr. X": a courtesy word before the name
    let courtesy = false
    for (let k = 0; k < MAX_HONORIFICS; k++) {
      const word = words[next]
      const gap = text.slice((words[next - 1]?.index ?? 0) + (words[next - 1]?.[0].length ?? 0), word?.index ?? 0)
      // the first stands right after the title; the next one after the first's abbreviating dot ("Prof. Dr.")
      if (!word || !HONORIFICS.has(looseFold(word[0], lang)) || !(courtesy ? /^\.?\s+$/u : /^\s+$/u).test(gap)) break
      courtesy = true
      next++
    }
    const nameWords = []
    for (let i = next; i < next + 3; i++) {
      const word = words[i]
      const gap = text.slice((words[i - 1]?.index ?? 0) + (words[i - 1]?.[0].length ?? 0), word?.index ?? 0)
      const spaced = courtesy && i === next ? /^\.?\s+$/u.test(gap) : /^\s*$/u.test(gap)
      if (!word || !isNameWord(word[0], lang) || isBlocked(word.index) || !spaced) break
      nameWords.push(word)
    }
    // A third capitalised word belongs to the name only when it looks like a surname; else it starts the next phrase.
    const third = nameWords[2]
    if (third && !SURNAME_END.test(looseFold(bareName(third[0], lang), lang))) nameWords.pop()
    const first = nameWords[0]
    const last = nameWords.at(-1)
    if (!first || !last) continue
    const name = nameWords.map((w) => bareName(w[0], lang)).join(' ')
    const country = after ? (findCountries(after[0], lang)[0]?.code ?? null) : titleCountry(text, title.index, lang)
    found.push({ start: first.index, end: last.index + last[0].length, name, country, via: 'title' })
  }
  return found
}

/**
 * Finds people by gazetteer, in any inflected form ("Tokayevin", "Aliyev'e", "Əliyevin", "Токаева"), with canonical
 * English names, and by title patterns ("Cumhurbaşkanı X Y", "səfiri X Y", "President X") for people it doesn't know.
 */
export function findPeople(text: string, lang: string): PersonMatch[] {
  const known = findTerms(text, lang, GAZETTEER).map(({ start, end, value }): PersonMatch => ({
    start,
    end,
    ...value,
    via: 'gazetteer',
  }))
  const titled = findTitledNames(text, lang).filter((t) => known.every((k) => t.end <= k.start || t.start >= k.end))
  return dropOverlaps([...known, ...titled])
}

/** Tells a known person's country by canonical name ("Ilham Aliyev" → "AZ"), or null. */
export function countryOfPerson(name: string): string | null {
  return PEOPLE_NAMES.find((p) => p.name === name)?.country ?? null
}
