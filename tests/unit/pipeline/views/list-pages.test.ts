import { describe, expect, it } from 'vitest'
import { agreementPages } from '../../../../src/pipeline/views/list-pages'
import type { Agreement, ArticleMeta, Sector } from '../../../../src/schema/dataset'
import {
  countSectorCoverage,
  LIST_PAGE_SIZE,
  listSeriesKey,
  whereBucket,
  type WhereFile,
} from '../../../../src/schema/list-pages'
import type { ViewSlice } from '../../../../src/schema/view-files'
import { loadFacts, makeEvent, makeSourceRef } from '../../../support/builders'

const fixture = loadFacts()
const template = fixture.agreements[0]!
const SECTORS: Sector[] = ['energy', 'transport', 'digital']
const PARTIES = [['AZ', 'KZ'], ['KZ', 'TM'], ['KZ']]

/** 120 agreements over three sectors and three party sets, dated so that list order differs from id order. */
function manyAgreements(count = 120): Agreement[] {
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    id: `agreement-${String(index).padStart(3, '0')}`,
    date: index % 7 === 0 ? null : `2024-${String((index % 12) + 1).padStart(2, '0')}-01`,
    sectors: [SECTORS[index % 3]!],
    parties: PARTIES[index % 3]!,
    occasionId: index < 5 ? 'visit' : null,
    sources: [makeSourceRef({ articleId: `article-${index % 10}` })],
  }))
}

const metas = new Map<string, ArticleMeta>(
  Array.from({ length: 10 }, (_, index) => {
    const meta = { ...fixture.articles[0]!, id: `article-${index}`, outlet: index < 7 ? 'Trend' : 'APA' }
    return [meta.id, meta]
  }),
)

function build(agreements: Agreement[]) {
  const pages = new Map<string, ViewSlice>()
  const where = new Map<string, WhereFile>()
  for (const [path, value] of agreementPages(agreements, [makeEvent('visit')], metas)) {
    if (path.includes('/where/')) where.set(path, value as WhereFile)
    else pages.set(path, value as ViewSlice)
  }
  return { pages, where }
}

const byListOrder = (a: Agreement, b: Agreement) =>
  a.date === b.date ? a.id.localeCompare(b.id) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1

