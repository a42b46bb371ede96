// Words a table's caption or head gives its unit in, other than a number's own: a scale told as a phrase ("in thousands
// of Kazakhstani tenge", "в тысячах тенге", "KZT'000") and a unit of time alone ("Срок строительства, мес.").

/** "in thousands of …", "в тысячах …", "amounts in …": a statement's scale told as a phrase, before its currency. */
const SCALE_PHRASE = /^(?:(?:all\s+)?(?:amounts?\s+)?(?:(?:are\s+)?(?:presented|expressed|stated)\s+)?in\s+|в\s+)/iu
const PHRASED_SCALES: readonly [RegExp, string][] = [
  [/^thousands\s+of\s+/iu, 'thousand '],
  [/^millions\s+of\s+/iu, 'million '],
  [/^billions\s+of\s+/iu, 'billion '],
  [/^тысячах\s+/iu, 'тыс. '],
  [/^миллионах\s+/iu, 'млн '],
  [/^миллиардах\s+/iu, 'млрд '],
]
/** A country's adjective before its currency: "Kazakhstani tenge", "US dollars", "Azerbaijani manats". */
const CURRENCY_DEMONYM =
  /(?<![\p{L}])(?:kazakhstani|kazakh|azerbaijani|turkish|uzbek|georgian|russian|chinese|turkmen|u\.?s\.?)\s+(?=\p{L})/iu
/** "KZT'000", "USD 000", "'000 AZN": a currency in thousands, as accounts head their columns. */
const THOUSANDS_MARK = /^(?:([A-Z]{3})\s?['’]?000|['’]000\s?([A-Z]{3}))$/u

/** The words a scale phrase says as a number would: "in thousands of Kazakhstani tenge" → "thousand tenge". */
export function plainScale(words: string): string {
  const marked = THOUSANDS_MARK.exec(words)
  if (marked) return `${marked[1] ?? marked[2]} thousand`
  const phrase = words.replace(SCALE_PHRASE, '')
  const scaled = PHRASED_SCALES.reduce((text, [pattern, scale]) => text.replace(pattern, scale), phrase)
  return scaled === words ? words : scaled.replace(CURRENCY_DEMONYM, '')
}

/**
 * A unit of time alone as a head's unit: "Срок строительства, мес.", "Süre (ay)", "Transit, days". Only after a comma or
 * in brackets: a head that is the word alone ("Gün", "Year") names a column of days or years, not durations.
 */
const TIME_UNIT_WORDS: readonly [RegExp, string][] = [
  [/^(?:months?|мес\.?|месяц\p{L}*|ay|aylar)$/iu, 'months'],
  [/^(?:days?|дн\.?|дней|сут\.?|gün|günler)$/iu, 'days'],
  [/^(?:years?|лет|yıl|il)$/iu, 'years'],
  [/^(?:hours?|ч\.?|часов|saat)$/iu, 'hours'],
]
export const timeUnitOf = (words: string) => {
  const found = TIME_UNIT_WORDS.find(([pattern]) => pattern.test(words.trim()))
  return found ? { unit: found[1], factor: 1 } : null
}
