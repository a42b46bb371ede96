import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'
import { articleParties, namedSides, partyRanking } from './figure-countries'
import { flowKind } from './flow-ends'

// A table by country: "Ölkə | 2024, min ton | 2025, min ton" over rows "Qazaxıstan | 598,4 | 712,6", "Rusiya | …",
// "Cəmi | …". Its rows are parts of the caption's one measure, each a country's, not measures of their own.

/** Countries a table by country names before one row of another kind (a bloc, "EU-27") may stand among them. */
const MIN_COUNTRIES_BESIDE_A_BLOC = 2

/** A row of a table's total: "Cəmi", "Toplam", "Total", "Итого", "Всего", "Total, three markets". */
const TOTAL_LABEL = /^(?:cəmi|cemi|toplam|genel toplam|total|overall|итого|всего|yekun)(?:,\s.{0,40})?$/u

/** A row label that is one country's name and nothing else ("Qazaxıstan", "Rusiya Federasiyası"), as its code. */
function countryOfLabel(label: string, lang: string): string | null {
  const sides = namedSides(label, lang)
  // the name must be the whole label: "Qazaxıstan taxılı" is a measure
  return sides.length === 1 && label.trim().split(/\s+/u).length <= 2 ? (sides[0] ?? null) : null
}

/** "Türkiye → Azerbaycan", "Kazakhstan – China": a row label of two countries' names, a route or a pair, as codes. */
function countriesOfLabel(label: string, lang: string): string[] | null {
  const one = countryOfLabel(label, lang)
  if (one !== null) return [one]
  const parts = label.split(/\s*(?:→|->|–|—|\s-\s|\/)\s*/u)
  if (parts.length !== 2) return null
  const codes = parts.map((part) => countryOfLabel(part, lang))
  return codes.every((code): code is string => code !== null) && codes[0] !== codes[1] ? codes : null
}

/**
 * Words of visitors a caption counts by where they come from ("International visitor trips by country of residence",
 * "Ülkelere göre gelen turist sayısı", "Въездной туризм по странам"): each row is a country's visitors to the article's.
 */
const VISITORS =
  /(?<![\p{L}])(?:visitors?|tourists?|arrivals|ziyaretçi\p{L}*|turist\p{L}*|ziyarətçi\p{L}*|туристов|турист\p{L}*|посетител\p{L}*|въездно\p{L}*|въезд\p{L}*)(?![\p{L}])/u

/**
 * The countries of each row of a table by country, keyed by label, or null when a row's label is neither a country
 * nor a total. Where the caption names goods moving ("Buğda idxalı əsas ölkələr üzrə") or visitors coming, the rows
 * are the other ends of one country's trade or tourism: the article's main party that no row names, which is the
 * total's country too.
 */
export function countryRows(
  article: Article,
  caption: string,
  labels: readonly string[],
): Map<string, string[]> | null {
  const { lang } = article
  const countries = labels.map((label) => {
    const codes = countriesOfLabel(label, lang)
    return { label, codes, total: codes === null && TOTAL_LABEL.test(foldCase(label.trim(), lang)) }
  })
  const totals = countries.filter(({ total }) => total)
  const named = countries.filter(({ codes }) => codes !== null)
  // a bloc's row among the countries' ("EU-27") is the table's too: one such row, among two named countries at least
  const others = labels.length - named.length - totals.length
  if (named.length === 0 || others > (named.length >= MIN_COUNTRIES_BESIDE_A_BLOC ? 1 : 0)) return null
  // a table of pairs ("Türkiye → Azerbaycan") names both ends of each row: no end is left to the article
  if (named.some(({ codes }) => (codes?.length ?? 0) > 1)) {
    return new Map(countries.map(({ label, codes }) => [label, [...(codes ?? [])].sort()]))
  }
  const rowCodes = new Set(named.flatMap(({ codes }) => codes ?? []))
  const folded = foldCase(caption, lang)
  const home =
    flowKind(folded) === 'goods' || VISITORS.test(folded)
      ? (articleParties(article).main.find((code) => !rowCodes.has(code)) ?? null)
      : null
  const own = home === null ? [] : [home]
  return new Map(
    // a bloc's row is no one country's: it joins no country's series
    countries.map(({ label, codes, total }) => [
      label,
      codes !== null ? [...new Set([...codes, ...own])].sort() : total ? own : [],
    ]),
  )
}

/**
 * A head over a column of where goods come from or go to: "Origin", "Страна происхождения", "Menşei", "Mənşə ölkəsi", a
 * trade table's "Partner", "Страна-партнёр", "Tərəfdaş ölkə".
 */
const ORIGIN_HEAD =
  /^(?:origin|country of origin|source|partner|partner country|trading partner|происхождение|страна происхождения|страна|страна-партн[её]р|партн[её]р|menşe(?:i|i̇)?|menşe ülkesi|ortak ülke|mənşə(?:yi)?|mənşə ölkəsi|ölkə|tərəfdaş ölkə|tərəfdaş|direction|направление|istiqamət|yön)$/u

/** The index of a head's column of origins among its label columns (never the first), or -1. */
export const originColumnOf = (head: readonly string[], lang: string): number =>
  head.findIndex((cell, k) => k > 0 && ORIGIN_HEAD.test(foldCase(cell.trim(), lang)))

/**
 * "Товар | Происхождение | Вчера, тг/кг | …" over "Мандарины | Грузия | 780–850 | …": each row's goods come from its
 * origin to the market the article is about, the party it names most that is no row's origin. The codes of each origin's row,
 * keyed by the origin's words; a row whose origin names no one country has none.
 */
export function originRows(article: Article, origins: readonly string[]): Map<string, string[]> {
  const codes = origins.map((origin) => countryOfLabel(origin, article.lang))
  const named = new Set(codes.filter((code): code is string => code !== null))
  const home = partyRanking(article).find((code) => !named.has(code))
  return new Map(
    origins.map((origin, k) => {
      const code = codes[k]
      return [origin, code == null ? [] : [...new Set([code, ...(home ? [home] : [])])].sort()]
    }),
  )
}
