import type { CountryMention, Span } from '../types'
import { COUNTRY_NAMES } from './country-names'
import { PLACE_NAMES } from './place-names'
import { CROSSING_NAMES } from './border-crossings'
import { compileLexicon, findTerms, looseFold, type Inflection, type Term } from './term-matcher'

/** A city or other place named in a text, with the country it lies in. */
export interface PlaceMention extends Span {
  name: string
  country: string
}

interface Spellings {
  names: string[]
  unless?: string[]
  ruNouns?: string[]
  ruFeminine?: string[]
  ruAdjectives?: string[]
}

/** Turns the spellings of one entry into terms; proper names must be capitalised, Russian adjectives need not be. */
function spellingTerms<T>(spellings: Spellings, value: T): Term<T>[] {
  const terms = (words: string[] | undefined, inflection: Inflection, capital: boolean) =>
    (words ?? []).map((w): Term<T> => ({ words: w, inflection, capital, unless: spellings.unless, value }))
  return [
    ...terms(spellings.names, 'turkic', true),
    ...terms(spellings.ruNouns, 'ru-noun', true),
    ...terms(spellings.ruFeminine, 'ru-fem', true),
    ...terms(spellings.ruAdjectives, 'ru-adj', false),
  ]
}

const COUNTRIES = compileLexicon(
  COUNTRY_NAMES.flatMap((c) => spellingTerms({ ...c, names: [...c.names, ...c.demonyms] }, c.code)),
)

const PLACES = compileLexicon(PLACE_NAMES.flatMap((p) => spellingTerms(p, { name: p.name, country: p.country })))

const CROSSINGS = compileLexicon(
  CROSSING_NAMES.flatMap((c) => spellingTerms(c, { name: c.name, countries: c.countries })),
)

/** A border crossing named in a text, with the two countries it lies between. */
export interface CrossingMention extends Span {
  name: string
  countries: readonly [string, string]
}

/** Finds border crossings ("Sarp'ta", "Dilucu Sınır Kapısı'ndan", "на пункте пропуска «Тажен»") in any inflected form. */
export function findCrossings(text: string, lang: string): CrossingMention[] {
  return findTerms(text, lang, CROSSINGS).map(({ start, end, value }) => ({ start, end, ...value }))
}

/**
 * Finds country names in any inflected form ("Kazakistan'ın", "Qazaxıstana", "Azərbaycandakı", "Казахстане") and
 * capitalised demonyms that point at a country ("Kazak petrolü", "Kazakh oil"), as ISO 3166-1 alpha-2 codes.
 */
export function findCountries(text: string, lang: string): CountryMention[] {
  const falseFriends = FALSE_FRIENDS[lang] ?? []
  return findTerms(text, lang, COUNTRIES)
    .filter(({ start, end }) => !falseFriends.some((word) => looseFold(text.slice(start, end), lang).startsWith(word)))
    .map(({ start, end, value }) => ({ start, end, code: value }))
}

/**
 * A country's name in one language that is a common noun in another: Azerbaijani "qatar" is a train ("Qatarların
 * sayı…" opens a sentence with a capital), and Qatar is "Qətər" there.
 */
const FALSE_FRIENDS: Readonly<Record<string, readonly string[]>> = { az: ['qatar'] }

/** Finds cities and ports (Astana, Bakı, Aşkabat, Ceyhan) in any inflected form, with their canonical name. */
export function findPlaces(text: string, lang: string): PlaceMention[] {
  return findTerms(text, lang, PLACES).map(({ start, end, value }) => ({ start, end, ...value }))
}

/** Tells the country of a known place by its canonical name ("Astana" → "KZ"), or null. */
export function countryOfPlace(name: string): string | null {
  return PLACE_NAMES.find((p) => p.name === name)?.country ?? null
}

/** The case a Turkish or Azerbaijani suffix gives a country or place name; 'bare' when it has none. */
export type NameCase = 'bare' | 'dative' | 'locative' | 'ablative' | 'genitive' | 'other'

const LATIN_NAMES = [
  ...COUNTRY_NAMES.flatMap((c) => [...c.names, ...c.demonyms]),
  ...PLACE_NAMES.flatMap((p) => p.names),
].map((n) => looseFold(n, 'tr'))

const CASE_PATTERNS: [NameCase, RegExp][] = [
  ['dative', /^(?:y|n)?[aeə]$/u],
  ['locative', /^n?[dt][aeə](?:ki)?$/u],
  ['ablative', /^n?[dt][aeə]n$/u],
  ['genitive', /^n?[iuü]n$/u],
]

/**
 * Reads the case of a country or place name as written ("Türkmenistan’a" dative, "Bakıdakı" locative,
 * "Qazaxıstanın" genitive), from the suffix after an apostrophe or after the longest known name it starts with.
 */
export function caseOfName(word: string, lang: string): NameCase {
  const folded = looseFold(word, lang)
  const apostrophe = folded.indexOf("'")
  const stem =
    apostrophe >= 0
      ? folded.slice(0, apostrophe)
      : LATIN_NAMES.filter((n) => folded.startsWith(n)).reduce((a, b) => (b.length > a.length ? b : a), '')
  const suffix = folded.slice(apostrophe >= 0 ? apostrophe + 1 : stem.length)
  if (!stem || !suffix) return 'bare'
  return CASE_PATTERNS.find(([, pattern]) => pattern.test(suffix))?.[0] ?? 'other'
}

const somCurrencies = new WeakMap<object, string | null>()

/**
 * Whose currency a Turkish or Azerbaijani "som" is in an article: Uzbekistan's sum (UZS) when the article names
 * Uzbekistan or its places and not Kyrgyzstan's, Kyrgyzstan's som (KGS) the other way round, else null (a figure
 * whose currency is unknown is left out). Read once per article.
 */
export function somCurrency(article: { text: string; lang: string }): string | null {
  const known = somCurrencies.get(article)
  if (known !== undefined) return known
  const { text, lang } = article
  const codes = new Set([
    ...findCountries(text, lang).map((c) => c.code),
    ...findPlaces(text, lang).map((p) => p.country),
  ])
  const currency = codes.has('UZ') === codes.has('KG') ? null : codes.has('UZ') ? 'UZS' : 'KGS'
  somCurrencies.set(article, currency)
  return currency
}

/**
 * Whether a clause that prices something in "manat" is Turkmenistan's: it names Turkmenistan or a Turkmen place
 * ("портовые сборы в Туркменбаши — 52 маната за тонну", "Türkmənbaşında liman rüsumu 1 400 manat") and neither
 * Azerbaijan nor an Azerbaijani place, so the manat is the Turkmen one, never Azerbaijan's.
 */
export function isTurkmenClause(clause: string, lang: string): boolean {
  const codes = new Set([
    ...findCountries(clause, lang).map((c) => c.code),
    ...findPlaces(clause, lang).map((p) => p.country),
  ])
  return codes.has('TM') && !codes.has('AZ')
}
