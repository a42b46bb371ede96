/**
 * Where streamed JSON goes: each call appends a chunk (run.ts writes it to a file). Synchronous on purpose: the
 * writers after the stream produce millions of small pieces, and an awaited write per piece cost a microtask each.
 */
export type Sink = (chunk: string) => void

/** Bytes gathered before a write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20

/** Wraps a sink so small pieces are written in chunks of about a megabyte; call `flush` at the end. */
export function bufferedSink(sink: Sink): { write: Sink; flush: () => void } {
  let parts: string[] = []
  let size = 0
  const flush = () => {
    if (size === 0) return
    const chunk = parts.join('')
    parts = []
    size = 0
    sink(chunk)
  }
  const write = (piece: string) => {
    parts.push(piece)
    size += piece.length
    if (size >= CHUNK_CHARS) flush()
  }
  return { write, flush }
}

/** An array whose items come one at a time, each already serialised as `JSON.stringify(item, null, 2)`. */
export interface StreamedArray {
  items: Iterable<string>
}

const isStreamed = (value: unknown): value is StreamedArray =>
  typeof value === 'object' && value !== null && 'items' in value && Object.keys(value).length === 1

/** A member whose value differs between the files `writeJsonObjects` writes at once: one value per sink, in order. */
export interface PerSink {
  perSink: readonly unknown[]
}

const isPerSink = (value: unknown): value is PerSink =>
  typeof value === 'object' && value !== null && 'perSink' in value && Object.keys(value).length === 1

/** Writes one member's value, indented as a member of a top-level object, to every writer given. */
function writeMemberValue(writes: readonly Sink[], value: unknown): void {
  const all = (piece: string) => writes.forEach((write) => write(piece))
  if (!isStreamed(value)) {
    all(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '))
    return
  }
  let count = 0
  for (const item of value.items) {
    // items never hold a raw line break (JSON escapes those in strings), so re-indenting lines is safe
    all(`${count === 0 ? '[' : ','}\n    ${item.replace(/\n/g, '\n    ')}`)
    count++
  }
  all(count === 0 ? '[]' : '\n  ]')
}

/**
 * Writes objects the way `JSON.stringify(object, null, 2) + '\n'` would, byte for byte, without holding them: plain
 * values are serialised in place, and a StreamedArray's items are written one by one, indented one level deeper.
 * Several files that share most members are written at once (`dataset.json` and `facts.json` differ only in their
 * article list): a shared member is read and serialised once for all of them, a PerSink member once for each.
 */
export function writeJsonObjects(sinks: readonly Sink[], entries: readonly [string, unknown][]): void {
  const buffered = sinks.map(bufferedSink)
  const writes = buffered.map(({ write }) => write)
  const all = (piece: string) => writes.forEach((write) => write(piece))
  all('{')
  for (const [index, [key, value]] of entries.entries()) {
    all(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `)
    if (isPerSink(value)) value.perSink.forEach((own, sink) => writeMemberValue([writes[sink]!], own))
    else writeMemberValue(writes, value)
  }
  all(entries.length === 0 ? '}\n' : '\n}\n')
  buffered.forEach(({ flush }) => flush())
}

/** Writes one object as `JSON.stringify(object, null, 2) + '\n'` would (see `writeJsonObjects`). */
export const writeJsonObject = (sink: Sink, entries: readonly [string, unknown][]) => writeJsonObjects([sink], entries)

/** Values JSON leaves out of an object and writes as null in an array. */
const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol'

/**
 * Writes the text of `JSON.stringify(value)` (compact), byte for byte, in pieces: the members of objects and arrays
 * down to `depth` levels go to `write` one at a time, so a large view file (the whole timeline) is never one string
 * beside its value. For plain data, as the view files are (no `toJSON`). A callback, not a generator: a generator
 * nested `depth` deep passed every piece up through each level.
 */
export function compactJson(value: unknown, write: (piece: string) => void, depth = 2): void {
  if (depth === 0 || value === null || typeof value !== 'object') {
    write(JSON.stringify(value))
    return
  }
  if (Array.isArray(value)) {
    write('[')
    for (let index = 0; index < value.length; index++) {
      if (index > 0) write(',')
      const item: unknown = value[index]
      if (isSkipped(item)) write('null')
      else compactJson(item, write, depth - 1)
    }
    write(']')
    return
  }
  let first = true
  write('{')
  for (const [key, inner] of Object.entries(value)) {
    if (isSkipped(inner)) continue
    write(`${first ? '' : ','}${JSON.stringify(key)}:`)
    first = false
    compactJson(inner, write, depth - 1)
  }
  write('}')
}
