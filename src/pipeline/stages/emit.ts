import * as z from 'zod/mini'
import type { Dataset, FactsFile } from '../../schema/dataset'
import { datasetSchema } from '../../schema/dataset'
import { viewSlices } from '../views/view-slices'

/** Serialises JSON the same way every time: two-space indent, trailing newline. */
const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Serialises a view file compactly: the browser reads it, and indentation would be a fifth of its bytes. */
export const toViewJson = (value: unknown) => JSON.stringify(value)

/** The file name of one article's text file, relative to the output folder. */
export const articleFileName = (articleId: string) => `articles/${articleId}.json`

/**
 * Lays the dataset out as files: the complete `dataset.json` (also a user download) and its JSON Schema, plus
 * `facts.json` (every fact, no article texts), one file per article, and the views' files (`views/`), so a view
 * downloads only what it shows.
 */
export function emitDataset(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>()
  files.set('dataset.json', toJson(dataset))
  files.set('dataset.schema.json', toJson(z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' })))
  const facts: FactsFile = {
    ...dataset,
    articles: dataset.articles.map(({ text: _text, removed: _removed, ...meta }) => meta),
  }
  files.set('facts.json', toJson(facts))
  for (const article of dataset.articles) files.set(articleFileName(article.id), toJson(article))
  const { articles: metas, figures, agreements, events } = facts
  for (const [path, value] of viewSlices({
    metas,
    figures: () => figures,
    agreements: () => agreements,
    events: () => events,
  }))
    files.set(path, toViewJson(value))
  return files
}
