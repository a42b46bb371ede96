import { matchesSharedFilter, type SharedSearch } from '../../../lib/shared-search'
import { SECTORS, type Agreement, type Sector } from '../../../schema/dataset'
import { compareAgreements } from '../../../schema/list-pages'

/** How many distinct documents or packages cover one sector, and which. */
export interface SectorCoverage {
  sector: Sector
  /** Distinct documents or packages, never the agreements a package counts and never one record twice. */
  documents: number
  agreements: Agreement[]
}

export { compareAgreements }

/** Lists each document or package once (the first record of an id wins), in date order. */
export function toAgreementEntries(agreements: readonly Agreement[]): Agreement[] {
  const byId = new Map<string, Agreement>()
  for (const agreement of agreements) if (!byId.has(agreement.id)) byId.set(agreement.id, agreement)
  return [...byId.values()].sort(compareAgreements)
}

/**
 * Keeps the agreements that cover any selected sector and name any selected country as a party; an empty list
 * does not filter.
 */
export function filterAgreements(
  agreements: readonly Agreement[],
  filter: Pick<SharedSearch, 'sectors' | 'countries'>,
): Agreement[] {
  if (filter.sectors.length === 0 && filter.countries.length === 0) return [...agreements]
  return agreements.filter((agreement) =>
    matchesSharedFilter({ sectors: agreement.sectors, countries: agreement.parties }, filter),
  )
}

/** Lists the sectors and parties the agreements cover, for the filter controls. */
export function agreementFacets(agreements: readonly Agreement[]): { sectors: Sector[]; countries: string[] } {
  const sectors = new Set(agreements.flatMap((agreement) => agreement.sectors))
  const countries = new Set(agreements.flatMap((agreement) => agreement.parties))
  return { sectors: SECTORS.filter((sector) => sectors.has(sector)), countries: [...countries].sort() }
}

/**
 * Counts distinct documents per sector, in the canonical sector order; `only` limits the rows to the selected
 * sectors, so a sector filter does not chart the other sectors a multi-sector package also covers.
 */
export function sectorCoverage(agreements: readonly Agreement[], only: readonly Sector[] = []): SectorCoverage[] {
  const entries = toAgreementEntries(agreements)
  return SECTORS.filter((sector) => only.length === 0 || only.includes(sector))
    .map((sector) => {
      const members = entries.filter((agreement) => agreement.sectors.includes(sector))
      return { sector, documents: members.length, agreements: members }
    })
    .filter((row) => row.documents > 0)
}

/** Finds the agreement a link names, or null when the id is unknown. */
export function findAgreement(agreements: readonly Agreement[], id: string | null): Agreement | null {
  if (id === null) return null
  return agreements.find((agreement) => agreement.id === id) ?? null
}
