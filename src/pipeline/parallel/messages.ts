import type { ArticleResult } from '../stream/process-article'

/** One file sent to a worker; `id` pairs the reply with its request. */
export interface ArticleTask {
  id: number
  file: string
  bytes: Uint8Array
}

/** A worker's answer: the per-article result, or the error that escaped it (an extractor bug stops the build). */
export type WorkerReply = { id: number; result: ArticleResult } | { id: number; error: string }
