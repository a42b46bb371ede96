import { describe, expect, it } from 'vitest'
import { agreementPages } from '../../../../src/pipeline/views/list-pages'
import { capWhenRead, occasionSlice, SOURCES_PER_RECORD } from '../../../../src/pipeline/views/slice-parts'
import { timelinePages } from '../../../../src/pipeline/views/timeline-pages'
import { viewSlices, type SliceInput } from '../../../../src/pipeline/views/view-slices'
import type { Agreement, ArticleMeta, CorridorEvent } from '../../../../src/schema/dataset'
import { viewFiles } from '../../../../src/schema/view-files'
import { loadFacts, makeEvent, makeSourceRef } from '../../../support/builders'

const fixture = loadFacts()
const template = fixture.agreements[0]!
const ARTICLES = 40

/** Sources from `count` citations over the corpus's articles, some articles cited twice (a quote and a mention). */
const sourcesOf = (count: number, seed: number) =>
  Array.from({ length: count }, (_, k) =>
    makeSourceRef({ articleId: `article-${String((seed * 7 + k * 3) % ARTICLES).padStart(2, '0')}`, start: k }),
  )

/** 90 agreements and 60 occasions, a third of each merged from more articles than a view file carries. */
function corpus(): SliceInput {
  const events: CorridorEvent[] = Array.from({ length: 60 }, (_, n) =>
    makeEvent(`visit-${String(n).padStart(2, '0')}`, {
      date: n % 9 === 0 ? null : `2024-${String((n % 12) + 1).padStart(2, '0')}-10`,
      countries: n % 2 === 0 ? ['AZ', 'KZ'] : ['KZ', 'TM'],
      agreementIds: n < 30 ? [`agreement-${String(n * 3).padStart(2, '0')}`] : [],
      sources: sourcesOf(n % 3 === 0 ? 6 + (n % 11) : 1 + (n % 4), n),
    }),
  )
  const agreements: Agreement[] = Array.from({ length: 90 }, (_, n) => ({
    ...template,
    id: `agreement-${String(n).padStart(2, '0')}`,
    date: n % 8 === 0 ? null : `2024-${String((n % 12) + 1).padStart(2, '0')}-01`,
    sectors: n % 2 === 0 ? ['energy'] : ['transport', 'digital'],
    parties: n % 3 === 0 ? ['AZ', 'KZ'] : ['KZ', 'TM'],
    occasionId: n % 3 === 0 && n < 90 ? `visit-${String(n / 3).padStart(2, '0')}` : null,
    sources: sourcesOf(n % 3 === 1 ? 6 + (n % 13) : 1 + (n % 5), n),
  }))
  const metas = Array.from({ length: ARTICLES }, (_, n) => ({
    ...fixture.articles[0]!,
    id: `article-${String(n).padStart(2, '0')}`,
    outlet: ['Trend', 'APA', 'Kazinform'][n % 3]!,
  }))
  return { metas, figures: () => [], agreements: () => agreements, events: () => events }
}

/** The agreements and timeline files as they were cut from whole records, every source held in memory. */
function fromWholeRecords(input: SliceInput): Map<string, string> {
  const metas = new Map<string, ArticleMeta>(input.metas.map((meta) => [meta.id, meta]))
  const agreements = [...input.agreements()]
  const events = [...input.events()]
  const signedAt = events.filter((event) => agreements.some((agreement) => agreement.occasionId === event.id))
  const signed = agreements.filter((agreement) => events.some((event) => event.agreementIds.includes(agreement.id)))
  const files = new Map<string, string>([
    [viewFiles.agreements, JSON.stringify(occasionSlice(agreements, signedAt, metas))],
    [viewFiles.timeline, JSON.stringify(occasionSlice(signed, events, metas))],
  ])
  for (const [path, value] of agreementPages(agreements, signedAt, metas)) files.set(path, JSON.stringify(value))
  for (const [path, value] of timelinePages(events, signed, metas)) files.set(path, JSON.stringify(value))
  return files
}

describe('agreements and timeline files from records capped when read', () => {
  const input = corpus()

  it('writes every agreements and timeline file byte for byte as whole records did', () => {
    const expected = fromWholeRecords(input)
    const written = new Map(
      [...viewSlices(input)]
        .filter(([path]) => expected.has(path))
        .map(([path, value]) => [path, JSON.stringify(value)]),
    )
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [path, text] of expected) expect(written.get(path), path).toBe(text)
    // the corpus does exercise the capping: a page counts sources it left out
    expect(written.get(viewFiles.agreements)).toContain('"sourceCounts"')
  })

  it('keeps a record’s first sources and, of the rest, only how many there were and which articles they came from', () => {
    const agreements = [...input.agreements()]
    const { records, totals } = capWhenRead(agreements)
    const many = agreements.find((agreement) => agreement.sources.length > SOURCES_PER_RECORD)!
    const held = records.find((record) => record.id === many.id)!
    expect(held.sources).toEqual(many.sources.slice(0, SOURCES_PER_RECORD))
    expect(totals.get(many.id)).toEqual({
      count: many.sources.length,
      articleIds: [...new Set(many.sources.map((source) => source.articleId))],
    })
    const few = agreements.find((agreement) => agreement.sources.length <= SOURCES_PER_RECORD)!
    expect(records.find((record) => record.id === few.id)).toEqual(few)
    expect(totals.has(few.id)).toBe(false)
  })

  it('reads only the records a test keeps, and a later record of an id replaces what an earlier one cited', () => {
    const many = { ...template, id: 'agreement-x', sources: sourcesOf(SOURCES_PER_RECORD + 3, 1) }
    const few = { ...many, sources: sourcesOf(2, 2) }
    const { records, totals } = capWhenRead([many, few, { ...many, id: 'agreement-y' }], (a) => a.id !== 'agreement-y')
    expect(records.map((record) => record.id)).toEqual(['agreement-x', 'agreement-x'])
    expect(totals.has('agreement-x')).toBe(false)
  })
})
