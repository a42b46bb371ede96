import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startSearchThread } from '../../../../src/pipeline/parallel/search-thread'
import { writeSearchIndex } from '../../../../src/pipeline/search/write-search-index'
import { factReaders } from '../../../../src/pipeline/spill/fact-readers'
import { articleFileName } from '../../../../src/pipeline/stages/emit'
import type { Article } from '../../../../src/schema/dataset'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const ARTICLES: Pick<Article, 'id' | 'title' | 'lang' | 'text'>[] = [
  {
    id: 'a1',
    title: 'Bakı və Astana',
    lang: 'az',
    text: 'Azərbaycan ilə Qazaxıstan arasında ticarət artır. Dəmir yolu.',
  },
  { id: 'a2', title: 'Средний коридор', lang: 'ru', text: 'Объём перевозок вырос на 62%. Каспийский маршрут.' },
]

/** A staging folder as the build leaves it before the writers: article files and the facts' JSON lines (empty). */
function staging(): { dir: string; files: { figures: string; agreements: string; events: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-search-thread-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'articles'))
  for (const article of ARTICLES) writeFileSync(join(dir, articleFileName(article.id)), JSON.stringify(article))
  const files = { figures: join(dir, 'f.jsonl'), agreements: join(dir, 'a.jsonl'), events: join(dir, 'e.jsonl') }
  for (const path of Object.values(files)) writeFileSync(path, '')
  return { dir, files }
}

/** Every file under a folder (the index the build wrote), by path relative to it. */
function filesUnder(dir: string, prefix = 'search'): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = `${prefix}/${entry.name}`
    if (entry.isDirectory()) for (const [inner, text] of filesUnder(dir, path)) files.set(inner, text)
    else files.set(path, readFileSync(join(dir, path), 'utf8'))
  }
  return files
}

describe('startSearchThread(task)', () => {
  it('writes in a worker thread the same index this thread writes', async () => {
    const ids = ARTICLES.map((article) => article.id)
    const inWorker = staging()
    const search = startSearchThread({ staging: inWorker.dir, ids, files: inWorker.files })
    await search.done
    await search.stop()
    const inThread = staging()
    writeSearchIndex(inThread.dir, { ids, ...factReaders(inThread.files) })
    const written = filesUnder(inWorker.dir)
    expect([...written.keys()]).toContain('search/manifest.json')
    expect(written).toEqual(filesUnder(inThread.dir))
  })

  it('rejects with the reason when the index cannot be written (an article file missing)', async () => {
    const { dir, files } = staging()
    const search = startSearchThread({ staging: dir, ids: ['a1', 'gone'], files })
    await expect(search.done).rejects.toThrow(/search index failed.*ENOENT.*gone\.json/s)
    await search.stop()
  })
})
