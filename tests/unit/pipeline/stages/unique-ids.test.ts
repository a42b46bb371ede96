import { describe, expect, it } from 'vitest'
import { withUniqueIds } from '../../../../src/pipeline/stages/unique-ids'
import type { Article } from '../../../../src/schema/dataset'

const article = (file: string, id: string): Article => ({
  id,
  file,
  lang: 'tr',
  published: null,
  title: id,
  outlet: null,
  author: null,
  text: file,
  removed: [],
})

describe('withUniqueIds(articles)', () => {
  it('keeps ids that are already unique', () => {
    const { articles, issues } = withUniqueIds([article('a.txt', 'a'), article('b.txt', 'b')])
    expect(articles.map((a) => a.id)).toEqual(['a', 'b'])
    expect(issues).toEqual([])
  })

  it('lets the first file by name keep a shared stem and gives the others a hashed id, with a warning', () => {
    const { articles, issues } = withUniqueIds([article('dup.txt', 'dup'), article('dup.html', 'dup')])
    expect(articles.map((a) => [a.file, a.id])).toEqual([
      ['dup.html', 'dup'],
      ['dup.txt', expect.stringMatching(/^dup-\w{7}$/)],
    ])
    expect(issues).toEqual([
      {
        file: 'dup.txt',
        severity: 'warning',
        stage: 'ingest',
        message: `the id "dup" is already taken by dup.html; this article's id is "${articles[1]?.id}"`,
      },
    ])
  })

  it('treats ids that differ only in case as one (they would share a file on macOS or Windows)', () => {
    const { articles, issues } = withUniqueIds([article('dup.txt', 'dup'), article('Dup.txt', 'Dup')])
    expect(articles[0]?.id).toBe('Dup')
    expect(articles[1]?.id).toMatch(/^dup-\w{7}$/)
    expect(issues[0]?.message).toMatch(
      /^the id "dup" is already taken by Dup\.txt \(as "Dup"; ids differing only in case/,
    )
  })

  it('never hands out an id a file already has', () => {
    const first = withUniqueIds([article('a.txt', 'dup'), article('b.txt', 'dup')]).articles[1]?.id ?? ''
    const { articles } = withUniqueIds([article('a.txt', 'dup'), article('b.txt', 'dup'), article('c.txt', first)])
    const ids = articles.map((a) => a.id.toLowerCase())
    expect(new Set(ids).size).toBe(3)
    expect(articles.find((a) => a.file === 'c.txt')?.id).toBe(first)
  })

  it('gives the same ids whatever order the files come in', () => {
    const files = [article('x\\dup.txt', 'dup'), article('dup.txt', 'dup'), article('dup.html', 'dup')]
    const ids = (list: Article[]) => withUniqueIds(list).articles.map((a) => `${a.file}=${a.id}`)
    expect(ids([...files].reverse())).toEqual(ids(files))
  })
})
