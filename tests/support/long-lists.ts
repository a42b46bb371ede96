import type { Agreement, CorridorEvent, FactsFile, Sector } from '../../src/schema/dataset'
import { loadFacts, makeEvent, makeFacts } from './builders'

// Lists long enough to be paged, which several component tests share.

const fixture = loadFacts()
const [template] = fixture.agreements as [Agreement]
/** The two articles the long list's sources alternate between (every third cites the second). */
export const [firstArticle, secondArticle] = fixture.articles
const SECTORS: Sector[] = ['energy', 'transport']

/** 120 dated roadmaps, alternately energy and transport: a list five pages long at 25 a page, its sources in two outlets. */
export function longList(): FactsFile {
  const agreements: Agreement[] = Array.from({ length: 120 }, (_, index) => ({
    ...template,
    id: `agreement-${String(index).padStart(3, '0')}`,
    kind: 'document',
    count: null,
    docType: 'roadmap',
    title: `Roadmap ${index}`,
    date: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`,
    sectors: [SECTORS[index % 2]!],
    occasionId: null,
    sources: [{ ...template.sources[0]!, articleId: (index % 3 === 0 ? secondArticle : firstArticle)!.id }],
  }))
  return makeFacts({ agreements, events: [] })
}

/**
 * `count` occasions in 2024 (400 unless told), every `quietEvery`th (fourth) between Kazakhstan and Turkmenistan, the
 * rest between Azerbaijan and Kazakhstan.
 */
export function denseFacts(count = 400, quietEvery = 4): FactsFile {
  const events: CorridorEvent[] = Array.from({ length: count }, (_, index) =>
    makeEvent(`occasion-${String(index).padStart(3, '0')}`, {
      title: { en: `Meeting ${index}`, tr: `Toplantı ${index}`, az: `Görüş ${index}` },
      countries: index % quietEvery === 0 ? ['KZ', 'TM'] : ['AZ', 'KZ'],
      date: `2024-${String((index % 12) + 1).padStart(2, '0')}-10`,
    }),
  )
  return makeFacts({ events, agreements: [] })
}
