import type { ArticleResult } from '../stream/process-article'
import type { FactFiles } from '../stream/finish-facts'

/** One file sent to a worker; `id` pairs the reply with its request. */
export interface ArticleTask {
  id: number
  file: string
  bytes: Uint8Array
}

/** A worker's answer: the per-article result, or the error that escaped it (an extractor bug stops the build). */
export type WorkerReply = { id: number; result: ArticleResult } | { id: number; error: string }

/** What the search worker needs: the staging folder, the articles' ids in output order, and the facts' files. */
export interface SearchTask {
  staging: string
  ids: readonly string[]
  files: FactFiles
}

/** The search worker's answer once the index is written, or the error that stopped it. */
export type SearchWorkerReply = { done: true } | { error: string }
