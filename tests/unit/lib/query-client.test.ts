import { describe, expect, it } from 'vitest'
import { DataFileError } from '../../../src/data/fetch-json'
import { isWorthRetrying } from '../../../src/lib/query-client'

describe('isWorthRetrying(failureCount, error)', () => {
  it.each<[string, number, unknown, boolean]>([
    ['retries a network failure once', 0, new DataFileError('facts.json', { kind: 'network', message: 'down' }), true],
    ['retries a server error once', 0, new DataFileError('facts.json', { kind: 'http', status: 503 }), true],
    ['retries an unexpected error once', 0, new Error('boom'), true],
    ['never retries twice', 1, new DataFileError('facts.json', { kind: 'http', status: 503 }), false],
    ['does not retry a missing file', 0, new DataFileError('articles/x.json', { kind: 'http', status: 404 }), false],
    ['does not retry invalid JSON', 0, new DataFileError('facts.json', { kind: 'json' }), false],
    [
      'does not retry a file that fails validation',
      0,
      new DataFileError('facts.json', { kind: 'schema', path: 'figures.0', message: 'bad' }),
      false,
    ],
  ])('%s', (_name, failureCount, error, expected) => {
    expect(isWorthRetrying(failureCount, error)).toBe(expected)
  })
})
