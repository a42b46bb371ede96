import { caseOfName } from '../lexicon/countries'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'
import type { PartyMention } from './party-mentions'

/**
 * Words of goods moving between two countries: exports, imports, shipments, supplies ("ihracat", "sevkiyat", "ixrac",
 * "tədarük", "shipped", "поставки", "отгрузка"), purchases ("iplik alımları", "ölkədən alınan", "bought", "закупил"),
 * and the verbs that send them ("gitti", "göndərilib", "sent", "отправлено"); not a delivery, whose time and rate
 * belong to a route ("доставка из Сианя в Стамбул"); electricity flowing or transmitted ("flows to Türkiye", "ötürülüb",
 * "iletilen", "переток").
 */
const GOODS_FLOW = String.raw`ihra[cç]|ithal|sevk|tedarik|gönder|gitti|gitmiş|alım|alın(?:an|dı|mış)|satın al|ixrac|idxal|tədarük|göndər|daxil ol|qəbul edil|alın(?:ıb|an)|satın alın|export|import|shipment|shipped|supplie|supply|sent(?![\p{L}])|purchas|bought|flows?(?![\p{L}])|ötür|iletil|transmitted|экспорт|импорт|поставк|поставлен|отгруз|вывез|вывоз|ввез|ввоз|отправ|закуп|перет[еоё]к`
/**
 * Verbs of people or cargo coming and going ("Rusya'dan gelen turist", "Qazaxıstandan gələn yüklər", "Bakü'ye giden",
 * "к нам приехали … из Азербайджана", "visitors arrived from China"), and the flights and fares that carry them
 * ("рейсы в Баку", "билеты в Ташкент", "flights to Tbilisi", "İstanbul'a uçuşlar"): the other end is the article's
 * country too. Not
 * "gelir"/"gəlir" (also "income"), "gelecek"/"gələcək" (also "future", "next"), "gelişme" (development).
 */
const PEOPLE_FLOW = String.raw`gel(?:en|enler\p{L}*|di|miş|iyor)(?![\p{L}])|gid(?:en|iyor)(?![\p{L}])|gəl(?:ən|ənlər\p{L}*|ib|di|miş)(?![\p{L}])|ged(?:ən|ib)(?![\p{L}])|came(?![\p{L}])|arriv\p{L}*|приех\p{L}*|приезж\p{L}*|прибы\p{L}*|рейс\p{L}*|билет\p{L}*|flights?(?![\p{L}])|tickets?(?![\p{L}])|fares?(?![\p{L}])|uçuş\p{L}*|sefer\p{L}*|bilet\p{L}*|reys\p{L}*|aviareys\p{L}*`
const wordsFrom = (source: string) => new RegExp(String.raw`(?<![\p{L}])(?:${source})`, 'u')
const FLOWS = { goods: wordsFrom(GOODS_FLOW), people: wordsFrom(PEOPLE_FLOW) }

/** "в Азербайджан", "во Францию", "до Баку", "to Georgia", "into Turkey": a destination named after a preposition. */
const TO_BEFORE = /(?<![\p{L}])(?:в|во|до|to|into)\s+$/u
/** "в направлении Грузии", "в сторону Китая", "towards Georgia": a destination named after a word of direction. */
const TOWARDS_BEFORE = /(?<![\p{L}])(?:направлени[иея]|в сторону|towards?|in the direction of)\s+$/u
/** "Gürcüstan istiqamətində", "Gürcistan yönünde", "Irak yönlü": a destination named before a word of direction. */
const TOWARDS_AFTER = /^\s+(?:istiqamət\p{L}*|yön(?:ün\p{L}*|lü|e)(?![\p{L}]))/u
/** "из Китая", "from China": an origin named after a preposition. */
const FROM_BEFORE = /(?<![\p{L}])(?:из|from)\s+$/u
/** Russian prepositional endings ("в Азербайджане", "в Грузии"): "в" then says where, not where to. */
const RU_LOCATIVE = /[еи]$/u

