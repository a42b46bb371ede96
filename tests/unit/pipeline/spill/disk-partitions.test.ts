import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BUFFERED_CHARS, DiskPartitions, flushCharsFor } from '../../../../src/pipeline/spill/disk-partitions'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A new empty folder for one test's partition files. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'partitions-'))
  folders.push(dir)
  return dir
}

/** Bytes the partitions' files hold so far. */
const onDisk = (dir: string) => readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0)

describe('DiskPartitions', () => {
  it('gives back each partition’s lines in the order they were appended', () => {
    const partitions = new DiskPartitions(folder(), 'lines', 3)
    const lines = Array.from({ length: 50 }, (_, n) => `line ${n} ${'ğ'.repeat(n % 7)}`)
    lines.forEach((line, n) => partitions.append(n % 3, line))
    for (const partition of [0, 1, 2]) {
      expect([...partitions.read(partition)]).toEqual(lines.filter((_, n) => n % 3 === partition))
    }
  })

  it('holds about the same few megabytes in memory however many partitions there are', () => {
    for (const count of [16, 400, 1024]) {
      const dir = folder()
      const partitions = new DiskPartitions(dir, 'drafts', count)
      const line = 'x'.repeat(999)
      let appended = 0
      for (let n = 0; appended < 4 * BUFFERED_CHARS; n++) {
        partitions.append(n % count, line)
        appended += line.length + 1
      }
      // what is not on disk yet is what memory holds: at most one flush share per partition, whatever the count
      expect(appended - onDisk(dir), `${count} partitions`).toBeLessThanOrEqual(count * flushCharsFor(count))
      expect(count * flushCharsFor(count), `${count} partitions`).toBeLessThanOrEqual(BUFFERED_CHARS * 2)
    }
  })

  it('gives each of a few partitions its whole share, so small builds append as rarely as before', () => {
    expect(flushCharsFor(16)).toBe(1 << 15)
    expect(flushCharsFor(64)).toBe(1 << 15)
    expect(flushCharsFor(400)).toBeLessThan(1 << 13)
  })
})
