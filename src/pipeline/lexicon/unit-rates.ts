import { rateUnit, readRateUnit } from '../../schema/rate-unit'
import type { Token } from './numeral-tokens'
import { CURRENCY, endsRateSearch, rateBaseBefore } from './exchange-rates'
import { matchUnit, metrePower } from './units'

/** The units of goods a price is quoted for, as the rate's denominator ("USD/t", "USD/barrel"). */
const DENOMINATORS: readonly { unit: string; word: RegExp }[] = [
  { unit: 't', word: /^(?:tonnes?|tons?|t|ton|тонну|тонна|тонны|т)$/u },
  { unit: 'barrel', word: /^(?:barrels?|bbl|barrel|varil|barel|bareli|barelin|баррель|барреля)$/u },
  { unit: 'kWh', word: /^(?:kwh|квтч|kilovatsaat\p{L}*|kilowatt-hour)$/u },
  // fruit, dried fruit and feed are priced by the kilogram: "280 тенге за кг", "kilosu 245 liradan", "$2.80 a kilo"
  { unit: 'kg', word: /^(?:kg|kq|kilo|kilogram|kilogramme|кг|килограмм|килограмма|kiloqram)$/u },
  // stone by the square metre, freight by the cubic metre, work by the hour: "metrekaresi 38 dolar", "USD 95 per
  // cubic metre" (its last word), "35–50 долларов в час"
  { unit: 'm2', word: /^(?:m2|m²|м²|sqm|metrekare|kvadratmetr)$/u },
  { unit: 'm3', word: /^(?:m3|m³|м³|cbm|metreküp|kubmetr)$/u },
  { unit: 'hour', word: /^(?:hour|hr|час|saat|saatı|saatlık|saatlıq)$/u },
  // a hotel room by the night (a freight rate per box, truck or day stays the amount of money the corpus writes)
  { unit: 'night', word: /^(?:night|gece|gecə|ночь)$/u },
  // gold and oil by the ounce, the gram and the pound; fuel by the litre: "за тройскую унцию", "libre başına"
  { unit: 'oz', word: /^(?:oz|ounce|ons|унцию|унция)$/u },
  { unit: 'g', word: /^(?:gram|qram|грамм)$/u },
  { unit: 'lb', word: /^(?:lb|libre|фунт)$/u },
  { unit: 'l', word: /^(?:litre|liter|litr|литр)$/u },
  // goods sold by the piece: "за штуку", "adet başına", "per piece"
  { unit: 'piece', word: /^(?:piece|pc|pcs|adet|ədəd|штуку|штука|шт)$/u },
  // a currency's rate in another: "12 738,60 сума за доллар", "5 cents per dollar"
  { unit: 'USD', word: /^(?:доллар|dollar|usd)$/u },
  { unit: 'EUR', word: /^(?:евро|euro|eur)$/u },
]

/**
 * A Turkish or Azerbaijani unit in the possessive, which names one unit's price ("tonu 1.720 dolardan", "kilosu 245
 * liradan", "kiloqramı 14 manata", "metrekaresinin 38 dolar").
 */
const POSSESSIVES: readonly { unit: string; word: RegExp }[] = [
  { unit: 't', word: /^(?:tonu|tonun|tonunun)$/u },
  { unit: 'barrel', word: /^(?:varili|varilinin|bareli|barelinin)$/u },
  { unit: 'kg', word: /^(?:kilosu|kilosunun|kilogramı|kilogramının|kiloqramı|kiloqramının)$/u },
  { unit: 'm2', word: /^(?:metrekaresi|metrekaresinin|kvadratmetri|kvadratmetrinin)$/u },
  { unit: 'm3', word: /^(?:metreküpü|kubmetri)$/u },
]

const unitOfWord = (units: readonly { unit: string; word: RegExp }[], word: string) =>
  units.find((d) => d.word.test(word))?.unit ?? null

/** The unit of goods a folded word names as a price's denominator ("kg", "тонну", "barrel"), or null. */
export const denominatorWord = (word: string): string | null =>
  unitOfWord(DENOMINATORS, word) ?? unitOfWord(POSSESSIVES, word)

const denominatorOf = (token: Token | undefined): string | null =>
  token?.kind === 'word' ? denominatorWord(token.text) : null

