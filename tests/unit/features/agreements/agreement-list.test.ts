import { describe, expect, it } from 'vitest'
import {
  agreementFacets,
  filterAgreements,
  findAgreement,
  sectorCoverage,
  toAgreementEntries,
} from '../../../../src/features/agreements/lib/agreement-list'
import { docTypeLabel, type Translate } from '../../../../src/lib/doc-type-label'
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
  docType: 'joint-declaration',
})
const GEORGIA = agreement('georgia', { parties: ['GE', 'TR'], sectors: ['transport'], date: '2024-05-02', count: 3 })
const UNFILED = agreement('unfiled', { sectors: [], date: null })
const ALL = [PACKAGE, DECLARATION, GEORGIA, UNFILED]

describe('toAgreementEntries(agreements)', () => {
  it('lists each document once in date order (undated last), however many sectors it covers', () => {
    expect(toAgreementEntries(ALL).map((item) => item.id)).toEqual(['georgia', 'declaration', 'package', 'unfiled'])
  })

  it('drops a repeated record of the same id, keeping the first', () => {
    const again = { ...PACKAGE, place: 'Baku' }
    const entries = toAgreementEntries([PACKAGE, again, PACKAGE])
    expect(entries).toHaveLength(1)
    expect(entries[0]?.place).toBe('Astana')
  })
})

describe('filterAgreements(agreements, filter)', () => {
  it('keeps everything when nothing is selected', () => {
    expect(filterAgreements(ALL, { sectors: [], countries: [] })).toHaveLength(4)
  })

  it('keeps the documents that cover any selected sector, each once', () => {
    const shown = filterAgreements(ALL, { sectors: ['energy', 'transport'], countries: [] })
    expect(toAgreementEntries(shown).map((item) => item.id)).toEqual(['georgia', 'package'])
  })

  it('combines sectors and countries (any of each, both must hold)', () => {
    expect(filterAgreements(ALL, { sectors: ['transport'], countries: ['GE'] }).map((item) => item.id)).toEqual([
      'georgia',
    ])
    expect(filterAgreements(ALL, { sectors: ['diplomacy'], countries: ['GE'] })).toEqual([])
  })
})

describe('sectorCoverage(agreements, only)', () => {
  it('counts distinct documents per sector, a multi-sector package once in each, in sector order', () => {
    expect(sectorCoverage(ALL).map((row) => [row.sector, row.documents])).toEqual([
      ['energy', 1],
      ['transport', 2],
      ['diplomacy', 1],
    ])
  })

  it('never counts one document twice, even when its record is repeated', () => {
    const transport = sectorCoverage([PACKAGE, PACKAGE, GEORGIA, GEORGIA]).find((row) => row.sector === 'transport')
    expect(transport?.documents).toBe(2)
    expect(transport?.agreements.map((item) => item.id)).toEqual(['georgia', 'package'])
  })

  it('counts packages as one document each, not by the agreements they hold', () => {
    expect(sectorCoverage([PACKAGE])[0]?.documents).toBe(1)
  })

  it('limits the rows to the selected sectors', () => {
    expect(sectorCoverage(ALL, ['transport']).map((row) => row.sector)).toEqual(['transport'])
  })
})

describe('agreementFacets and findAgreement', () => {
  it('lists the sectors in canonical order and the parties sorted', () => {
    expect(agreementFacets(ALL)).toEqual({
      sectors: ['energy', 'transport', 'diplomacy'],
      countries: ['AZ', 'GE', 'KZ', 'TR'],
    })
  })

  it('finds a document by id, and null for an unknown id or none', () => {
    expect(findAgreement(ALL, 'georgia')).toBe(GEORGIA)
    expect(findAgreement(ALL, 'nope')).toBeNull()
    expect(findAgreement(ALL, null)).toBeNull()
  })
})

describe('docTypeLabel(agreement, t)', () => {
  const strings: Record<string, string> = {
    'occasions.docTypes.joint-declaration': 'Joint declaration',
    'occasions.docTypes.roadmap': 'Roadmap',
    'occasions.documentOfUnknownType': 'Document',
    'agreements.packageTitleUncounted': 'Package of agreements',
  }
  const t: Translate = (key, values) => {
    if (key === 'occasions.withYears') return `${String(values?.type)} ${String(values?.years)}`
    if (key === 'agreements.packageTitle') return `Package of ${String(values?.count)} agreements`
    return strings[key] ?? key
  }

  it.each([
    [
      'a typed document',
      { kind: 'document', count: 1, docType: 'joint-declaration', years: null },
      'Joint declaration',
    ],
    [
      'a plan with its years',
      { kind: 'document', count: 1, docType: 'roadmap', years: '2026–2027' },
      'Roadmap 2026–2027',
    ],
    ['a document of unknown type', { kind: 'document', count: 1, docType: null, years: null }, 'Document'],
    ['a counted package', { kind: 'package', count: 15, docType: null, years: null }, 'Package of 15 agreements'],
    ['an uncounted package', { kind: 'package', count: null, docType: null, years: null }, 'Package of agreements'],
  ] as const)('labels %s', (_name, fields, expected) => {
    expect(docTypeLabel(fields, t)).toBe(expected)
  })
})
