import { afterEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { DataFileError, fetchJson } from '../../../src/data/fetch-json'

const schema = z.object({ items: z.array(z.object({ id: z.string() })) })

function stubFetch(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => (response instanceof Error ? Promise.reject(response) : response)),
  )
}

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof DataFileError)) throw new Error(`expected a DataFileError, got ${String(error)}`)
  return error
}

describe('fetchJson(file, schema)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('fetches from the data folder under the base URL and returns the parsed data', async () => {
    stubFetch(new Response(JSON.stringify({ items: [{ id: 'a' }] })))
    await expect(fetchJson('facts.json', schema)).resolves.toEqual({ items: [{ id: 'a' }] })
    expect(fetch).toHaveBeenCalledWith('/data/facts.json', expect.anything())
  })

  it.each([
    ['an HTTP error status', new Response('missing', { status: 404 }), 'facts.json: HTTP 404'],
    ['a body that is not JSON', new Response('<html>'), 'facts.json: invalid JSON'],
    [
      'the first schema issue with its path',
      new Response(JSON.stringify({ items: [{ id: 1 }] })),
      'facts.json: schema mismatch at items.0.id',
    ],
    ['a network failure', new TypeError('Failed to fetch'), 'facts.json: network error (Failed to fetch)'],
  ])('names the file and %s', async (_name, response, message) => {
    stubFetch(response)
    const error = await failure(fetchJson('facts.json', schema))
    expect(error.file).toBe('facts.json')
    expect(error.message.startsWith(message)).toBe(true)
  })
})
