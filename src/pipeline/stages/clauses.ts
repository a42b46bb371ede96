import type { Span } from '../types'

/**
 * Where a clause ends inside a sentence: a semicolon; a comma, a colon or a period (after an abbreviation such as
 * "млн.", which kept the segmenter from splitting) before a capitalised word (a new subject); or a comma
 * before a conjunction or a word of the present that opens a new predicate ("…, while …", "…, а …", "…, и …", "…, amma …",
 * "… idisə, hazırda …", the "то" of "если …, то …", a reporting participle: "…, adding that …", "…, отметив, что …"); or a comma before a new topic marked by "ise"/"isə" one or two words on ("…, analistler ise …",
 * "…, ixracat isə …": Turkish and Azerbaijani set a contrasting subject off this way); or after a Turkish converb of
 * "while" ("… yüzde 1'i seviyesindeyken mart başında …", "… artarken …"), which closes its own clause; or before a
 * second predicate of intent ("brings in 12 containers a year and wants to double that", "… и планирует …"): what is
 * done now and what is wanted are two clauses.
 */
const CLAUSE_BREAK =
  /;|[.:]\s+(?=\p{Lu})|,\s+(?=\p{Lu})|,\s+(?=(?:while|whereas|but|and|which|adding|noting|saying|добавив|отметив|подчеркнув|заявив|а|и|но|однако|тогда как|причем|причём|при этом|то(?!\s+есть)|ancak|fakat|lakin|amma|ve|və|hazırda|indi|şimdi|bugün|now|today|сейчас|теперь|ныне)[\s,])|,\s+(?=(?:[\p{L}-]+\s+){1,4}(?:ise|isə)\s)|(?<=\p{L}{3,}(?:yken|rken))\s+(?=\p{Ll})|\s+(?=(?:and|и)\s+(?:wants|plans|hopes|aims|intends|планиру\p{L}*|намерен\p{L}*|хочет|хотят)\s)/gu

/**
 * An appositive: a short phrase between commas that opens with a capitalised word, holds no number and is followed by
 * a lower-case word going on with the sentence ("trade with Uzbekistan, Kazakhstan's largest partner in the region,
 * reached …"). Its first comma names no new subject, so it ends no clause. At most eight words, so that a new
 * subject with its own predicate ("…, Kazakhstan ships grain through Aktau and Kuryk, mostly …") keeps its break.
 */
const APPOSITIVE = /^,\s+\p{Lu}[^,;:\d]*?,\s+\p{Ll}/u
const APPOSITIVE_MAX_WORDS = 8
/** A verb of saying that ends a short reporting clause ("…, the minister said, …", "…, Yusupova says, …"). */
const SAYS_AT_END =
  /\s(?:says|said|notes|noted|adds|added|told|explains|explained|argues|argued|believes|estimates|говорит|сказал\p{L}*|отмечает|отметил\p{L}*|считает|deyir|deyib|bildirib|söylüyor|söyledi|dedi)$/u
const BREAK_HERE = new RegExp(`^(?:${CLAUSE_BREAK.source})`, 'u')

function isAppositive(text: string, comma: number): boolean {
  const rest = text.slice(comma)
  const phrase = APPOSITIVE.exec(rest)?.[0]
  if (!phrase) return false
  const close = phrase.lastIndexOf(',')
  // ", Yusupova says, as …": a reporting clause between commas is no appositive
  if (SAYS_AT_END.test(phrase.slice(1, close))) return false
  const words = phrase.slice(1, close).trim().split(/\s+/u).length
  // the closing comma is no break of its own (not ", while …", ", а …")
  return words <= APPOSITIVE_MAX_WORDS && !BREAK_HERE.test(rest.slice(close))
}

/**
 * A comma inside a list of names: a capitalised word before it, and after it one or two capitalised words followed by
 * another comma or the list's conjunction ("between Alat, Aktau and Kuryk", "Azərbaycan, Gürcüstan və Türkiyə",
 * "Казахстан, Узбекистан и Туркменистан"). Each name is an item of the list, no new subject.
 */
const LIST_ITEM_AFTER = /^,\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:,|\s+(?:and|or|ve|və|ile|ilə|и|или)\s)/u
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u
const isListComma = (text: string, comma: number) =>
  NAME_BEFORE.test(text.slice(Math.max(0, comma - 40), comma)) && LIST_ITEM_AFTER.test(text.slice(comma))

/** The items (words, dates) that stand wholly inside a clause. */
export const inClause = <T extends Span>(items: readonly T[], clause: Span): T[] =>
  items.filter((item) => item.start >= clause.start && item.end <= clause.end)

/** The clause of a sentence around a mention, as offsets in the sentence. */
export function clauseAround(text: string, mention: Span): Span {
  let start = 0
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m[0].startsWith(',') && (isAppositive(text, m.index) || isListComma(text, m.index))) continue
    if (m.index + m[0].length <= mention.start) start = m.index + m[0].length
    else if (m.index >= mention.end) return { start, end: m.index }
  }
  return { start, end: text.length }
}
