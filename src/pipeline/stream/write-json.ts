/** Where streamed JSON goes: each call appends a chunk (run.ts writes it to a file). */
export type Sink = (chunk: string) => Promise<void>

/** Bytes gathered before a write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20

/** Wraps a sink so small pieces are written in chunks of about a megabyte; call `flush` at the end. */
export function bufferedSink(sink: Sink): { write: Sink; flush: () => Promise<void> } {
  let parts: string[] = []
  let size = 0
  const flush = async () => {
    if (size === 0) return
    const chunk = parts.join('')
    parts = []
    size = 0
    await sink(chunk)
  }
  const write = async (piece: string) => {
    parts.push(piece)
    size += piece.length
    if (size >= CHUNK_CHARS) await flush()
  }
  return { write, flush }
}

/** An array whose items come one at a time, each already serialised as `JSON.stringify(item, null, 2)`. */
export interface StreamedArray {
  items: AsyncIterable<string> | Iterable<string>
}

const isStreamed = (value: unknown): value is StreamedArray =>
  typeof value === 'object' && value !== null && 'items' in value && Object.keys(value).length === 1

/**
 * Writes an object the way `JSON.stringify(object, null, 2) + '\n'` would, byte for byte, without holding it: plain
 * values are serialised in place, and a StreamedArray's items are written one by one, indented one level deeper.
 */
export async function writeJsonObject(sink: Sink, entries: readonly [string, unknown][]): Promise<void> {
  const { write, flush } = bufferedSink(sink)
  await write('{')
  for (const [index, [key, value]] of entries.entries()) {
    await write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `)
    if (!isStreamed(value)) {
      await write(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '))
      continue
    }
    let count = 0
    for await (const item of value.items) {
      // items never hold a raw line break (JSON escapes those in strings), so re-indenting lines is safe
      await write(`${count === 0 ? '[' : ','}\n    ${item.replace(/\n/g, '\n    ')}`)
      count++
    }
    await write(count === 0 ? '[]' : '\n  ]')
  }
  await write(entries.length === 0 ? '}\n' : '\n}\n')
  await flush()
}

/** Values JSON leaves out of an object and writes as null in an array. */
const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol'

/**
 * The text of `JSON.stringify(value)` (compact), byte for byte, in pieces: the members of objects and arrays down to
 * `depth` levels come one at a time, so a large view file (the whole timeline) is never one string beside its value.
 * For plain data, as the view files are (no `toJSON`).
 */
export function* compactJson(value: unknown, depth = 2): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object') {
    yield JSON.stringify(value)
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let index = 0; index < value.length; index++) {
      if (index > 0) yield ','
      const item: unknown = value[index]
      if (isSkipped(item)) yield 'null'
      else yield* compactJson(item, depth - 1)
    }
    yield ']'
    return
  }
  let first = true
  yield '{'
  for (const [key, inner] of Object.entries(value)) {
    if (isSkipped(inner)) continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* compactJson(inner, depth - 1)
  }
  yield '}'
}
