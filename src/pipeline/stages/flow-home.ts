import { flowEnd, flowKind, isParallelEnd, isShareOwner, namesOnlyOneEnd, type FlowRoles } from './flow-ends'
import type { PartyMention } from './party-mentions'

// Where the other end of a flow is when a clause names only one: the article's other country, or the writer's own
// (Turkish and Azerbaijani writers leave Türkiye and Azerbaijan unnamed as the seller or the place people come to).

/**
 * Tells whether a clause names one country as one end of goods moving ("exports to Georgia", "Çindən qəbul edilib"),
 * or of people or cargo arriving ("Qazaxıstandan gələn yüklər", "к нам приехали … из Азербайджана"). Where people go
 * to is the writer's own country, which only a bilateral article (`bilateral`) tells: a Turkish round-up of the
 * region's tourism names Türkiye too rarely to be found by counting.
 */
export function flowsWithHome(
  text: string,
  folded: string,
  mentions: readonly PartyMention[],
  lang: string,
  bilateral: boolean,
): boolean {
  const [only, ...rest] = mentions
  const kind = flowKind(folded)
  if (only === undefined || rest.length > 0 || kind === null || (kind === 'people' && !bilateral)) return false
  const end = flowEnd(text, only, folded, lang)
  return end !== null && namesOnlyOneEnd(text, only, end)
}

/** The country a Turkish or Azerbaijani writer's "gelen", "gələn" (coming) points to: the writer's own. */
const WRITER_HOME: Readonly<Record<string, string>> = { tr: 'TR', az: 'AZ' }

/**
 * "Azerbaycan'dan gelen turist sayısı", "Qazaxıstandan gələn turistlər": people coming from one country, in a Turkish
 * or Azerbaijani round-up that is no bilateral article, come to the writer's country: its code, else undefined.
 */
export function writerHomeOfArrivals(text: string, folded: string, mentions: readonly PartyMention[], lang: string) {
  const home = WRITER_HOME[lang]
  const [only, ...rest] = mentions
  if (home === undefined || only === undefined || rest.length > 0 || only.code === home) return undefined
  if (flowKind(folded) !== 'people' || flowEnd(text, only, folded, lang) !== 'from') return undefined
  return namesOnlyOneEnd(text, only, 'from') ? home : undefined
}

/**
 * "Hindistan'dan yapılan iplik alımları" in a Turkish report on Türkiye's yarn trade: goods coming from or going to one
 * named country, in a Turkish or Azerbaijani article whose main parties hold the writer's country, move to or from it.
 */
export function writerSide(main: readonly string[], named: readonly string[], lang: string): string | undefined {
  const home = WRITER_HOME[lang]
  return home !== undefined && main.includes(home) && !named.includes(home) ? home : undefined
}

/**
 * The other end of a flow whose one end the clause names: the article's other main country (`others`, the main ones
 * the clause leaves unnamed), unless that country only ever stands at the same end ("Kazakistan'a …", "Özbekistan'a …"
 * in a Turkish exporters' release: two markets). Then it is the next main country that does not ("чай из
 * Азербайджана", "вино из Грузии" in a Kazakh survey: Georgia is a parallel source, Kazakhstan the buyer), else the
 * writer's country, which Turkish and Azerbaijani leave unnamed; in English or Russian, unknown.
 */
export function otherEnd(
  text: string,
  folded: string,
  only: PartyMention | undefined,
  others: readonly string[],
  lang: string,
  roles: FlowRoles | undefined,
): string | undefined {
  const [other] = others
  // a share's owner may be a seller or a market (see `flowRoles`): its other end stays the article's other country
  const end = only && !isShareOwner(folded, only) ? flowEnd(text, only, folded, lang) : null
  if (other === undefined || end === null || !roles || !isParallelEnd(roles, other, end)) return other
  const next = others.slice(1).find((code) => !isParallelEnd(roles, code, end))
  if (next !== undefined) return next
  const home = WRITER_HOME[lang]
  return home !== only?.code ? home : undefined
}

/**
 * The writer's own institutions and people in the first person plural: "Bankamız", "vatandaşlarımızın", "ülkemizin",
 * "ölkəmizə", "ixracatçılarımız". Said outside a quotation, they are the Turkish or Azerbaijani writer's country.
 */
const OUR_OWN =
  /(?<![\p{L}])(?:ülke|ölkə|banka|bank[ıi]|vatandaşlar[ıi]|vətəndaşlar[ıi]|şirketler[ıi]|şirkətlər[ıi]|ihracatçılar[ıi]|ixracatçılar[ıi]|ekonomi|iqtisadiyyat[ıi]|hükümet[ıi]|hökumət[ıi]|millet[ıi]|xalq[ıi])m[ıi]z\p{L}*/gu
/** A quotation, whose "we" is its speaker's: «…», "…", “…”. */
const QUOTATION = /«[^»]*»|"[^"\n]*"|“[^”]*”/gu

/** How often a Turkish or Azerbaijani text speaks of its writer's own country as "ours" outside quotations. */
export function writerHomeMentions(folded: string, lang: string): { code: string; count: number } | null {
  const home = WRITER_HOME[lang]
  if (home === undefined) return null
  const count = folded.replace(QUOTATION, ' ').match(OUR_OWN)?.length ?? 0
  return count > 0 ? { code: home, count } : null
}
