import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { busiestMetric, readBuiltFacts, searchWordOf } from '../../../bench/built-data'
import facts from '../../fixtures/facts.small.json'

describe('busiestMetric(figures)', () => {
  it.each([
    ['picks the metric with the most figures', ['a', 'b', 'b'], { metric: 'b', figures: 2 }],
    ['breaks ties by name', ['b', 'a'], { metric: 'a', figures: 1 }],
    ['gives null without figures', [], null],
  ])('%s', (_, metrics, expected) => {
    expect(busiestMetric(metrics.map((metric) => ({ metric })))).toEqual(expected)
  })
})

describe('searchWordOf(articles)', () => {
  it.each([
    [
      'takes the longest word of the first title, in lower case',
      ['Kazakhstan and Turkey agree', 'Other'],
      'kazakhstan',
    ],
    ['reads letters of any script', ['Türkiyə ilə əməkdaşlıq'], 'əməkdaşlıq'],
    ['gives null without articles', [], null],
  ])('%s', (_, titles, expected) => {
    expect(searchWordOf(titles.map((title) => ({ title })))).toBe(expected)
  })
})

describe('readBuiltFacts(path)', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  const written = (value: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'built-facts-'))
    dirs.push(dir)
    // the pipeline's own layout: pretty-printed, two spaces an indent
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(value, null, 2))
    return join(dir, 'facts.json')
  }

  it('reads the ids, titles and metrics a full parse gives', async () => {
    const built = await readBuiltFacts(written(facts))
    expect(built.articles).toEqual(facts.articles.map(({ id, title }) => ({ id, title })))
    expect(built.figures).toEqual(facts.figures.map(({ metric }) => ({ metric })))
    expect(built.figures.length).toBeGreaterThan(0)
  })

  it('reads escaped quotes, and not the keys of nested objects or other lists', async () => {
    const odd = {
      articles: [{ id: 'a-1', title: 'The "Middle" Corridor', meta: { id: 'nested', title: 'nested' } }],
      figures: [{ id: 'f', metric: 'trade-turnover', source: { metric: 'nested' } }],
      agreements: [{ id: 'x', title: 'not an article', metric: 'not a figure' }],
    }
    expect(await readBuiltFacts(written(odd))).toEqual({
      articles: [{ id: 'a-1', title: 'The "Middle" Corridor' }],
      figures: [{ metric: 'trade-turnover' }],
    })
  })
})
