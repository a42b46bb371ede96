import { QueryClient } from '@tanstack/react-query'

/** Creates the app's query client: data never goes stale, and a failed file is retried once before the error shows. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false },
    },
  })
}
