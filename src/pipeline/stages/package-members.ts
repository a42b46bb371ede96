import { looseFold } from '../lexicon/term-matcher'
import { findDocumentNouns } from './agreement-cues'
import type { AgreementMention } from './agreement-mentions'

/** What opens the list of a package's own documents after its count: a colon, "including", "в том числе", "dahil". */
const LIST_OPENER = /:|\bincluding\b|\bamong them\b|в том числе|включая|среди них|o cümlədən|onların arasında|dahil/u

/** Words that only point at a document a list names: "bir", "one", "a", "один". */
const DETERMINER = /^(?:bir|one|an?|the|один|одна|одно|одного|одну)\s+/u

/** What may follow a list's item: its end, or the next item ("a memorandum and …", "bir protokol ve …"). */
const ITEM_END = /^\s*(?:[,.;)]|(?:and|or|ve|və|ile|и|а также)(?!\p{L})|$)/u

/**
 * A document named by its noun alone ("bir mutabakat zaptı", "a memorandum"), ending its item: it says which kind,
 * not which one ("a deal to cut the tariff" names its subject after the noun).
 */
function isBareDocument(mention: AgreementMention, text: string, lang: string): boolean {
  const { title } = mention
  if (title === null || !ITEM_END.test(looseFold(text.slice(mention.span.end), lang))) return false
  const words = looseFold(title, lang).trim().replace(DETERMINER, '')
  const nouns = findDocumentNouns(words, lang)
  return nouns.length === 1 && nouns[0]!.start === 0 && nouns[0]!.end >= words.length
}

/**
 * "Toplantıda toplam 3 belge imzalandı: bir mutabakat zaptı ve iki teknik protokol": after a counted package and its
 * list's opener, a document named by its noun alone and a smaller count are the package's own, not more documents.
 * A member named by its subject ("… including a memorandum on electronic queues") stays its own document.
 */
export function withoutPackageMembers(
  mentions: readonly AgreementMention[],
  text: string,
  lang: string,
): AgreementMention[] {
  const pack = mentions.find((m) => m.kind === 'package' && m.count !== null)
  if (!pack?.count) return [...mentions]
  const isMember = (m: AgreementMention) => {
    if (m === pack || m.span.start < pack.span.end) return false
    if (!LIST_OPENER.test(looseFold(text.slice(pack.span.end, m.span.start), lang))) return false
    return m.kind === 'package' ? m.count !== null && m.count < pack.count! : isBareDocument(m, text, lang)
  }
  return mentions.filter((m) => !isMember(m))
}
