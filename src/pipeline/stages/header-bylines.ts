import { foldVariants } from './clutter-shapes'
import { NEWSROOM_DESK, SECTION_NAMES } from '../lexicon/header-words'
import { isOfficeTitle } from '../lexicon/people'

// A page's byline: an author's name, perhaps labelled, with an outlet, a role or a desk; a network member's line.

/** Nouns that end an author's affiliation line ("YAP Laçın rayon təşkilatının sədri", "Senior analyst"). */
const ROLE_WORD =
  /(?:^|\s)(?:sədr|müdür|müdir|başkan|rəhbər|rəis|uzman|ekspert|üzv|deputat|milletvekil|professor|profesör|dosent|doçent|analitik|analist|politoloq|siyasetçi|jurnalist|gazeteci|muhabir|müxbir|yazar|müəllif|editör|editor|redaktor|director|analyst|correspondent|expert|fellow|chair|researcher|эксперт|директор|корреспондент|политолог|аналитик|редактор|профессор)/u

const words = (line: string) => line.split(/\s+/).filter(Boolean)
export const endsSentence = (line: string) => /[.:;,]["'”’»)]*$/u.test(line)

/**
 * Words that introduce a byline ("By Daniel Brooks", "Yazan: Ali Veli", "Müəllif: …", "Автор: …", "Обзор подготовила
 * …", and the expert of a question column: "Отвечает …").
 */
export const BYLINE_PREFIX =
  /^(?:by|prepared by|compiled by|edited by|(?:interview|interviewed|text|words|report|reporting) by|yazan|hazırlayan|söyleşi|röportaj|muhabir|müəllif|müsahibəni aldı|müxbir|hazırladı|автор(?:\s+петиции)?|petition\s+(?:author|started\s+by)|started\s+by|kampanyayı\s+başlatan|petisiyanın\s+müəllifi|текст|беседовал[аи]?|интервью записал[аи]?|(?:обзор\s+|материал\s+)?подготовил[аи]?|отвечает)\s*:?\s+/iu

/** A Turkish or Azerbaijani case ending after an apostrophe: "Erdoğan'ın", "Aliyev'e", "Bakü'de" (not "O'Brien"). */
const CASE_ENDING = /['’](?:n?[ıiuü]n|y?[aeə]|[dt][aeə]n?|l[aeə]|y?[ıiuü]|n?[ıiuü])$/u
const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u
/** A surname in capitals, as Turkish bylines print it ("Kenan ÇELEBİ"): only after a first name. */
const SURNAME_IN_CAPITALS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u
/** A company's legal form in capitals is no surname: "Sarybel Bank JSC", "Kazmortransflot LLP", "Ekoenerji AŞ". */
const LEGAL_FORM = /^(?:[OCP]?JSC|LLC|LLP|PLC|LTD|INC|CORP|GMBH|ASC|QSC|MMC|AŞ|ТОО|АО|АҚ|[ПОЗ]?АО|ООО|ЖШС)$/u
/** A channel's handle alone on its line: "@tamozhnya_tranzit". */
export const HANDLE_LINE = /^@[\p{L}\d_.]{3,}$/u
/** An academic title before a name: "Dr. Selin Aydoğdu", "Prof. Dr. …", "Doç. Dr. …". */
export const ACADEMIC_TITLE = /^(?:(?:Prof|Doç|Doc|Dr)\.\s+)+/u

/**
 * A person's name: two to four capitalised words none of which the body uses as an ordinary lower-case word (a name
 * is not "Stratejik Ortaklık", whose words recur in the text). A labelled byline ("Yazan:") needs no such check.
 */
function isPersonName(name: string, lowerWords: ReadonlySet<string> | null): boolean {
  const tokens = words(name.replace(ACADEMIC_TITLE, ''))
  if (tokens.length < 2 || tokens.length > 4 || name.length > 50) return false
  // "Cumhurbaşkanı Erdoğan'ın Telefon Görüşmeleri", "Cumhurbaşkanı Erdoğan, … ile görüştü": an official named by office,
  // or a name with a case ending, is what a headline tells of; a byline signs with a bare name
  if (isOfficeTitle(tokens[0] ?? '') || tokens.some((t) => CASE_ENDING.test(t))) return false
  const isNameToken = (t: string, i: number) =>
    NAME_TOKEN.test(t) || (i === tokens.length - 1 && i > 0 && SURNAME_IN_CAPITALS.test(t) && !LEGAL_FORM.test(t))
  return tokens.every((t, i) => isNameToken(t, i) && !lowerWords?.has(t.toLocaleLowerCase('tr')))
}

/**
 * Parts of a byline after the name: an outlet or a role ("Elif Demirtaş | Dünya Gazetesi", "…, politoloq", "Dr. Selin
 * Aydoğdu / Kıyı Enerji Danışmanlık"), a city
 * and a co-author ("Clara Whitfield in Brussels and Timur Abenov in Almaty", "By A. Sadykova and R. Mammadli").
 */
const BYLINE_PARTS = /\s*\|\s*|,\s+|\s+[-–—/]\s+|\s+(in|and|ve|və|и)\s+/u
const MAX_BYLINE_PART_WORDS = 8
/** What follows "and" in a byline is a co-author or a place: capitalised words only, never a headline's clause. */
const CO_AUTHOR_OR_PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u

/** A byline's parts after the name, each short, and what follows a conjunction capitalised ("… and Timur Abenov"). */
function bylineRestFits(rest: readonly (string | undefined)[]): boolean {
  for (let k = 0; k < rest.length; k += 2) {
    const joiner = rest[k]
    const part = rest[k + 1] ?? ''
    if (words(part).length > MAX_BYLINE_PART_WORDS) return false
    // "Genel Kurul Tutanağı - 28. Dönem 4. Yasama Yılı 67. Birleşim": ordinals number a sitting or an issue, no outlet
    if (/(?<!\d)\d{1,3}\.\s+\p{Lu}/u.test(part)) return false
    if (joiner !== undefined && joiner !== 'in' && !CO_AUTHOR_OR_PLACE.test(part)) return false
  }
  return true
}

/**
 * Reads a byline: a name, perhaps after "By"/"Yazan:" and before an outlet or a role; a newsroom desk signs with no
 * name ("Enerji Günlüğü Haber Merkezi"). Gives the author's name (null for a desk), or undefined for no byline.
 */
export function readByline(line: string, lowerWords: () => ReadonlySet<string>): string | null | undefined {
  if (line.length > 120 || endsSentence(line)) return undefined
  // "Özet Bilgi": a section's name, capitalised like a name
  if (foldVariants(line).some((folded) => SECTION_NAMES.has(folded))) return undefined
  const prefixed = BYLINE_PREFIX.exec(line)
  // the split keeps each conjunction (its capture) before the part it joins, undefined after other marks
  const [name = '', ...rest] = line.slice(prefixed?.[0].length ?? 0).split(BYLINE_PARTS)
  const named = bylineRestFits(rest) && isPersonName(name, prefixed ? null : lowerWords())
  // a desk signs alone ("Xəbər Lenti-nin Siyasət şöbəsi"), maybe with its place ("Dış Haberler Servisi / Bakü özel");
  // after a name it is the author's desk ("… - Emtia Servisi")
  const [deskPart = '', ...places] = line.split(/\s+[/–—|-]\s+/u)
  const desk =
    words(deskPart).length <= 6 &&
    places.every((place) => words(place).length <= MAX_DESK_PLACE_WORDS) &&
    foldVariants(deskPart).some((folded) => NEWSROOM_DESK.test(folded))
  // "Emtia Masası | Derya Akbulut": the desk, then the reporter who writes for it
  const reporter = desk && places.length === 1 && isPersonName(places[0] ?? '', lowerWords()) ? places[0] : undefined
  if (reporter !== undefined) return reporter
  if (desk && !(named && rest.length > 0)) return null
  return named ? name : undefined
}

/** Words of the place after a desk's name: a city, maybe "özel" (own report), "Ankara bureau". */
const MAX_DESK_PLACE_WORDS = 3

/**
 * A professional network's member over a post: the name and how far the reader's network reaches them ("Daniyar
 * Abenov • 2nd", "Murat Kocabaş • 1.", "Айгерим Сеитова • 3-й+").
 */
export const NETWORK_MEMBER =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[•·]\s*(?:1st|2nd|3rd\+?|[123]\.\+?|[123]-й\+?)$/u
/** Longest line a member gives under their name (their role and company). */
export const MAX_MEMBER_LINE_CHARS = 200

export const isAffiliation = (line: string) =>
  line.length <= 100 && words(line).length <= 10 && !endsSentence(line) && ROLE_WORD.test(line.toLocaleLowerCase('tr'))

/** Characters of the text's opening read for its lower-case words: enough to see a heading's words recur. */
const WORD_SAMPLE_CHARS = 20_000

/** Words the text writes in lower case: a person's name never is one. */
export function lowerCaseWords(text: string): Set<string> {
  const found = new Set<string>()
  for (const [word] of text.slice(0, WORD_SAMPLE_CHARS).matchAll(/(?<![\p{L}\p{N}])\p{Ll}{1,40}/gu)) found.add(word)
  return found
}
