import { describe, expect, it } from 'vitest'
import { findSourceOffsetProblem } from '../../../src/data/check-source-offsets'
import { sourceRefSchema, type Article, type SourceRef } from '../../../src/schema/dataset'
import { makeFacts, makeFigure, makeSourceRef } from '../../support/builders'

const TEXT = 'Ticaret hacmi 1 milyar dolara ulaşacak. Yük 4,5 milyon tona ulaştı.'
const ARTICLE: Article = {
  id: 'a-article',
  file: 'a-article.txt',
  lang: 'tr',
  published: null,
  title: 'Başlık',
  outlet: null,
  author: null,
  text: TEXT,
  removed: [],
}
const SECOND = 'Yük 4,5 milyon tona ulaştı.'
const SECOND_START = TEXT.indexOf(SECOND)

describe('findSourceOffsetProblem(facts, article)', () => {
  it.each<[string, Partial<SourceRef>, string | null]>([
    ['accepts a span that holds its quote', {}, null],
    ['accepts a span at the very end of the article', { start: SECOND_START, quote: SECOND }, null],
    ['ignores a source citing another article', { articleId: 'b-article', start: 500, end: 540 }, null],
    [
      'rejects a span that runs past the end of the article',
      { start: TEXT.length - 5, end: TEXT.length + 34 },
      `span ${TEXT.length - 5}–${TEXT.length + 34} runs past the end of article a-article (${TEXT.length} characters)`,
    ],
    [
      'rejects a span wholly outside the article',
      { start: 1000, end: 1039 },
      `span 1000–1039 runs past the end of article a-article (${TEXT.length} characters)`,
    ],
    [
      'rejects a span that holds other words than its quote',
      { start: 1, end: 40 },
      'span 1–40 of article a-article does not hold the quoted words',
    ],
  ])('%s', (_name, overrides, expected) => {
    const facts = makeFacts({
      figures: [makeFigure(), makeFigure({ sources: [makeSourceRef(), makeSourceRef(overrides)] })],
      agreements: [],
      events: [],
    })
    const problem = findSourceOffsetProblem(facts, ARTICLE)
    expect(problem).toEqual(expected === null ? null : { path: 'figures.1.sources.1', message: expected })
  })

  it('names agreements and events by their own list', () => {
    const facts = makeFacts({ figures: [], events: [] })
    const [agreement] = facts.agreements
    if (!agreement) throw new Error('the fixture has no agreement')
    const broken = { ...agreement, sources: [makeSourceRef({ start: 1000, end: 1039 })] }
    expect(findSourceOffsetProblem({ ...facts, agreements: [agreement, broken] }, ARTICLE)?.path).toBe(
      'agreements.1.sources.0',
    )
  })
})

describe('sourceRefSchema', () => {
  const quote = 'Ticaret hacmi 1 milyar dolara ulaşacak.'
  it.each<[string, Partial<SourceRef>, string[]]>([
    ['accepts a span as long as its quote', {}, []],
    ['accepts a mention inside the span', { mention: { start: 14, end: 29 } }, []],
    ['accepts a mention that is the whole span', { mention: { start: 0, end: quote.length } }, []],
    ['rejects start after end', { start: 50, end: 11 }, ['end: end 11 is before start 50']],
    [
      'rejects a span of another length than the quote',
      { start: 0, end: 10 },
      [`end: span 0–10 is 10 characters, the quote ${quote.length}`],
    ],
    [
      'rejects a mention outside the span',
      { mention: { start: 30, end: 60 } },
      [`mention: mention 30–60 is not inside the quote's span 0–${quote.length}`],
    ],
    [
      'rejects a reversed mention',
      { mention: { start: 20, end: 14 } },
      [`mention: mention 20–14 is not inside the quote's span 0–${quote.length}`],
    ],
  ])('%s', (_name, overrides, expected) => {
    const result = sourceRefSchema.safeParse(makeSourceRef({ quote, ...overrides }))
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
    expect(messages).toEqual(expected)
  })
})
