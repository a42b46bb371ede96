import * as z from 'zod/mini'

/** Describes why a data file could not be used, in terms the error view can translate. */
export type DataFileFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string }
  | { kind: 'json' }
  | { kind: 'schema'; path: string; message: string }

/** Signals that one data file failed to load or to validate; names the file and the reason. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError'

  constructor(
    readonly file: string,
    readonly failure: DataFileFailure,
  ) {
    super(`${file}: ${describeFailure(failure)}`)
  }
}

/** Describes a failure in plain English, for logs and for the error's message. */
export function describeFailure(failure: DataFileFailure): string {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}`
    case 'network':
      return `network error (${failure.message})`
    case 'json':
      return 'invalid JSON'
    case 'schema':
      return `schema mismatch at ${failure.path}: ${failure.message}`
  }
}

/** Builds the URL of a file in the deployed data folder, honouring the build's base path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`
}

let englishMessages: Promise<void> | undefined

/**
 * Finds the first reason a file doesn't match its schema, worded in English. zod/mini ships no message texts (every
 * issue would read "Invalid input"), so zod's English ones are loaded only here, when a file has already failed, and
 * the body is checked again with them; the first chunk of every page stays without them. Undefined when they can't
 * be loaded (the caller then reports the unworded issue, at the same path).
 */
async function firstIssue(schema: z.core.$ZodType, body: unknown): Promise<z.core.$ZodIssue | undefined> {
  englishMessages ??= import('zod/v4/locales/en.js').then(({ default: en }) => void z.config(en()))
  try {
    await englishMessages
  } catch {
    englishMessages = undefined // try again with the next failure
    return undefined
  }
  const reparsed = z.safeParse(schema, body)
  return reparsed.success ? undefined : reparsed.error.issues[0]
}

/** Fetches a file from the deployed data folder and validates it with the shared schema. */
export async function fetchJson<S extends z.core.$ZodType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let response: Response
  try {
    response = await fetch(dataUrl(file), { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DataFileError(file, { kind: 'network', message: error instanceof Error ? error.message : String(error) })
  }
  if (!response.ok) throw new DataFileError(file, { kind: 'http', status: response.status })
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new DataFileError(file, { kind: 'json' })
  }
  const parsed = z.safeParse(schema, body)
  if (!parsed.success) {
    const issue = (await firstIssue(schema, body)) ?? parsed.error.issues[0]
    const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'
    throw new DataFileError(file, { kind: 'schema', path, message: issue?.message ?? 'invalid' })
  }
  return parsed.data
}
