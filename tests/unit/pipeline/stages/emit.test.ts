import { describe, expect, it } from 'vitest'
import { articleFileName, emitDataset } from '../../../../src/pipeline/stages/emit'
import { articleSchema, factsFileSchema, type Dataset } from '../../../../src/schema/dataset'

const dataset: Dataset = {
  schemaVersion: 1,
  articles: [
    {
      id: '002_x',
      file: '002_x.txt',
      lang: 'az',
      published: '2025-12-15',
      title: 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub',
      outlet: 'Report',
      author: null,
      text: 'Qazaxıstanın Bakıdakı səfirliyində dəyirmi masa iclası keçirilib.',
      removed: [{ reason: 'news-feed list', text: 'Xəbər lenti' }],
    },
  ],
  figures: [],
  agreements: [],
  events: [],
  issues: [{ file: 'empty.txt', severity: 'error', message: 'the file is empty' }],
}

describe('emitDataset(dataset)', () => {
  const files = emitDataset(dataset)

  it('writes the complete dataset, its JSON Schema, the facts index, one file per article and the view files', () => {
    expect([...files.keys()].sort()).toEqual([
      'articles/002_x.json',
      'dataset.json',
      'dataset.schema.json',
      'facts.json',
      'views/agreements.json',
      'views/figures.json',
      'views/reader/002_x.json',
      'views/sources.json',
      'views/summary.json',
      'views/timeline.json',
    ])
    expect(JSON.parse(files.get('dataset.json') ?? '')).toEqual(dataset)
  })

  it('leaves article texts out of the facts index so the overview never downloads them', () => {
    const facts = factsFileSchema.parse(JSON.parse(files.get('facts.json') ?? ''))
    expect(facts.articles[0]).toEqual({
      id: '002_x',
      file: '002_x.txt',
      lang: 'az',
      published: '2025-12-15',
      title: dataset.articles[0]?.title,
      outlet: 'Report',
      author: null,
    })
    expect(files.get('facts.json')).not.toContain('səfirliyində')
    expect(facts.issues).toEqual(dataset.issues)
  })

  it('writes each article with its text where the app will look for it', () => {
    const article = articleSchema.parse(JSON.parse(files.get(articleFileName('002_x')) ?? ''))
    expect(article.text).toBe(dataset.articles[0]?.text)
  })

  it('ships a JSON Schema that names the contract fields', () => {
    const schema = JSON.parse(files.get('dataset.schema.json') ?? '') as { properties: Record<string, unknown> }
    expect(Object.keys(schema.properties)).toEqual([
      'schemaVersion',
      'articles',
      'figures',
      'agreements',
      'events',
      'issues',
    ])
  })
})
