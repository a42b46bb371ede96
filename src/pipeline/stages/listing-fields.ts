// A classifieds page's or a project card's fields ("Sahə: 4 800 m²", "Project cost: USD 920 million"), which state
// their facts without a sentence.

const FIELD_BREAK = /\s+[·•|]\s+/u
const LABELLED_FIELD = /^\p{L}[\p{L}\s().-]{0,30}:\s*\S/u
/** A number with a unit of measure or money after it: "4 800 m²", "3,5 km", "19 AZN", "12%". */
const MEASURED =
  /\d(?:[\d\s.,]*\d)?\s?(?:m²|м²|m³|м³|km|км|ha|га|m|м|t|т|ton\p{L}*|тонн\p{L}*|mw|мвт|kw|квт|azn|usd|eur|kzt|try|tl|gel|uzs|manat\p{L}*|тенге|\$|€|₼|₸|%)(?![\p{L}\d])/iu
/** A field whose value opens with its number or currency: "Project cost: USD 920 million", "Timeline: 2025–2028". */
const VALUED_FIELD = /^\p{L}[\p{L}\s().-]{0,30}:\s*(?:[$€₸₼]|(?:usd|eur|kzt|azn|try|tl|gel|uzs)\s|\d)/iu

/**
 * A listing's line of specifications, two labelled fields or more with a measure among them, which a classifieds page
 * states without a sentence: "Sahə: 4 800 m² · Tavan hündürlüyü: 12 m · Limana qədər: 3,5 km", "Площадь: 450 м² |
 * Цена: 8 500 манат". A footer's fields ("Tel: … · Faks: …") measure nothing.
 */
export function isSpecLine(text: string): boolean {
  const fields = text.trim().split(FIELD_BREAK)
  return fields.length >= 2 && fields.every(isLabelledField) && MEASURED.test(text)
}

/** Whether a line is a labelled field: a short label, its colon, a value ("Рабочие места: 250 постоянных"). */
export const isLabelledField = (text: string) => LABELLED_FIELD.test(text)

/** Whether a line is a field whose value opens with its number or currency ("Jobs: 250 permanent"). */
export const isValuedField = (text: string) => VALUED_FIELD.test(text)
