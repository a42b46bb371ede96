import { matchesSharedFilter, type SharedSearch } from '../../../lib/shared-search'
import { SECTORS, type Agreement, type Sector } from '../../../schema/dataset'

/** The agreement records that cover one sector; a record covering several sectors sits in several groups. */
export interface SectorGroup {
  sector: Sector
  agreements: Agreement[]
  /** How many records cover the sector: records, not the agreements a package counts. */
  records: number
}

/** Keeps the agreements that match the sector and country filters; a party counts as the agreement's country. */
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

/** Orders agreements by date (undated last), then by id, so lists and groups read the same way every time. */
export function compareAgreements(a: Agreement, b: Agreement): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date.localeCompare(b.date)
  }
  return a.id.localeCompare(b.id)
}

/**
 * Groups agreements under every sector they cover, in the canonical sector order; `only` limits the groups to the
 * selected sectors so a sector filter does not show the other sectors a multi-sector package also covers.
 */
export function groupBySector(agreements: readonly Agreement[], only: readonly Sector[] = []): SectorGroup[] {
  const sorted = [...agreements].sort(compareAgreements)
  return SECTORS.filter((sector) => only.length === 0 || only.includes(sector))
    .map((sector) => {
      const members = sorted.filter((agreement) => agreement.sectors.includes(sector))
      return { sector, agreements: members, records: members.length }
    })
    .filter((group) => group.records > 0)
}

/** Lists the agreements that name no sector, which no sector group would otherwise show. */
export function withoutSector(agreements: readonly Agreement[]): Agreement[] {
  return agreements.filter((agreement) => agreement.sectors.length === 0).sort(compareAgreements)
}
