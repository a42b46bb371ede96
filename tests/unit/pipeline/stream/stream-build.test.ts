import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta } from '../../../../src/schema/dataset'
import { processArticle } from '../../../../src/pipeline/stream/process-article'
import { streamArticles, type StreamInput } from '../../../../src/pipeline/stream/stream-build'

const SEEDS = 'seeds'
const files = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .sort()

/** Streams the seed articles through the per-article stage in this thread, two at a time. */
const stream = (extra: Partial<StreamInput> = {}) =>
  streamArticles({
    files,
    read: async (index) => ({
      raw: { file: files[index]!, bytes: new Uint8Array(readFileSync(join(SEEDS, files[index]!))) },
    }),
    process: async (raw) => processArticle(raw),
    window: 2,
    onArticle: async () => undefined,
    keepText: () => false,
    ...extra,
  })

describe('streamArticles', () => {
  it('returns every article’s metadata, in file order and without its text', async () => {
    const { metas } = await stream()
    expect(metas.map((meta) => meta.file)).toEqual(files)
    expect(metas.every((meta) => !('text' in meta))).toBe(true)
  })

  it('hands the metadata to onMeta instead, when given one, and keeps none of it', async () => {
    const received: ArticleMeta[] = []
    const streamed = await stream({ onMeta: (meta) => received.push(meta) })
    expect(streamed.metas).toEqual([])
    expect(received).toEqual((await stream()).metas)
  })
})
