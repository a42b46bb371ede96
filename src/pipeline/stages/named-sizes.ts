import { isCurrencyUnit } from '../lexicon/exchange-rates'
import type { Quantity } from '../lexicon/numbers'

// Numbers that name a kind of thing by its size, no amount of anything: a note's or a coin's face value ("купюры
// номиналом 10 000 тенге", "the 20,000-tenge note", "200 TL'lik banknot"), a pack's weight ("250 gramlık kutular"); and
// a depth of rain, which sizes no thing of trade either.

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

/** Millimetres at the end of a quantity's words: "8–22 мм", "12 millimetres". */
const MILLIMETRES = /(?:mm|мм|mil+imet\p{L}*|миллиметр\p{L}*)$/u
/** Words of rain, snow and the soil's moisture: "осадки", "дождей", "yağış", "yağıntı", "precipitation", "moisture". */
const WEATHER =
  /(?<![\p{L}])(?:осадк\p{L}*|дожд\p{L}*|ливн\p{L}*|снег\p{L}*|влаг\p{L}*|yağış\p{L}*|yağmur\p{L}*|yağıntı\p{L}*|rütubət\p{L}*|qar|kar|precipitation|rain\p{L}*|snow\p{L}*|moisture)(?![\p{L}])/u

/**
 * Whether a length in millimetres is the depth of rain, snow or the soil's moisture ("осадки 8–22 мм", "12 mm of
 * rain"): a weather bulletin's reading, no measure of trade (a rail gauge in millimetres stays: "1520 mm-lik relslər").
 */
export const isRainfall = (folded: string, quantity: Quantity): boolean =>
  quantity.unit === 'm' && MILLIMETRES.test(folded.slice(quantity.start, quantity.end)) && WEATHER.test(folded)
