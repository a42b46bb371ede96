import type { Article } from '../../schema/dataset'
import type { PipelineIssue, RawFile } from '../types'

/** Decodes one input file, reads its header, cleans its body and detects its language. STUB: replaced by ingest/clean. */
export function readArticle(raw: RawFile): { article: Article | null; issues: PipelineIssue[] } {
  const text = new TextDecoder().decode(raw.bytes)
  const id = raw.file.replace(/\.[^.]+$/, '')
  return {
    article: {
      id,
      file: raw.file,
      lang: 'und',
      published: null,
      title: id,
      outlet: null,
      author: null,
      text,
      removed: [],
    },
    issues: [],
  }
}
