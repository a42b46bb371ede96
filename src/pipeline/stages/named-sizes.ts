import { isCurrencyUnit } from '../lexicon/exchange-rates'
import type { Quantity } from '../lexicon/numbers'

// Numbers that name a kind of thing by its size, no amount of anything: a note's or a coin's face value ("купюры
// номиналом 10 000 тенге", "the 20,000-tenge note", "200 TL'lik banknot"), a pack's weight ("250 gramlık kutular").

/** Words that give a face value right before it, maybe after another ("монет номиналом 1 и 2 тенге"). */
const FACE_VALUE_BEFORE =
  /(?<![\p{L}])(?:номинал\p{L}*|достоинством|(?:купюр|банкнот|монет)\p{L}*\s+в|denominations?(?:\s+of)?|nominal(?:ı|i|lı|lı)?|küpür\p{L}*)\s+(?:\d[\d\s.,]*\s+(?:и|или|and|or|ve|və|,)\s+)?$/u
/** A note or a coin named right after its face value: "10,000-tenge notes", "200 TL'lik banknot", "1 qəpiklik sikkə". */
const NOTE_AFTER =
  /^(?:-?\s*(?:tenge|manat|lira|dollar|rouble|ruble)s?)?\s*(?:['’]?\p{L}{0,2}l[ıiuü][kq])?\s+(?:notes?|banknotes?|coins?|bills?|banknot\p{L}*|madeni\s+para\p{L}*|əskinas\p{L}*|sikkə\p{L}*|купюр\p{L}*|банкнот\p{L}*|монет\p{L}*)(?![\p{L}])/u

/** Whether an amount of money is a note's or a coin's face value. */
export function isFaceValue(folded: string, quantity: Quantity): boolean {
  if (!isCurrencyUnit(quantity.unit)) return false
  const before = folded.slice(Math.max(0, quantity.start - 40), quantity.start)
  return FACE_VALUE_BEFORE.test(before) || NOTE_AFTER.test(folded.slice(quantity.end, quantity.end + 40))
}

/** A pack's weight or volume made an adjective: "250 gramlık hediyelik kutular", "400 qramlıq bankalar", "500 ml'lik". */
const PACK_SIZE_AFTER = /^\s*(?:gram|qram|gr|ml|mililitre|millilitr)\s?['’]?l[ıi][kq](?![\p{L}])/u

/** Whether a bare count is the size of the packs it describes. */
export const isPackSize = (folded: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && PACK_SIZE_AFTER.test(folded.slice(quantity.end, quantity.end + 20))
