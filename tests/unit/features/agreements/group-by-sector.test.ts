import { describe, expect, it } from 'vitest'
import {
  agreementFacets,
  filterAgreements,
  groupBySector,
  withoutSector,
} from '../../../../src/features/agreements/lib/group-by-sector'
import { parseAgreementsSearch, toAgreementsSearchParams } from '../../../../src/features/agreements/search-params'
import type { Agreement } from '../../../../src/schema/dataset'
import { makeSourceRef } from '../../../support/builders'

function agreement(id: string, overrides: Partial<Agreement> = {}): Agreement {
  return {
    id,
    title: null,
    kind: 'package',
    count: 15,
    date: '2025-10-21',
    place: 'Astana',
    parties: ['AZ', 'KZ'],
    sectors: ['energy', 'transport'],
    docType: null,
    years: null,
    occasionId: null,
    curated: false,
    sources: [makeSourceRef()],
    ...overrides,
  }
}

const PACKAGE = agreement('package')
const DECLARATION = agreement('declaration', {
  kind: 'document',
  title: 'Ortak Bildiri',
  count: 1,
  sectors: ['diplomacy'],
})
const GEORGIA = agreement('georgia', { parties: ['GE', 'TR'], sectors: ['transport'], date: '2024-05-02', count: 3 })
const UNFILED = agreement('unfiled', { sectors: [], date: null })
const ALL = [PACKAGE, DECLARATION, GEORGIA, UNFILED]

describe('groupBySector(agreements, only)', () => {
  it('files an agreement under every sector it covers and counts records, not the agreements a package holds', () => {
    const groups = groupBySector(ALL)
    expect(groups.map((group) => [group.sector, group.records, group.agreements.map((item) => item.id)])).toEqual([
      ['energy', 1, ['package']],
      ['transport', 2, ['georgia', 'package']],
      ['diplomacy', 1, ['declaration']],
    ])
  })

  it('shows only the selected sectors when a sector filter is on', () => {
    expect(groupBySector(ALL, ['transport']).map((group) => group.sector)).toEqual(['transport'])
  })

  it('gives no groups for no agreements', () => {
    expect(groupBySector([])).toEqual([])
  })
})

describe('filterAgreements(agreements, filter)', () => {
  it.each([
    [
      'keeps everything without filters',
      { sectors: [], countries: [] },
      ['package', 'declaration', 'georgia', 'unfiled'],
    ],
    [
      'keeps any agreement covering one of the sectors',
      { sectors: ['diplomacy', 'energy'] as const, countries: [] },
      ['package', 'declaration'],
    ],
    ['matches countries against the parties', { sectors: [], countries: ['GE'] }, ['georgia']],
    ['needs both a sector and a country to match', { sectors: ['energy'] as const, countries: ['GE'] }, []],
  ])('%s', (_name, filter, expected) => {
    const result = filterAgreements(ALL, { sectors: [...filter.sectors], countries: filter.countries })
    expect(result.map((item) => item.id)).toEqual(expected)
  })
})

describe('agreementFacets(agreements)', () => {
  it('lists covered sectors in canonical order and parties sorted', () => {
    expect(agreementFacets(ALL)).toEqual({
      sectors: ['energy', 'transport', 'diplomacy'],
      countries: ['AZ', 'GE', 'KZ', 'TR'],
    })
  })
})

describe('withoutSector(agreements)', () => {
  it('lists the records no sector group would show', () => {
    expect(withoutSector(ALL).map((item) => item.id)).toEqual(['unfiled'])
  })
})

describe('parseAgreementsSearch(params)', () => {
  it.each([
    ['', { tab: 'chart', notices: [] }],
    ['tab=table', { tab: 'table', notices: [] }],
    ['tab=pie', { tab: 'chart', notices: [{ param: 'tab', value: 'pie' }] }],
  ])('reads %j', (query, expected) => {
    expect(parseAgreementsSearch(new URLSearchParams(query))).toEqual(expected)
  })

  it('writes only the non-default tab', () => {
    expect(toAgreementsSearchParams({ tab: 'chart' }).toString()).toBe('')
    expect(toAgreementsSearchParams({ tab: 'table' }).toString()).toBe('tab=table')
  })
})
