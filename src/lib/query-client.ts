import { QueryClient } from '@tanstack/react-query'
import { DataFileError } from '../data/fetch-json'

/**
 * Tells whether a failed load may succeed on a second try: a network or server (5xx) failure may; a file the server
 * says is missing (4xx) or that fails validation will fail the same way again.
 */
export function isWorthRetrying(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false
  if (!(error instanceof DataFileError)) return true
  const { failure } = error
  return failure.kind === 'network' || (failure.kind === 'http' && failure.status >= 500)
}

/** Creates the app's query client: data never goes stale, and a failed file is retried once before the error shows. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: isWorthRetrying, refetchOnWindowFocus: false },
    },
  })
}
