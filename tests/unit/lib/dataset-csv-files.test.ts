import { describe, expect, it } from 'vitest'
import { emitDatasetCsv } from '../../../src/lib/dataset-csv-files'
import { loadFacts } from '../../support/builders'

const facts = loadFacts()
const files = (epoch?: string) => new Map(emitDatasetCsv(facts, epoch))
const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n')

describe('emitDatasetCsv: the full downloads written beside facts.json', () => {
  it('writes figures, agreements and occasions in English, Turkish and Azerbaijani', () => {
    expect([...files().keys()]).toEqual([
      'figures.csv',
      'agreements.csv',
      'occasions.csv',
      'figures.tr.csv',
      'agreements.tr.csv',
      'occasions.tr.csv',
      'figures.az.csv',
      'agreements.az.csv',
      'occasions.az.csv',
    ])
  })

  it('dates the build by the newest article without SOURCE_DATE_EPOCH, and by the epoch with it', () => {
    expect(lines(files().get('figures.csv')!)[0]).toBe(
      '# Corridor Watch figures.csv. Data as of 2025-12-15 (4 articles); built 2025-12-15.',
    )
    // 2026-01-02T00:00:00Z
    expect(lines(files('1767312000').get('occasions.csv')!)[0]).toBe(
      '# Corridor Watch occasions.csv. Data as of 2025-12-15 (4 articles); built 2026-01-02.',
    )
    expect(lines(files('1767312000').get('occasions.tr.csv')!)[0]).toBe(
      '# Corridor Watch occasions.csv. Veri tarihi 2025-12-15 (4 makale); derlendi 2026-01-02.',
    )
  })

  it('gives the same bytes for the same facts and epoch, and starts with a byte-order mark', () => {
    expect(files('1767312000')).toEqual(files('1767312000'))
    expect(files().get('agreements.az.csv')!.startsWith('\uFEFF# Corridor Watch agreements.csv.')).toBe(true)
  })

  it('writes labels in the file’s language, codes beside names, and one row per source', () => {
    const [, header, ...rows] = lines(files().get('figures.csv')!)
    expect(header!.split(',').slice(0, 4)).toEqual(['figure_id', 'metric', 'metric_slug', 'kind'])
    const target = rows.find((row) => row.startsWith('fig-001_f252e9742af12d5d-1198,'))!
    expect(target).toContain(',Bilateral trade turnover,trade-turnover,Target,1000000000,')
    expect(target).toContain(',in the near future,Yakın gelecekte,')
    const sourceRows = facts.figures.reduce((sum, figure) => sum + figure.sources.length, 0)
    expect(rows.filter((row) => row !== '')).toHaveLength(sourceRows)
    const turkish = lines(files().get('figures.tr.csv')!).find((row) =>
      row.startsWith('fig-001_f252e9742af12d5d-1198,'),
    )
    expect(turkish).toContain(',İkili ticaret hacmi,trade-turnover,Hedef,')
    expect(turkish).toContain('Azerbaycan; Kazakistan,AZ; KZ')
  })
})
