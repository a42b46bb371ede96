import { afterEach, describe, expect, it, vi } from 'vitest'
import type { $ZodType } from 'zod/v4/core'
import rawFacts from '../../fixtures/facts.small.json'
import { DataFileError, fetchJson } from '../../../src/data/fetch-json'
import { parseSharedSearch } from '../../../src/lib/shared-search'
import { SECTORS, articleSchema, factsFileSchema, type FactsFile } from '../../../src/schema/dataset'
import { searchDocChunkSchema } from '../../../src/schema/search-index'

// The schemas are written in zod/mini. Every path and message below is what the classic-zod schemas they replaced
// reported for the same input, so the browser's error view names the same place with the same words.

/** The facts fixture as loose JSON, for a case to break one field of. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reaches into the JSON to break it
type Broken = any

/** A mutable copy of the facts fixture. */
const facts = (): Broken => structuredClone(rawFacts)

async function schemaFailure(file: string, body: unknown, schema: $ZodType = factsFileSchema): Promise<string> {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body))),
  )
  const error = await fetchJson(file, schema).then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof DataFileError)) throw new Error(`expected a DataFileError, got ${String(error)}`)
  return error.message
}

const oneOf = (values: readonly string[]) => `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`

describe('the app schemas (zod/mini) reject what they rejected before, at the same path', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('accept the facts fixture and fill the same defaults', () => {
    const input = facts()
    delete input.figures[0].confidence
    delete input.figures[0].reviewReasons
    delete input.events[0].guests
    input.figures[1].unknownKey = 'dropped'
    const parsed: FactsFile = factsFileSchema.parse(input)
    expect(parsed.figures[0]).toMatchObject({ confidence: 'high', reviewReasons: [] })
    expect(parsed.events[0]).toMatchObject({ guests: [], status: 'happened' })
    expect(parsed.agreements[0]?.docType).toBeNull()
    expect(parsed.figures[1]).not.toHaveProperty('unknownKey')
  })

  it.each([
    [
      'a figure with a wrong kind',
      (f: Broken) => void (f.figures[0].kind = 'promise'),
      'figures.0.kind',
      oneOf(['target', 'achieved', 'forecast']),
    ],
    [
      'a source offset that is not an integer',
      (f: Broken) => void (f.figures[0].sources[0].start = 1.5),
      'figures.0.sources.0.start',
      'Invalid input: expected int, received number',
    ],
    [
      'a negative source offset',
      (f: Broken) => void (f.figures[0].sources[0].start = -1),
      'figures.0.sources.0.start',
      'Too small: expected number to be >=0',
    ],
    [
      'an unknown sector',
      (f: Broken) => void (f.figures[0].sectors = ['mining']),
      'figures.0.sectors.0',
      oneOf(SECTORS),
    ],
    [
      'a span longer than its quote',
      (f: Broken) => void (f.figures[0].sources[0].end += 1),
      'figures.0.sources.0.end',
      'span 1135–1287 is 152 characters, the quote 151',
    ],
    [
      'a mention outside its quote',
      (f: Broken) => void (f.figures[0].sources[0].mention = { start: 1130, end: 1135 }),
      'figures.0.sources.0.mention',
      "mention 1130–1135 is not inside the quote's span 1135–1286",
    ],
    [
      'a figure without sources',
      (f: Broken) => void (f.figures[0].sources = []),
      'figures.0.sources',
      'Too small: expected array to have >=1 items',
    ],
    [
      'a lower-case country code',
      (f: Broken) => void (f.figures[0].countries = ['az']),
      'figures.0.countries.0',
      'Invalid string: must match pattern /^[A-Z]{2}$/',
    ],
    [
      'a missing label',
      (f: Broken) => void delete f.figures[0].label,
      'figures.0.label',
      'Invalid input: expected string, received undefined',
    ],
    [
      'an agreement count of zero',
      (f: Broken) => void (f.agreements[0].count = 0),
      'agreements.0.count',
      'Too small: expected number to be >0',
    ],
    [
      'an occasion title without Azerbaijani',
      (f: Broken) => void (f.events[0].title = { en: 'x', tr: 'y' }),
      'events.0.title.az',
      'Invalid input: expected string, received undefined',
    ],
    [
      'a publication date that is not a day',
      (f: Broken) => void (f.articles[0].published = '2025-13-01'),
      'articles.0.published',
      'Invalid ISO date',
    ],
    ['another schema version', (f: Broken) => void (f.schemaVersion = 2), 'schemaVersion', 'Invalid input: expected 1'],
  ])('rejects %s in facts.json, naming the file and the path', async (_name, breakIt, path, message) => {
    const input = facts()
    breakIt(input)
    expect(factsFileSchema.safeParse(input).success).toBe(false)
    expect(await schemaFailure('facts.json', input)).toBe(`facts.json: schema mismatch at ${path}: ${message}`)
  })

  it('rejects an article file with an empty text, and a search block with an unknown type', async () => {
    const article = { id: 'a', file: 'a.txt', lang: 'tr', published: null, title: 't', outlet: null, author: null }
    expect(await schemaFailure('articles/a.json', { ...article, text: '', removed: [] }, articleSchema)).toBe(
      'articles/a.json: schema mismatch at text: Too small: expected string to have >=1 characters',
    )
    expect(await schemaFailure('search/docs/0.json', [{ type: 'fact', id: 'x' }], searchDocChunkSchema)).toBe(
      "search/docs/0.json: schema mismatch at 0.type: Invalid discriminator value. Expected 'article' | 'figure' | 'agreement' | 'occasion'",
    )
  })

  it('drops an unknown sector from the URL and reports it', () => {
    const { sectors, notices } = parseSharedSearch(new URLSearchParams('sector=mining~Trade'))
    expect(sectors).toEqual(['trade'])
    expect(notices).toEqual([{ param: 'sector', value: 'mining' }])
  })
})
