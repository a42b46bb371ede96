import { describe, expect, it } from 'vitest'
import {
  MAX_FILE_BYTES,
  readInputFolder,
  type EntryStats,
  type InputFileSystem,
} from '../../../src/pipeline/read-input'

type FakeEntry = { file: string; size?: number } | { dir: string[] } | { fails: string }

const stats = (kind: 'file' | 'dir', size = 10): EntryStats => ({
  isFile: () => kind === 'file',
  isDirectory: () => kind === 'dir',
  isSymbolicLink: () => false,
  size,
})

/** An in-memory folder: paths relative to `in/`, files of a given size, folders listing their names, failing reads. */
function fakeFolder(entries: Record<string, FakeEntry>): InputFileSystem {
  const entryAt = (path: string) => {
    const entry = entries[path.replace(/^in\/?/, '')]
    if (!entry) throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' })
    return entry
  }
  const statOf = async (path: string) => {
    const entry = entryAt(path)
    return 'dir' in entry ? stats('dir') : stats('file', 'file' in entry ? (entry.size ?? 10) : 10)
  }
  return {
    readdir: async (path) => {
      const entry = path === 'in' ? { dir: Object.keys(entries).filter((key) => !key.includes('/')) } : entryAt(path)
      if (!('dir' in entry)) throw new Error(`not a folder: ${path}`)
      return [...entry.dir]
    },
    lstat: statOf,
    stat: statOf,
    readFile: async (path) => {
      const entry = entryAt(path)
      if ('fails' in entry) throw Object.assign(new Error(`${entry.fails}: ${path}`), { code: entry.fails })
      return new TextEncoder().encode('file' in entry ? entry.file : '')
    },
  }
}

describe('readInputFolder(dir, fs)', () => {
  it('reads files in name order and reports a failed read by name and code, without the path', async () => {
    const folder = await readInputFolder(
      'in',
      fakeFolder({ 'b.txt': { file: 'B' }, 'a.txt': { file: 'A' }, 'c.txt': { fails: 'EIO' } }),
    )
    expect(folder.files.map((f) => f.file)).toEqual(['a.txt', 'b.txt'])
    expect(folder.issues).toEqual([
      { file: 'c.txt', severity: 'error', stage: 'ingest', message: 'could not be read (EIO: input/output error)' },
    ])
  })

  it('skips a file over the size limit without reading it', async () => {
    const folder = await readInputFolder('in', fakeFolder({ 'big.txt': { file: 'x', size: MAX_FILE_BYTES + 1 } }))
    expect(folder.files).toEqual([])
    expect(folder.issues[0]?.message).toBe('skipped: too large to be an article (16.0 MB; the limit is 16 MB)')
  })

  it('names the first 20 files of a subfolder and counts the rest', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`)
    const entries: Record<string, FakeEntry> = { sub: { dir: names } }
    for (const name of names) entries[`sub/${name}`] = { file: 'x' }
    const { issues } = await readInputFolder('in', fakeFolder(entries))
    expect(issues).toHaveLength(21)
    expect(issues[0]).toMatchObject({ file: 'sub/f00.txt', message: expect.stringMatching(/^skipped: in a subfolder/) })
    expect(issues[20]).toMatchObject({ file: 'sub/', message: 'skipped: 5 more files in this subfolder' })
  })

  it('gives the curation file apart, or the reason it could not be read', async () => {
    const readable = await readInputFolder('in', fakeFolder({ 'curation.json': { file: '{}' } }))
    expect(readable.curation).toEqual({ bytes: new TextEncoder().encode('{}') })
    const locked = await readInputFolder('in', fakeFolder({ 'curation.json': { fails: 'EACCES' } }))
    expect(locked.curation).toEqual({ error: 'could not be read (EACCES: permission denied)' })
    expect(locked.files).toEqual([])
  })

  it('throws when the folder itself cannot be listed', async () => {
    const fs = fakeFolder({})
    await expect(
      readInputFolder('missing', { ...fs, readdir: () => Promise.reject(new Error('ENOENT')) }),
    ).rejects.toThrow('ENOENT')
  })
})
