import type { Article } from '../../schema/dataset'
import { shortHash } from '../ids'
import type { PipelineIssue } from '../types'

/** Ids compared as a case-insensitive file system compares `articles/<id>.json`: `Dup` and `dup` collide. */
const keyOf = (id: string) => id.toLowerCase()

/**
 * Makes article ids unique. Ids come from file stems, so `dup.txt`, `dup.html` and `x\dup.txt` all ask for `dup`:
 * the first file in name order keeps the stem, each later one gets the stem plus a hash of its file name, with a
 * warning naming both files. The same files always give the same ids, whatever order they come in.
 */
export function withUniqueIds(articles: readonly Article[]): { articles: Article[]; issues: PipelineIssue[] } {
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const owner = new Map<string, Article>()
  for (const article of sorted) if (!owner.has(keyOf(article.id))) owner.set(keyOf(article.id), article)
  const taken = new Set(owner.keys())
  const issues: PipelineIssue[] = []
  const unique = sorted.map((article) => {
    const first = owner.get(keyOf(article.id))
    if (first === article || !first) return article
    let id = `${article.id}-${shortHash(article.file)}`
    while (taken.has(keyOf(id))) id = `${article.id}-${shortHash(id)}` // a file may already be named like that
    taken.add(keyOf(id))
    const caseOnly = first.id === article.id ? '' : ` (as "${first.id}"; ids differing only in case would share a file)`
    const message = `the id "${article.id}" is already taken by ${first.file}${caseOnly}; this article's id is "${id}"`
    issues.push({ file: article.file, severity: 'warning', stage: 'ingest', message })
    return { ...article, id }
  })
  return { articles: unique, issues }
}
