import { SECTORS, sectorSchema, type Sector } from '../schema/dataset'
import { isKnownCountryCode } from './format'
import { isLang, type Lang } from './langs'
import { readSingleParam, splitList, type SearchNotice } from './search-notice'

/** Holds the URL state every view shares: the sector and country filters and the interface language. */
export interface SharedSearch {
  sectors: Sector[]
  countries: string[]
  lang: Lang | null
}

/** Adds the notices for ignored values to the shared state. */
export type ParsedSharedSearch = SharedSearch & { notices: SearchNotice[] }

/** Names the URL parameters the shared state owns. */
export const SHARED_KEYS = ['sector', 'country', 'lang'] as const

/** Reads the shared filters and language from the URL; unknown or malformed values are dropped and reported. */
export function parseSharedSearch(params: URLSearchParams): ParsedSharedSearch {
  const notices: SearchNotice[] = []
  const rawSectors = readSingleParam(params, 'sector', notices)
  const rawCountries = readSingleParam(params, 'country', notices)
  const rawLang = readSingleParam(params, 'lang', notices)
  const sectors: Sector[] = []
  for (const value of splitList(rawSectors)) {
    const parsed = sectorSchema.safeParse(value.toLowerCase())
    if (!parsed.success) notices.push({ param: 'sector', value })
    else if (!sectors.includes(parsed.data)) sectors.push(parsed.data)
  }
  const countries: string[] = []
  for (const value of splitList(rawCountries)) {
    const code = value.toUpperCase()
    if (!isKnownCountryCode(code)) notices.push({ param: 'country', value })
    else if (!countries.includes(code)) countries.push(code)
  }
  let lang: Lang | null = null
  if (rawLang !== null) {
    const folded = rawLang.trim().toLowerCase()
    if (isLang(folded)) lang = folded
    else notices.push({ param: 'lang', value: rawLang })
  }
  // canonical order keeps two links to the same view identical
  sectors.sort((a, b) => SECTORS.indexOf(a) - SECTORS.indexOf(b))
  countries.sort()
  return { sectors, countries, lang, notices }
}

/** Writes the shared state as URL parameters, leaving defaults out so links stay short and stable. */
export function toSharedSearchParams({ sectors, countries, lang }: SharedSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (sectors.length > 0) {
    params.set('sector', [...sectors].sort((a, b) => SECTORS.indexOf(a) - SECTORS.indexOf(b)).join('~'))
  }
  if (countries.length > 0) params.set('country', [...countries].sort().join('~'))
  if (lang !== null) params.set('lang', lang)
  return params
}

/** Tells whether an item passes the sector and country filters (an empty filter lets everything through). */
export function matchesSharedFilter(
  item: { sectors: readonly Sector[]; countries: readonly string[] },
  { sectors, countries }: Pick<SharedSearch, 'sectors' | 'countries'>,
): boolean {
  const sectorOk = sectors.length === 0 || item.sectors.some((sector) => sectors.includes(sector))
  const countryOk = countries.length === 0 || item.countries.some((country) => countries.includes(country))
  return sectorOk && countryOk
}