/** Scale words that end an amount of goods before its unit ("10 milyon ton"). */
const SCALE_WORD = /^(?:bin|min|milyon|milyar|milyard|thousand|million|billion|тыс|млн|млрд)\.?$/u

/** Words that say "for each" before the unit after an amount: "$236 a tonne", "per barrel", "за тонну", "в час". */
const EACH_AFTER = /^(?:a|an|per|each|за|в)$/u
/** "saatlık ücret 25 dolar", "orta saatlıq tarifi 25–40 dollar": an hourly rate's adjective. */
const HOURLY = /^saatl[ıi][kq]$/u
/**
 * "oda başına gecelik 118 dolar": a nightly rate's adjective, right before its amount (further off it qualifies
 * something else: "gecelik konaklama sayısı …").
 */
const NIGHTLY = /^gec[eə]lik$/u
/** "ons altın", "gram altın": Turkish and Azerbaijani markets quote gold and silver by the ounce or the gram. */
const METAL = /^(?:altın|gümüş|qızıl)$/u
/** A troy ounce's adjective between "за" and the unit: "за тройскую унцию", "per troy ounce". */
const TROY = /^(?:troy|тройскую)$/u

/** The numeral one written as a digit, the count of units a price is for ("за 1 кг"). */
const isOne = (token: Token | undefined) => token?.kind === 'num' && token.text === '1'