describe('agreementPages: the agreements list in pages per filter', () => {
  const agreements = manyAgreements()
  const { pages, where } = build(agreements)
  const ordered = [...agreements].sort(byListOrder)

  it('cuts the whole list into pages of 25 in list order (by date, undated last), each saying its series’ size', () => {
    const shown = [1, 2, 3, 4, 5].map((page) => pages.get(`views/agreements/all/${page}.json`)!)
    expect(shown.map((page) => page.agreements.length)).toEqual([25, 25, 25, 25, 20])
    expect(shown.flatMap((page) => page.agreements.map((agreement) => agreement.id))).toEqual(
      ordered.map((agreement) => agreement.id),
    )
    expect(shown[1]!.list).toMatchObject({ total: 120, page: 2, pageCount: 5 })
    expect(pages.has('views/agreements/all/6.json')).toBe(false)
  })

  it('writes one series per sector, per party and per sector with party, holding exactly what the filter keeps', () => {
    const energyKz = ordered.filter((a) => a.sectors.includes('energy') && a.parties.includes('KZ'))
    const key = listSeriesKey({ sectors: ['energy'], countries: ['KZ'] })
    const energyKzPages = [1, 2].map((page) => pages.get(`views/agreements/${key}/${page}.json`)!)
    expect(energyKz).toHaveLength(40)
    expect(energyKzPages.flatMap((page) => page.agreements.map((a) => a.id))).toEqual(energyKz.map((a) => a.id))
    expect(pages.has(`views/agreements/${key}/3.json`)).toBe(false)
    const tm = ordered.filter((a) => a.parties.includes('TM'))
    expect(pages.get('views/agreements/country-TM/1.json')!.list!.total).toBe(tm.length)
    // no agreement is in energy with Turkmenistan: that series has no file, which the app reads as empty
    expect(pages.has('views/agreements/sector-energy.country-TM/1.json')).toBe(false)
  })

  it('counts the chart’s bars over the whole series, only the chosen sector when one is chosen', () => {
    expect(pages.get('views/agreements/all/2.json')!.list!.coverage).toEqual(countSectorCoverage(agreements))
    expect(pages.get('views/agreements/sector-digital/1.json')!.list!.coverage).toEqual([
      { sector: 'digital', documents: 40 },
    ])
  })

  it('names the outlets citing most of a series and counts its articles, for a source line of a long list', () => {
    expect(pages.get('views/agreements/all/1.json')!.list).toMatchObject({
      sourceArticles: 10,
      outlets: [
        { outlet: 'Trend', articles: 7 },
        { outlet: 'APA', articles: 3 },
      ],
    })
  })

  it('carries with each page only the occasions and articles its agreements cite', () => {
    const first = pages.get('views/agreements/all/1.json')!
    const last = pages.get('views/agreements/all/3.json')!
    const onFirst = first.agreements.some((agreement) => agreement.occasionId === 'visit')
    expect(first.events.map((event) => event.id)).toEqual(onFirst ? ['visit'] : [])
    const cited = new Set(last.agreements.flatMap((agreement) => agreement.sources.map((source) => source.articleId)))
    expect(last.articles.map((article) => article.id).sort()).toEqual([...cited].sort())
  })

  it('locates every agreement: its bucket gives its index in each series that holds it', () => {
    for (const agreement of agreements) {
      const bucket = where.get(`views/agreements/where/${whereBucket(agreement.id)}.json`)!
      const at = bucket[agreement.id]!
      expect(at.all).toBe(ordered.indexOf(agreement))
      const sector = agreement.sectors[0]!
      const series = ordered.filter((a) => a.sectors.includes(sector))
      expect(at[`sector-${sector}`]).toBe(series.indexOf(agreement))
      const page = Math.floor(at.all! / LIST_PAGE_SIZE) + 1
      const file = pages.get(`views/agreements/all/${page}.json`)!
      expect(file.agreements.map((a) => a.id)).toContain(agreement.id)
    }
    const located = [...where.values()].flatMap((bucket) => Object.keys(bucket))
    expect(located.sort()).toEqual(agreements.map((agreement) => agreement.id).sort())
  })

  it('writes a first page for an empty list, so the view can say there is nothing', () => {
    const empty = build([])
    expect(empty.pages.get('views/agreements/all/1.json')!.list).toMatchObject({ total: 0, page: 1, pageCount: 1 })
    expect([...empty.where.values()].every((bucket) => Object.keys(bucket).length === 0)).toBe(true)
  })
})

describe('list series and buckets', () => {
  it('names a series for no filter, one sector, one country or both, and none for two of a kind', () => {
    expect(listSeriesKey({ sectors: [], countries: [] })).toBe('all')
    expect(listSeriesKey({ sectors: ['energy'], countries: [] })).toBe('sector-energy')
    expect(listSeriesKey({ sectors: [], countries: ['AZ'] })).toBe('country-AZ')
    expect(listSeriesKey({ sectors: ['energy'], countries: ['AZ'] })).toBe('sector-energy.country-AZ')
    expect(listSeriesKey({ sectors: ['energy', 'trade'], countries: [] })).toBeNull()
    expect(listSeriesKey({ sectors: [], countries: ['AZ', 'KZ'] })).toBeNull()
  })

  it('puts an id in the same bucket every time, and spreads ids over the buckets', () => {
    expect(whereBucket('agreement-1d7shmz')).toBe(whereBucket('agreement-1d7shmz'))
    const used = new Set(Array.from({ length: 2000 }, (_, index) => whereBucket(`agreement-${index}`)))
    expect(used.size).toBeGreaterThan(200)
  })
})
