import type { Article } from '../../schema/dataset'
import { isCurrencyUnit } from '../lexicon/exchange-rates'
import { foldCase } from '../lexicon/text'
import { unitOf } from './table-heads'

// A company's statements say once, in a note, what unit their amounts are in ("All amounts are presented in thousands
// of tenge unless otherwise stated"); a table of money that names no unit of its own is in that one.

/** The sentence of a statement's note that gives its amounts' unit, the unit's words captured. */
const AMOUNTS_IN = [
  /(?<![\p{L}])amounts?\s+(?:are\s+)?(?:presented|expressed|stated|shown|reported)\s+in\s+((?:thousands|millions|billions)\s+of\s+[\p{L} ]{2,40}?)(?=\s+unless|\s*[.,;)]|$)/u,
  /(?<![\p{L}])(?:суммы|показатели|данные)\s+(?:приведены|указаны|представлены|выражены)\s+(в\s+(?:тысячах|миллионах|миллиардах)\s+\p{L}+)/u,
  /(?<![\p{L}])tutarlar[^.]{0,160}?((?:bin|milyon|milyar)\s+(?:türk\s+lirası|tl|abd\s+doları|avro))(?![\p{L}])/u,
  /(?<![\p{L}])məbləğlər[^.]{0,80}?((?:min|milyon)\s+manat)\p{L}*/u,
]

/** The unit a statement's note gives all its amounts, or null when the article has no such note. */
export function statementUnit(article: Article): { unit: string; factor: number } | null {
  const folded = foldCase(article.text, article.lang)
  for (const pattern of AMOUNTS_IN) {
    const words = pattern.exec(folded)?.[1]
    const unit = words ? unitOf(words, article.lang) : null
    if (unit && isCurrencyUnit(unit.unit)) return unit
  }
  return null
}

/**
 * A line of a statement or a measure of money: revenue, profit, costs, assets ("Revenue, 6M 2026", "Revenue by
 * location of customers", "Hasılat", "Выручка", "Gəlir"); not a volume sold ("Sales volume").
 */
const MONEY_MEASURE =
  /(?<![\p{L}])(?:revenues?|sales(?!\s+volume)|turnover|profit|income|costs?|expenses?|assets|liabilities|equity|borrowings|ebitda|hasılat|gelir\p{L}*|kâr\p{L}*|gider\p{L}*|maliyet\p{L}*|varlık\p{L}*|özkaynak\p{L}*|выручк\p{L}*|доход\p{L}*|прибыл\p{L}*|расход\p{L}*|затрат\p{L}*|себестоимост\p{L}*|актив\p{L}*|обязательств\p{L}*|gəlir\p{L}*|mənfəət\p{L}*|xərc\p{L}*|aktiv\p{L}*|öhdəlik\p{L}*)(?![\p{L}])/u

export const namesMoney = (words: string, lang: string) => MONEY_MEASURE.test(foldCase(words, lang))
