import { describe, expect, it } from 'vitest'
import { compareBest, barKey } from '../../../../src/pipeline/views/bar-top-k'
import { FIGURES_PER_BAR, SOURCES_PER_FIGURE } from '../../../../src/pipeline/views/figure-slices'
import { ARTICLES_PER_READER_PARTITION } from '../../../../src/pipeline/views/reader-slices'
import { capSources } from '../../../../src/pipeline/views/slice-parts'
import { viewSlices, type SliceInput } from '../../../../src/pipeline/views/view-slices'
import type { Figure, Sector } from '../../../../src/schema/dataset'
import type { ViewSlice } from '../../../../src/schema/view-files'
import { loadFacts, makeEvent, makeFigure, makeSourceRef } from '../../../support/builders'

const meta = loadFacts().articles[0]!
const SECTORS: Sector[][] = [['trade'], ['energy'], ['trade', 'energy'], []]
const COUNTRIES = [['AZ', 'KZ'], ['KZ'], ['TM', 'AZ'], []]

/** A corpus with crowded bars, every filter value and derived figures whose bases are thinned from their own bar. */
function corpus(articles: number): SliceInput {
  const figures: Figure[] = []
  for (let n = 0; n < articles * 2; n++) {
    const sources = Array.from({ length: 1 + ((n * 7) % 9) }, (_, k) =>
      makeSourceRef({ articleId: `a-${String((n + k * 13) % articles).padStart(5, '0')}`, start: k }),
    )
    figures.push(
      makeFigure({
        id: `f-${String(n).padStart(6, '0')}`,
        value: n % 11 === 0 ? null : 1e6 * (n % 17),
        confidence: n % 5 === 0 ? 'review' : 'high',
        deadline: `${2026 + (n % 4)}`,
        metric: ['trade-turnover', 'oil-transit', 'container-traffic'][n % 3]!,
        sectors: SECTORS[n % 4]!,
        countries: COUNTRIES[(n >> 2) % 4]!,
        derived: n % 29 === 3 ? { formula: 'x / 2', from: [`f-${String(n - 3).padStart(6, '0')}`] } : null,
        sources,
      }),
    )
  }
  figures.sort((a, b) => (a.id < b.id ? -1 : 1))
  const metas = Array.from({ length: articles }, (_, n) => ({ ...meta, id: `a-${String(n).padStart(5, '0')}` }))
  const events = [makeEvent('e-1', { sources: [makeSourceRef({ articleId: 'a-00001' })] })]
  return { metas, figures: () => figures, agreements: () => [], events: () => events }
}

/** Thinning as the in-memory build did it: every bar sorted whole and cut, plus the bases of kept derived figures. */
function thinWhole(figures: readonly Figure[], bySector: boolean): string[] {
  const bars = new Map<string, Figure[]>()
  for (const figure of figures)
    bars.set(barKey(figure, bySector), [...(bars.get(barKey(figure, bySector)) ?? []), figure])
  const kept = new Set([...bars.values()].flatMap((bar) => [...bar].sort(compareBest).slice(0, FIGURES_PER_BAR)))
  for (const figure of [...kept]) {
    for (const id of figure.derived?.from ?? []) kept.add(figures.find((other) => other.id === id) ?? figure)
  }
  return figures.filter((figure) => kept.has(figure)).map((figure) => figure.id)
}

const filesOf = (input: SliceInput) => new Map([...viewSlices(input)].map(([path, v]) => [path, v as ViewSlice]))

describe('viewSlices over streamed figures', () => {
  it('thins each figure file with a top-K per bar exactly as sorting whole bars did, reading the figures five times', () => {
    const input = corpus(300)
    const all = [...input.figures()]
    let reads = 0
    const files = filesOf({ ...input, figures: () => (reads++, all) })
    // the summary, the figure files (kept figures, then the bases of derived ones), the list of articles' counts, readers
    expect(reads).toBe(5)
    const ids = (path: string) => files.get(path)!.figures.map((figure) => figure.id)
    expect(ids('views/figures.json')).toEqual(thinWhole(all, false))
    expect(ids('views/figures.json').length).toBeLessThan(all.length)
    for (const sector of ['trade', 'energy'] as const) {
      const own = all.filter((figure) => figure.sectors.includes(sector))
      expect(ids(`views/figures/sector-${sector}.json`), sector).toEqual(thinWhole(own, false))
    }
    for (const country of ['AZ', 'KZ', 'TM']) {
      const own = all.filter((figure) => figure.countries.includes(country))
      expect(ids(`views/figures/country-${country}.json`), country).toEqual(thinWhole(own, true))
    }
  })

  it(`writes every reader file, in the articles' order, across partitions of ${ARTICLES_PER_READER_PARTITION}`, () => {
    const input = corpus(ARTICLES_PER_READER_PARTITION * 2 + 100)
    const all = [...input.figures()]
    const readers = [...viewSlices(input)].filter(([path]) => path.startsWith('views/reader/'))
    expect(readers.map(([path]) => path)).toEqual(input.metas.map((m) => `views/reader/${m.id}.json`))
    for (const [path, value] of readers.filter((_, n) => n % 97 === 1)) {
      const id = /reader\/(.+)\.json$/.exec(path)![1]!
      const counts: Record<string, number> = {}
      const cites = all.filter((figure) => figure.sources.some((source) => source.articleId === id))
      const expected = cites.map((figure) => capSources(figure, SOURCES_PER_FIGURE, counts, id))
      const slice = value as ViewSlice
      expect(slice.figures, path).toEqual(expected)
      expect(slice.sourceCounts ?? {}, path).toEqual(counts)
      expect(slice.events.map((event) => event.id)).toEqual(id === 'a-00001' ? ['e-1'] : [])
    }
  }, 60_000)
})
