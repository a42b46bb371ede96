import { buildDataset } from '../../../src/pipeline/build-dataset'

/** Builds articles given as [file, text] and lists each occasion as kind, date, status and the files telling it. */
export function occasions(articles: [string, string][]) {
  const files = articles.map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }))
  const { dataset } = buildDataset(files)
  const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]))
  return dataset.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    status: e.status,
    files: [...new Set(e.sources.map((s) => fileOf.get(s.articleId)))].sort(),
  }))
}
