import { vi } from 'vitest'
import rawFacts from '../fixtures/facts.small.json'
import { viewSummary } from '../../src/pipeline/views/view-slices'
import { viewFiles } from '../../src/schema/view-files'
import { viewFilesOf } from './seed-view-data'
import {
  factsFileSchema,
  type CorridorEvent,
  type FactsFile,
  type Figure,
  type SourceRef,
} from '../../src/schema/dataset'

/** Loads the hand-made facts fixture, validated against the shared schema so a stale fixture fails loudly. */
export function loadFacts(): FactsFile {
  return factsFileSchema.parse(rawFacts)
}

/** Builds a source reference with sensible defaults. */
export function makeSourceRef(overrides: Partial<SourceRef> = {}): SourceRef {
  const quote = overrides.quote ?? 'Ticaret hacmi 1 milyar dolara ulaşacak.'
  const start = overrides.start ?? 0
  return {
    articleId: 'a-article',
    start,
    end: start + quote.length,
    quote,
    mention: null,
    curated: false,
    ...overrides,
  }
}

let figureCounter = 0

/** Builds a figure with sensible defaults; every call gets a fresh id. */
export function makeFigure(overrides: Partial<Figure> = {}): Figure {
  figureCounter += 1
  return {
    id: `figure-${figureCounter}`,
    metric: 'trade-turnover',
    label: 'Bilateral trade turnover',
    kind: 'target',
    confidence: 'high',
    reviewReasons: [],
    value: 1e9,
    valueMax: null,
    unit: 'USD',
    qualifier: 'exact',
    year: null,
    deadline: null,
    horizon: null,
    derived: null,
    conflict: null,
    sectors: ['trade'],
    countries: ['AZ', 'KZ'],
    curated: false,
    sources: [makeSourceRef()],
    ...overrides,
  }
}

/** Builds an occasion with sensible defaults (Aliyev's state visit to Kazakhstan); `id` names it. */
export function makeEvent(id: string, overrides: Partial<CorridorEvent> = {}): CorridorEvent {
  return {
    id,
    kind: 'state-visit',
    status: 'happened',
    title: {
      en: "Aliyev's state visit to Kazakhstan",
      tr: "Aliyev'in Kazakistan'a devlet ziyareti",
      az: 'Əliyevin Qazaxıstana dövlət səfəri',
    },
    date: '2025-10-21',
    dateEnd: null,
    dateBasis: 'stated',
    place: 'Astana',
    embassyOf: null,
    body: null,
    ordinal: null,
    countries: ['AZ', 'KZ'],
    host: 'KZ',
    guests: ['AZ'],
    participants: [],
    parts: [],
    agreementIds: [],
    curated: false,
    sources: [makeSourceRef()],
    ...overrides,
  }
}

/** Builds a facts file: the fixture with some parts replaced. */
export function makeFacts(overrides: Partial<FactsFile> = {}): FactsFile {
  return { ...loadFacts(), ...overrides }
}

/** Builds a fetch Response holding JSON. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

/**
 * Stubs `fetch` to hold every request until `release()`, then answer with `failure()` until `fix()`, and with the
 * fixture facts after: a view's loading, error and Retry states, one after the other.
 */
export function stubGatedFetch(failure: () => Response) {
  const served = serveData(loadFacts())
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  let fixed = false
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      await gate
      return fixed ? served(url) : failure()
    }),
  )
  return {
    release: () => release(),
    fix: () => {
      fixed = true
    },
  }
}

/**
 * Answers a data URL the way the deployed data folder would for these facts: the build's summary and view files
 * (cut from the facts by the build's own code), 404 for anything else.
 */
export function serveData(facts: FactsFile): (url: string) => Response {
  const files = viewFilesOf(facts)
  const summary = viewSummary(facts.articles, facts.figures)
  return (url) => {
    const path = url.replace(/^.*?\/data\//, '')
    if (path === viewFiles.summary) return jsonResponse(summary)
    const slice = files.get(path)
    return slice ? jsonResponse(slice) : new Response('missing', { status: 404 })
  }
}