/** "kq-ı 3,40 $", "kg'ı 28 bin som": a unit's abbreviation in the possessive, its ending after a hyphen or apostrophe. */
const POSSESSIVE_ENDING = /^(?:ı|i|u|ü|sı|si|su|sü|nın|nin|nun|nün)$/u
function isAbbreviationPossessive(tokens: readonly Token[], at: number): boolean {
  const [mark, ending] = [tokens[at + 1], tokens[at + 2]]
  return mark?.gap === '' && /^[-'’]$/u.test(mark.text) && ending?.gap === '' && POSSESSIVE_ENDING.test(ending.text)
}

/** "cubic", "square" before a metre: a volume's or an area's unit in two words. */
const MEASURE_BEFORE_METRE = /^(?:cubic|square|куб|кв)$/u
const METRE = /^(?:met(?:re|er)s?|м|метр\p{L}*)$/u
/** Words that say "for each" after the unit before an amount: "ton başına 228 dolar", "hər ton üçün 230 dollar". */
const EACH_BEFORE = /^(?:başına|başı|üçün|için)$/u
/** A buying or selling price between a unit and its noun: "gram satış fiyatı", "ton alış fiyatı". */
const SALE = /^(?:satış|alış|selling|buying)$/u

/**
 * Reads a price quoted per unit of goods around an amount of money whose tokens run from `first` to `last`: after
 * it ("$236 a tonne", "$71 per barrel", "$240/t", "230 долларов за тонну"), or before it ("ton başına 228 dolar",
 * "hər ton üçün 230 dollar", "за тонну — 230 долларов", "tonu 1.720 dolardan"). Gives the rate's unit and the index of
 * its last token after the amount (the amount's own `last` when the rate stands before), or null.
 */
export function readUnitRate(
  tokens: readonly Token[],
  first: number,
  last: number,
  currency: string,
  lang: string,
): { unit: string; last: number } | null {
  if (!CURRENCY.test(currency)) return null
  const [next, after] = [tokens[last + 1], tokens[last + 2]]
  if (next?.text === '/' && next.gap === '' && after?.gap === '') {
    const unit = denominatorOf(after)
    if (unit) return { unit: rateUnit(currency, unit), last: last + 2 }
    const area = metrePower(tokens, last + 2)
    if (area) return { unit: rateUnit(currency, area.unit), last: area.last }
  }
  if (next?.kind === 'word' && EACH_AFTER.test(next.text) && after?.gap.trim() === '') {
    // "за тройскую унцию", and a tariff's "не менее 1,5 долл. США за 1 кг", "per 1 tonne": one unit, said or not;
    // "KZT 505.18 per US dollar": a currency's country before its name
    const skip = TROY.test(after?.text ?? '') || isOne(after) || after?.text === 'us' ? 1 : 0
    const unit = denominatorOf(tokens[last + 2 + skip])
    if (unit) return { unit: rateUnit(currency, unit), last: last + 2 + skip }
    const area = metrePower(tokens, last + 2 + skip)
    if (area) return { unit: rateUnit(currency, area.unit), last: area.last }
    // "USD 95 per cubic metre", "$38 a square metre", "за куб. м"
    const measure = MEASURE_BEFORE_METRE.exec(after?.text ?? '')?.[0]
    if (measure && METRE.test(tokens[last + 3]?.text ?? '')) {
      return { unit: rateUnit(currency, /^(?:cubic|куб)/u.test(measure) ? 'm3' : 'm2'), last: last + 3 }
    }
    // energy written in several tokens: "4.5 cents a kilowatt-hour", "5 центов за кВт·ч"
    const energy = matchUnit(tokens, last + 2, lang)
    if (energy?.unit === 'kWh' && energy.factor === 1) return { unit: rateUnit(currency, 'kWh'), last: energy.last }
  }
  // "tengenin məzənnəsi 1 dollar üçün 505 tenge": one unit said "for each" is the rate's denominator, no rate itself
  const forEach = next?.kind === 'word' && EACH_BEFORE.test(next.text)
  const base = forEach ? null : rateBaseBefore(tokens, first, lang)
  if (base !== null && base !== currency) return { unit: rateUnit(currency, base), last }
  const before = rateBefore(tokens, first)
  return before ? { unit: rateUnit(currency, before), last } : null
}

/** How many words before an amount a rate's unit may stand ("Ton başına taşıma maliyeti ise 85-90 dolar"). */
const RATE_REACH = 12
/** Words before a unit that make it one unit of goods: "за тонну", "per tonne", "hər ton", "a ton of crude". */
const ONE_BEFORE = /^(?:за|per|hər|her|each|every|a|one|bir|одну|одна|один)$/u
/** Nouns of a price or of carrying before a unit in the genitive: "стоимость тонны", "доставки тонны". */
const PRICE_OF = /^(?:стоимост\p{L}*|цен[аыуе]|доставк\p{L}*|перевозк\p{L}*|перевалк\p{L}*|транспортировк\p{L}*)$/u
/** A price's noun after its unit in a compound: "ton fiyatı", "ton qiyməti", "tonne price", "saatlıq tarifi". */
const PRICE_NOUN_AFTER = /^(?:fiyat[ıi]|qiyməti|price|rate|tarifi|tarifesi|ücreti|haqqı)$/u
/** A currency written after its amount ("230 dollars a tonne"): a unit after it belongs to that amount. */
const isMoneyWord = (token: Token) =>
  /^(?:dollars?|долл\p{L}*|dolar\p{L}*|dollar\p{L}*|euros?|евро|avro\p{L}*)$/u.test(token.text)

/** Words joining a range's two ends ("от 38 до 45", "38 to 45", "38 ila 45", "38–45"). */
const RANGE_JOIN = /^(?:до|to|and|ila|ilə|ile|и|[-–—])$/u

/**
 * "ton başına", "hər ton üçün", "за тонну", "tonu", "a ton of crude … costs": a rate's unit in the words before the
 * amount, within its clause and with no other number between.
 */
function rateBefore(tokens: readonly Token[], first: number): string | null {
  // "от 38 до 45 долларов", "between $38 and $45": a range's lower end is the same price, no other number
  const lowerEnd = RANGE_JOIN.test(tokens[first - 1]?.text ?? '') && tokens[first - 2]?.kind === 'num'
  const start = lowerEnd ? first - 3 : first - 1
  for (let k = start; k >= Math.max(0, first - RATE_REACH); k--) {
    const token = tokens[k]
    if (!token || endsRateSearch(token)) return null
    if (k === first - 1 && NIGHTLY.test(token.text)) return 'night'
    const unit = denominatorOf(token)
    // an hour before an amount is a kilowatt-hour's ("1 kVt·saat üçün 4,1 sent"), unless it is an hourly rate's
    if (!unit || (unit === 'hour' && !HOURLY.test(token.text))) continue
    const following = tokens[k + 1]
    const preceding = tokens[k - 1]
    // "10 milyon tonu 2 milyar dolara": the tonnes are an amount of their own, not the price's unit
    if (preceding?.kind === 'num' || (preceding !== undefined && SCALE_WORD.test(preceding.text))) return null
    // "tonu 1.720 dolardan", "tonunun fiyatı": the possessive names one tonne's price, and so does a compound with a
    // price ("ton fiyatı 1.890 dolar", "ton qiyməti", "the tonne price")
    if (unitOfWord(POSSESSIVES, token.text) !== null || isAbbreviationPossessive(tokens, k)) return unit
    if (following?.kind === 'word' && PRICE_NOUN_AFTER.test(following.text)) return unit
    // "gram satış fiyatı 4.720 TL": a kind of price between the unit and its noun
    if (following?.kind === 'word' && PRICE_NOUN_AFTER.test(tokens[k + 2]?.text ?? '') && SALE.test(following.text))
      return unit
    // "Ons altın 3.512 dolara çıktı", "Gram altın 5.050 TL": gold quoted by its unit
    if ((unit === 'oz' || unit === 'g') && following?.kind === 'word' && METAL.test(following.text)) return unit
    // "стоимость доставки тонны металла": the genitive after a price or a haul is one tonne's
    if (token.text === 'тонны' && preceding !== undefined && PRICE_OF.test(preceding.text)) return unit
    if (following?.kind === 'word' && EACH_BEFORE.test(following.text)) return unit
    // "$230 a tonne and … $5 million": that tonne is the earlier amount's
    const owner = tokens[k - 2]
    const taken = owner !== undefined && (owner.kind === 'num' || SCALE_WORD.test(owner.text) || isMoneyWord(owner))
    if (preceding?.kind === 'word' && ONE_BEFORE.test(preceding.text) && !taken) return unit
  }
  return null
}

/**
 * Units one of which a price is quoted for: a tonne, a kilowatt-hour, a barrel, a kilogram, a square or cubic metre, a
 * cubic centimetre of an engine.
 */
const DENOMINATOR_UNITS: ReadonlySet<string> = new Set(['t', 'kWh', 'barrel', 'kg', 'm2', 'm3', 'cm3'])

/** The unit of goods an amount is exactly one of ("1 ton", "bir ton", "1 kq", "1 litr": thousandths), or null. */
function oneUnitOf(q: { value: number; unit: string }): string | null {
  if (q.value === 1 && DENOMINATOR_UNITS.has(q.unit)) return q.unit
  if (q.value !== 1e-3) return null
  return q.unit === 't' ? 'kg' : q.unit === 'm3' ? 'l' : null
}

/** How many of a currency a central bank quotes another's rate for: one, ten, a hundred ("100 TRY = 3,92 AZN"). */
const QUOTED_PER: ReadonlySet<number> = new Set([1, 10, 100, 1000, 10000])

/**
 * What stands between a currency's unit and its price in another: "1 USD = 1,70 AZN", "1 dollar üçün 505 tenge", "1
 * dolar için 44,85 lira", "1 dollar başına", "$1 per 505 tenge" is none.
 */
const RATE_GAP = /^\s*(?:=|üçün|için|başına)\s*$/u

/** An amount quoted for `howMany` units, per one, without binary fractions' noise (2,05 / 100 is 0.0205). */
const perOne = (amount: number, howMany: number) => Number((amount / howMany).toPrecision(12))

/** "up from", "against", "compared with", "против", "по сравнению с": an amount set beside the price before it. */
const COMPARED = /(?:from|against|versus|vs\.?|compared (?:with|to)|против|по сравнению с|с|от)\s*$/u
/**
 * "USD 2,140 per tonne in 2025 (2024: USD 2,310)", "Tonu 610 dolara geliyor, geçen yıl 720 dolardı": the same price at
 * an earlier time, labelled by its year in a parenthesis or by a clause of the past.
 */
const EARLIER_LABEL =
  /(?:\(\s*(?:19|20)\d{2}\s*[:–—-]|,\s*(?:geçen\s+yıl|ötən\s+il|keçən\s+il|last\s+year|a\s+year\s+(?:ago|earlier)|bir\s+(?:yıl|il)\s+(?:önce|əvvəl)|в\s+прошлом\s+году|годом\s+ранее|год\s+назад))\s*$/u
/** The end of a change after its start: "to", "до". */
const CHANGE_TO = /(?:^|\s)(?:to|до)\s*$/u
/** A Turkish or Azerbaijani amount in the ablative, a change's start: "1.780 dolardan". */
export const ABLATIVE_END = /(?:dan|den|dən|tan|ten|tən)$/u
/** And its end in the dative: "1.695 dolara", "1.695 dollara" ("356 dolardan … 9,7 milyon dolarlık zarar" is none). */
const DATIVE_END = /(?:[aeə]|y[aeə])$/u
/** The price itself named between two amounts: "fiyatı", "fiyatlarının", "qiyməti". */
const PRICE_WORD = /(?:fiyat|qiymət)\p{L}*/u
/** How far apart a price and the amount it is compared with may stand. */
const COMPARE_REACH = 60

/**
 * Prices across a sentence: an amount of money compared with a price just before it is that price's earlier value
 * ("$236 a tonne, up from $221 a week earlier"), and "1 ton" right before an amount of money is its denominator, no
 * amount of goods ("Bir ton buğda 230 dollara satılır": 230 dollars a tonne).
 */
export function joinRates<
  Q extends { start: number; end: number; value: number; valueMax: number | null; unit: string },
>(folded: string, quantities: readonly Q[]): Q[] {
  const out: Q[] = []
  // the unit the next amount of money is for, and how many of it: "100 TRY = 3,92 AZN" is 0.0392 AZN per lira
  let denominator: { unit: string; howMany: number } | null = null
  quantities.forEach((q, i) => {
    const next = quantities[i + 1]
    if (denominator !== null && CURRENCY.test(q.unit)) {
      const { unit, howMany } = denominator
      const valueMax = q.valueMax === null ? null : perOne(q.valueMax, howMany)
      out.push({ ...q, value: perOne(q.value, howMany), valueMax, unit: rateUnit(q.unit, unit) })
      denominator = null
      return
    }
    // "bir ton buğda 230 dollara", "bir ton taxılın Aktaudan Ələtə daşınması 28–32 dollara", "1 kVt·saat üçün 4,1 ABŞ
    // senti": one unit of goods, a few words and no mark between, then the amount of money
    // "1 USD = 1,70 AZN": an exchange rate, the second currency's amount per one of the first
    const gap = next === undefined ? '' : folded.slice(q.end, next.start)
    const quotedPer =
      next !== undefined &&
      CURRENCY.test(next.unit) &&
      (oneUnitOf(q) !== null
        ? /^(?:\s*[\p{L}'’-]+){0,5}\s*$/u.test(gap)
        : QUOTED_PER.has(q.value) && CURRENCY.test(q.unit) && q.unit !== next.unit && RATE_GAP.test(gap))
    const goods = oneUnitOf(q)
    denominator = quotedPer ? (goods !== null ? { unit: goods, howMany: 1 } : { unit: q.unit, howMany: q.value }) : null
    if (denominator !== null) return
    const previous = out.at(-1)
    const rate = previous && readRateUnit(previous.unit)?.currency === q.unit ? previous : null
    const between = rate ? folded.slice(rate.end, q.start) : ''
    // "ekim başındaki 1.780 dolardan bu hafta 1.695 dolara", "from $1,780 a tonne to $1,695": a change from a price
    // ends at a price too
    // "ton başına 480 dolar olan bitüm fiyatlarının geçen yıl 430 dolara gerilediği": the dative of a price of like size
    // ends that price's change, though the start is no ablative
    const dativeEnd = DATIVE_END.test(folded.slice(q.start, q.end))
    const likeSize = rate !== null && q.value * 3 >= rate.value && q.value <= rate.value * 3
    const changeFrom =
      rate !== null &&
      !/\d/u.test(between) &&
      (CHANGE_TO.test(between) ||
        (dativeEnd &&
          (ABLATIVE_END.test(folded.slice(rate.start, rate.end)) || (likeSize && PRICE_WORD.test(between)))))
    const compared =
      rate !== null &&
      between.length <= COMPARE_REACH &&
      (COMPARED.test(between) || changeFrom || (likeSize && EARLIER_LABEL.test(between))) &&
      !/[.;]/u.test(between)
    out.push(compared && rate ? { ...q, unit: rate.unit } : q)
  })
  return out
}