/** A place written as the other end: "from Xi'an", "из Сианя", "Sian'dan" for a destination; "to", "в", "'a" else. */
const OTHER_END: Record<'to' | 'from', RegExp> = {
  to: /(?:(?<![\p{L}])(?:from|из)\s+\p{Lu}|\p{Lu}\p{L}*['’][dt][aeə]n(?![\p{L}]))/u,
  from: /(?:(?<![\p{L}])(?:to|into|в|во|до)\s+\p{Lu}|\p{Lu}\p{L}*['’]y?[aeə](?![\p{L}]))/u,
}

/**
 * Tells whether a clause names `end` of a flow only at `span`: no other place stands as that flow's other end, which
 * would then be the place's, not the article's country ("из Сианя в Стамбул" names both).
 */
export function namesOnlyOneEnd(text: string, span: Span, end: 'to' | 'from'): boolean {
  return !OTHER_END[end].test(text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end))
}

/** Which end of a flow a country is: where the goods go ('to'), where they come from ('from'), or neither. */
export type FlowEnd = 'to' | 'from' | null

/**
 * Reads which end of a flow a country named at `span` of `text` is: Turkish and Azerbaijani mark it by case
 * ("Türkiye'ye" dative, "Çindən" ablative), English and Russian by a preposition ("to Georgia", "в Грузию", "из Китая").
 */
export function flowEnd(text: string, span: Span, folded: string, lang: string): FlowEnd {
  if (isShareOwner(folded, span)) return 'to'
  const before = folded.slice(Math.max(0, span.start - 20), span.start)
  if (TOWARDS_BEFORE.test(before) || TOWARDS_AFTER.test(folded.slice(span.end, span.end + 16))) return 'to'
  if (lang === 'tr' || lang === 'az') {
    const nameCase = caseOfName(text.slice(span.start, span.end), lang)
    return nameCase === 'dative' ? 'to' : nameCase === 'ablative' ? 'from' : null
  }
  const near = before.slice(-8)
  if (FROM_BEFORE.test(near)) return 'from'
  if (!TO_BEFORE.test(near)) return null
  const locative =
    lang === 'ru' && /(?<![\p{L}])во?\s+$/u.test(near) && RU_LOCATIVE.test(folded.slice(span.start, span.end))
  return locative ? null : 'to'
}

/**
 * "доля Турции в экспорте", "Turkey's share of exports", "the share of Turkey", "Türkiye'nin payı", "Türkiyənin payı":
 * the country whose share of a flow is told is where the goods go.
 */
export function isShareOwner(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 14), span.start)
  const own = folded.slice(span.start, span.end + 16)
  return (
    /(?<![\p{L}])(?:дол[яиюе]|share of|share for)\s+$/u.test(before) ||
    /^\S*?(?:['’]s\s+share|n[ıiuü]n\s+pay)/u.test(own)
  )
}

/** What a folded clause says is moving: goods (exports, shipments, supplies), people or cargo arriving, or nothing. */
export function flowKind(folded: string): 'goods' | 'people' | null {
  return FLOWS.goods.test(folded) ? 'goods' : FLOWS.people.test(folded) ? 'people' : null
}

/**
 * The one destination ("Türkiye'ye", "в Турцию", "to Türkiye") named before a clause whose only party is an origin
 * ("Kazakistan'dan 612 bin"), when the sentence names no other destination: the list's items share it. Else null.
 */
export function sharedDestination(
  sentence: string,
  clause: Span,
  mentions: readonly PartyMention[],
  sentenceParties: readonly PartyMention[],
  lang: string,
): string | null {
  const folded = foldCase(sentence, lang)
  const origin = mentions[0]
  if (
    !origin ||
    flowEnd(sentence, { start: origin.start + clause.start, end: origin.end + clause.start }, folded, lang) !== 'from'
  )
    return null
  const ends = sentenceParties.filter((m) => m.role !== 'transit' && flowEnd(sentence, m, folded, lang) === 'to')
  const destination = ends[0]
  return ends.length === 1 && destination && destination.end <= clause.start && destination.code !== origin.code
    ? destination.code
    : null
}

/** The ends of goods' flows each country stands at across an article's sentences ("Kazakistan'a … ihraç edildi": to). */
export type FlowRoles = ReadonlyMap<string, ReadonlySet<'to' | 'from'>>

/**
 * Reads, for each party the article names in a sentence of goods moving, which ends of those flows it stands at. Two
 * countries that only ever stand at the same end ("Kazakistan'a … ihraç edildi", "Özbekistan'a ise 470 milyon") are
 * parallel markets of one unnamed seller, never each other's other end.
 */
export function flowRoles(
  sentences: readonly { text: string; folded: string; parties: readonly PartyMention[] }[],
  lang: string,
): FlowRoles {
  const roles = new Map<string, Set<'to' | 'from'>>()
  for (const { text, folded, parties } of sentences) {
    if (flowKind(folded) !== 'goods') continue
    for (const mention of parties) {
      // "на долю Туркменистана приходится … импортируемой": a share's owner is a seller as often as a market
      if (mention.role === 'transit' || isShareOwner(folded, mention)) continue
      const end = flowEnd(text, mention, folded, lang)
      if (end === null) continue
      roles.set(mention.code, (roles.get(mention.code) ?? new Set()).add(end))
    }
  }
  return roles
}

/** Tells whether `other` only ever stands at the same end of the article's flows as this clause's country does. */
export const isParallelEnd = (roles: FlowRoles, other: string, end: 'to' | 'from'): boolean => {
  const ends = roles.get(other)
  return ends !== undefined && ends.size === 1 && ends.has(end)
}
