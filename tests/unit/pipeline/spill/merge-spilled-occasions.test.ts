import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../../bench/synthetic-corpus'
import type { SourceRef } from '../../../../src/schema/dataset'
import { mergeSpilledOccasions, type OccasionStore } from '../../../../src/pipeline/spill/merge-spilled-occasions'
import { memoryPartitions } from '../../../../src/pipeline/spill/partitioned-lines'
import { memoryRuns, type RunStore } from '../../../../src/pipeline/spill/sorted-runs'
import { OccasionSpill } from '../../../../src/pipeline/spill/spill-occasions'
import { DraftSpill } from '../../../../src/pipeline/spill/spill-figures'
import { mergeOccasions } from '../../../../src/pipeline/stages/merge-occasions'
import { ArticleCollector } from '../../../../src/pipeline/stream/collect-articles'
import { processArticle } from '../../../../src/pipeline/stream/process-article'
import { makeEvent, makeSourceRef } from '../../../support/builders'
import type { AgreementDraft, EventDraft } from '../../../../src/pipeline/types'

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * A store in memory that still cuts the work into pieces: `partitions` groups' partitions whatever the merge asks
 * for, sorted runs of `runChars` characters of JSON, so merges across partitions and runs are exercised on a small
 * corpus. `eventRuns` gets the lines of each run of merged occasions as it is saved.
 */
function smallStore(partitions: number, runChars: number, eventRuns: number[] = []): OccasionStore {
  const runs = (name: string): RunStore => {
    const inner = memoryRuns()
    if (name !== 'events-base') return inner
    return { save: (lines) => (eventRuns.push(lines.length), inner.save(lines)), read: inner.read }
  }
  return { partitions: () => memoryPartitions(partitions), runs, runChars }
}

/** What one merge in memory gives, in output order (by id). */
function inMemory(events: readonly EventDraft[], agreements: readonly AgreementDraft[]) {
  const merged = mergeOccasions(events, agreements)
  return { agreements: [...merged.agreements].sort(byId), events: [...merged.events].sort(byId) }
}

/** What the spilled merge gives, drafts handed over in input order. */
function spilled(events: readonly EventDraft[], agreements: readonly AgreementDraft[], store: OccasionStore) {
  const spill = new OccasionSpill(memoryPartitions(2))
  const articles = [...new Set([...agreements, ...events].map((draft) => draft.source.articleId))].sort()
  for (const article of articles) {
    for (const draft of agreements) if (draft.source.articleId === article) spill.add('agreements', draft)
    for (const draft of events) if (draft.source.articleId === article) spill.add('events', draft)
  }
  const merged = mergeSpilledOccasions(spill, store)
  return { agreements: [...merged.agreements()], events: [...merged.events()] }
}

/** A source sentence of an article. */
const source = (articleId: string, start: number): SourceRef => makeSourceRef({ articleId, start })

/** A visit of Azerbaijan's president to Kazakhstan, as one article dates it. */
function visit(articleId: string, date: string, dateEnd: string | null = null): EventDraft {
  const participants = [{ name: 'İlham Əliyev', role: 'head-of-state' as const, country: 'AZ' }]
  const event = makeEvent('-', { kind: 'official-visit', date, dateEnd, participants, sources: [source(articleId, 0)] })
  const { id: _id, title: _title, agreementIds: _agreementIds, curated: _curated, ...fields } = event
  return { ...fields, key: '0', source: source(articleId, 0) }
}

/** A roadmap signed in the visit's sentence. */
const roadmap = (articleId: string, date: string): AgreementDraft => ({
  title: 'Roadmap',
  kind: 'document',
  count: null,
  date,
  place: null,
  parties: ['AZ', 'KZ'],
  sectors: [],
  docType: 'roadmap',
  years: null,
  occasionKey: null,
  source: source(articleId, 0),
})

