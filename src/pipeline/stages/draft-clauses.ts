import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'

/**
 * A draft law or regulation put to public comment ("Qaydalarının layihəsi", "Проект приказа", "Draft regulation on …",
 * "Yönetmelik Taslağı"): its headline names the draft of a legal act.
 */
const DRAFT_ACT =
  /(?:layihə\p{L}*|проект\p{L}*|draft|taslağ\p{L}*|taslak|tasarı\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:qayda\p{L}*|qanun\p{L}*|qərar\p{L}*|əmr\p{L}*|приказ\p{L}*|закон\p{L}*|постановлени\p{L}*|правил\p{L}*|регламент\p{L}*|regulation\p{L}*|law|decree|rules|order|yönetmeli\p{L}*|kanun\p{L}*|karar\p{L}*)|(?:qayda\p{L}*|qanun\p{L}*|qərar\p{L}*|yönetmeli\p{L}*|kanun\p{L}*)\s+(?:layihə\p{L}*|taslağ\p{L}*|tasarı\p{L}*)/u

/** A line opening with a numbered part of an act: "Maddə 3.", "3.1.", "Пункт 7.", "Статья 2", "Article 4", "Madde 5". */
const NUMBERED_CLAUSE =
  /^\s*(?:(?:maddə|madde|bənd|статья|пункт|article|clause|section)\s+\d+(?:\.\d+)*\.?|\d+\.\d+(?:\.\d+)*\.)\s/iu

/**
 * Tells whether a sentence is a clause of a draft act under public comment: what it sets (fees, limits, terms) is
 * proposed, not in force, so its numbers are targets, however plainly the clause states them.
 */
export function isDraftClause(article: Article, sentence: Span): boolean {
  // the clause's number opens its line, which the sentence may start after ("4.2." | "Elektron plomb …")
  const line = article.text.slice(article.text.lastIndexOf('\n', sentence.start) + 1, sentence.end)
  return NUMBERED_CLAUSE.test(line) && DRAFT_ACT.test(foldCase(article.title, article.lang))
}
