import { describe, expect, it } from 'vitest'
import { ArticleCollector } from '../../../../src/pipeline/stream/collect-articles'
import type { ArticleResult } from '../../../../src/pipeline/stream/process-article'
import { articleId } from '../../../../src/pipeline/stages/ingest'

/** The per-article stage's result for a file whose text is keyed `textKey`, with no facts. */
const result = (file: string, textKey: string): ArticleResult => ({
  file,
  article: {
    id: articleId(file),
    file,
    lang: 'az',
    published: null,
    title: 'Qazaxıstan və Azərbaycan',
    outlet: null,
    author: null,
    text: textKey,
    removed: [],
  },
  textKey,
  drafts: { figures: [], agreements: [], events: [] },
  readIssues: [],
  boundIssues: [],
})

/** Accepts the files in the order given; the collector is told of them in name order, as the stream is. */
function collect(files: readonly [string, string][]) {
  const collector = new ArticleCollector([...files.map(([file]) => file)].sort())
  const ids = files.map(([file, key]) => collector.accept(result(file, key))?.id ?? null)
  return { ids, messages: collector.finish().issues.map((issue) => `${issue.file}: ${issue.message}`) }
}

describe('ArticleCollector', () => {
  it('names the first file with the same text when it drops a duplicate', () => {
    const { ids, messages } = collect([
      ['a.txt', 'text-1'],
      ['b.txt', 'text-2'],
      ['c.txt', 'text-1'],
    ])
    expect(ids).toEqual(['a', 'b', null])
    expect(messages).toEqual(['c.txt: duplicate of a.txt; merged into it'])
  })

  it("names the owner's file and id when a later file's id differs from it only in case", () => {
    const { ids, messages } = collect([
      ['Dup.txt', 'text-1'],
      ['dup.txt', 'text-2'],
    ])
    expect(ids[0]).toBe('Dup')
    expect(ids[1]).toMatch(/^dup-\w{7}$/)
    expect(messages).toEqual([
      `dup.txt: the id "dup" is already taken by Dup.txt (as "Dup"; ids differing only in case would share a file); this article's id is "${ids[1]}"`,
    ])
  })

  it('never gives a hashed id that a later file has as its stem', () => {
    const first = collect([
      ['dup.html', 'text-1'],
      ['dup.txt', 'text-2'],
    ]).ids[1]!
    const { ids } = collect([
      ['dup.html', 'text-1'],
      ['dup.txt', 'text-2'],
      [`${first}.txt`, 'text-3'],
    ])
    expect(ids[2]).toBe(first)
    expect(new Set(ids.map((id) => id?.toLowerCase())).size).toBe(3)
  })

  it('still names the right files when results skip some of the list (files that could not be read)', () => {
    const collector = new ArticleCollector(['a.txt', 'b.txt', 'c.txt', 'd.txt'])
    collector.accept(result('b.txt', 'text-1'))
    collector.accept(result('d.txt', 'text-1'))
    expect(collector.finish().issues.map((issue) => issue.message)).toEqual(['duplicate of b.txt; merged into it'])
  })

  it('refuses a result for a file it was not given', () => {
    const collector = new ArticleCollector(['a.txt'])
    expect(() => collector.accept(result('z.txt', 'text-1'))).toThrow('the collector was not given z.txt')
  })
})