describe('mergeSpilledOccasions', () => {
  const files = generateCorpus(120).map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) }))
  const results = files.map(processArticle)
  const collected = () => {
    const collector = new ArticleCollector(
      files.map((raw) => raw.file),
      null,
    )
    for (const result of results) collector.accept(result)
    return collector.finish().facts
  }

  it.each([
    [1, 1 << 23, 'one'],
    [3, 1, 'one per item'],
    [16, 20_000, 'several'],
  ])(
    'gives the in-memory merge of a corpus with %i group partitions and runs of %i characters (%s)',
    (partitions, runChars, runs) => {
      const spill = new DraftSpill(memoryPartitions(4), memoryPartitions(2))
      const collector = new ArticleCollector(
        files.map((raw) => raw.file),
        spill,
      )
      for (const result of results) collector.accept(result)
      expect(collector.finish().facts.events).toEqual([]) // the spill's owner merges them
      const saved: number[] = []
      const merged = mergeSpilledOccasions(spill.occasions, smallStore(partitions, runChars, saved))
      const expected = collected()
      expect(expected.events.length).toBeGreaterThan(50)
      expect(expected.agreements.some((agreement) => agreement.occasionId !== null)).toBe(true)
      expect([...merged.events()]).toEqual([...expected.events].sort(byId))
      expect([...merged.agreements()]).toEqual([...expected.agreements].sort(byId))
      // the merged occasions went through as many runs as their characters ask for
      if (runs === 'one') expect(saved).toEqual([expected.events.length])
      if (runs === 'one per item') expect(saved).toEqual(expected.events.map(() => 1))
      if (runs === 'several') expect(saved.length).toBeGreaterThan(1)
      if (runs === 'several') expect(Math.max(...saved)).toBeGreaterThan(1)
    },
  )

  it('joins visits on 31 December and 1 January into one occasion, as in memory', () => {
    const events = [visit('a', '2024-12-31'), visit('b', '2025-01-01'), visit('c', '2025-06-02')]
    const agreements = [roadmap('b', '2025-01-01')]
    const result = spilled(events, agreements, smallStore(2, 1))
    expect(result).toEqual(inMemory(events, agreements))
    expect(result.events.map((event) => event.sources.map((s) => s.articleId))).toEqual([['a', 'b'], ['c']])
    const newYear = result.events[0]!
    expect(newYear.date).toBe('2024-12-31')
    expect(result.agreements.map((agreement) => agreement.occasionId)).toEqual([newYear.id])
    expect(newYear.agreementIds).toEqual([result.agreements[0]!.id])
  })

  it('joins a range across the new year with a day of the next year, as in memory', () => {
    // the range is filed under its days of both years, so the day of 2025 finds it; the year 2025 does not contain
    // the group's start (30 December 2024), so it stays alone though it finds the group through the day
    const events = [
      visit('a', '2024-12-30', '2025-01-02'),
      visit('b', '2025-01-02'),
      visit('c', '2025'),
      visit('d', '2024-03-01'),
    ]
    const result = spilled(events, [], smallStore(3, 2))
    expect(result).toEqual(inMemory(events, []))
    const groups = result.events.map((event) => [
      event.date,
      event.dateEnd,
      event.sources.map((s) => s.articleId).join(),
    ])
    expect(groups.sort()).toEqual([
      ['2024-03-01', null, 'd'],
      ['2024-12-30', '2025-01-02', 'a,b'],
      ['2025', null, 'c'],
    ])
  })

  it('numbers repeated ids in the order the groups were made, across runs and partitions', () => {
    // the same visit told twice by one article is two occasions with one id: the first keeps it
    const events = [visit('a', '2025-05-01'), { ...visit('a', '2025-05-01'), key: '1' }, visit('b', '2025-05-09')]
    const result = spilled(events, [], smallStore(2, 1))
    expect(result).toEqual(inMemory(events, []))
    const ids = result.events.map((event) => event.id)
    expect(ids).toHaveLength(3)
    expect(ids.filter((id) => id.endsWith('-2'))).toHaveLength(1)
    expect(new Set(ids).size).toBe(3)
  })
})
