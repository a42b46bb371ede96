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

/**
 * The formula that opens an agreement's operative part: "have agreed as follows", "aşağıdakılar barədə razılığa
 * gəlmişlər", "aşağıdaki hususlarda mutabık kalmışlardır", "договорились о нижеследующем".
 */
const AGREED_AS_FOLLOWS =
  /(?:agreed\s+as\s+follows|aşağıdakılar\s+barədə\s+razılığa\s+gəl\p{L}*|aşağıdaki\s+(?:hususlarda|konularda)\s+(?:mutabık\s+kal|anlaş)\p{L}*|договорились\s+о\s+(?:нижеследующем|следующем))/u
/** An article's heading in an agreement's text: "Maddə 4. Maliyyə məsələləri", "Article 3", "Статья 5", "Madde 2". */
const ARTICLE_HEADING = /^(?:maddə|madde|article|статья)\s+\d+/imu

/**
 * Tells whether a sentence is a term of an agreement whose text the page gives: under an article's heading after the
 * formula that opens its operative part. What it sets (volumes, fees, shares of costs, terms) is agreed to be done, a
 * target, however plainly the article states it ("Karantin müddəti … 30 gündür", "The Parties shall …").
 */
export function isAgreementTerm(article: Article, sentence: Span): boolean {
  const folded = foldCase(article.text.slice(0, sentence.start), article.lang)
  const formula = AGREED_AS_FOLLOWS.exec(folded)
  if (formula === null) return false
  const text = folded.slice(formula.index)
  return ARTICLE_HEADING.test(text) && !DONE_AT.test(text)
}

/**
 * The closing formula of an agreement's text, the day and place it was signed and its copies: "Done at Baku on …",
 * "Astana şəhərində … iki əsl nüsxədə imzalanmışdır", "Совершено в городе … в двух экземплярах": what follows it is the
 * page's again.
 */
const DONE_AT =
  /(?<![\p{L}])(?:done\s+(?:at|in)|signed\s+(?:at|in)\s+\p{L}+\s+on|совершено\s+в|(?:iki|üç)\s+(?:əsl|asıl|orijinal)\s+nüsx|in\s+(?:two|three)\s+(?:original|copies|counterparts)|в\s+(?:двух|тр[её]х)\s+(?:подлинных\s+)?экземпляр)/u
