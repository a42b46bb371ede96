import { describe, expect, it } from 'vitest'
import { createLazyI18n } from '../../../../src/lib/i18n/create-lazy-i18n'
import { emitDatasetCsv } from '../../../../src/lib/dataset-csv-files'
import { loadFacts } from '../../../support/builders'

describe('counts in the interface strings', () => {
  it('group their digits as each interface language does, Azerbaijani included', async () => {
    const en = await createLazyI18n('en')
    expect(en.t('sources.listTitle', { count: 24869 })).toBe('24,869 articles')
    expect(en.t('sources.listTitle', { count: 1 })).toBe('1 article')
    expect(en.t('occasions.listTitle', { count: 100000 })).toBe('100,000 documents or packages')
    const tr = await createLazyI18n('tr')
    expect(tr.t('dataAsOf.undated', { count: 24869 })).toBe('24.869 makaleden veri (hiçbiri tarihli değil)')
    const az = await createLazyI18n('az')
    expect(az.t('dataAsOf.undated', { count: 24869 })).toBe('24.869 məqalədən məlumat (heç biri tarixli deyil)')
  })

  it('group the article count in the full downloads’ note line', () => {
    const facts = loadFacts()
    const articles = Array.from({ length: 1200 }, (_, n) => ({ ...facts.articles[0]!, id: `a-${n}` }))
    const files = new Map(emitDatasetCsv({ ...facts, articles }, undefined))
    expect(files.get('figures.csv')!.split('\r\n')[0]).toContain('1,200 articles')
    expect(files.get('figures.tr.csv')!.split('\r\n')[0]).toContain('1.200')
  })
})
