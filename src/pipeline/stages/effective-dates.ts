import type { DateMention, Span } from '../types'
import { clauseAround, inClause } from './clauses'
import type { SentenceContext } from './figure-context'
import { parenthesisAround } from './figure-period'
import { hasAchievedCue } from './figure-kind'

/**
 * "from 1 October 2026", "effective 1 November", "с 1 октября 2026 года", "1 Ekim 2026 tarihinden itibaren",
 * "1 oktyabrdan etibarən": the day a tariff, a rule or a term takes effect.
 */
const EFFECTIVE_BEFORE = /(?<![\p{L}])(?:from|effective(?:\s+from)?|starting(?:\s+(?:on|from))?|as\s+of|с|со)\s*$/u
const EFFECTIVE_AFTER =
  /^[\p{L}'’-]*(?:\s+(?:il|yılı|ili))?\s*(?:tarih\p{L}*|tarix\p{L}*)?\s*(?:itibaren|etibarən)(?![\p{L}])/u

/** Whether a date of a day or a month is the one something takes effect from. */
export const isEffectiveFrom = (folded: string, d: DateMention) =>
  d.role === 'point' &&
  (d.value?.length ?? 0) >= 7 &&
  (EFFECTIVE_BEFORE.test(folded.slice(Math.max(0, d.start - 20), d.start)) ||
    EFFECTIVE_AFTER.test(folded.slice(d.end, d.end + 30)))

/**
 * The day still ahead that a figure's term takes effect from, if any: "С 1 октября сбор повышается до 35 USD", "1
 * Ekim'den itibaren 150 USD uygulanıyor", "Effective 1 November, the charge is USD 25 a day", in an article of
 * September, set a term not yet in force. The present tense of a schedule and a copula say so too; a past tense or a
 * verb of a result ("rose", "yükseldi") told of what took effect, and keeps it.
 */
export function effectiveDateAhead(context: SentenceContext, span: Span): DateMention | null {
  const published = context.article.published
  if (published === null) return null
  // "Т/х «Гобустан» (вместимость 650 TEU) с 5 октября выводится из эксплуатации": a bracket's figure is a fact aside,
  // which only a date inside its own bracket makes a term
  const clause = clauseAround(context.sentence.text, span)
  const scope = parenthesisAround(context.sentence.text, span) ?? clause
  const ahead = context.dates.find(
    (d) =>
      d.start >= scope.start &&
      d.end <= scope.end &&
      d.value !== null &&
      isEffectiveFrom(context.folded, d) &&
      d.value > published.slice(0, d.value.length),
  )
  const told = inClause(context.words, clause).filter((w) => !COPULA.test(w.text))
  return ahead && !hasAchievedCue(told, context.lang) ? ahead : null
}

/** The copula of a stated term, "gündə 25 dollardır", "35 liradır": the present, which ends like a past ("-dı" + "r"). */
const COPULA = /[^b][dt][ıiuü]r$/u
