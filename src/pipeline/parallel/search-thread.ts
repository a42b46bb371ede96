import { Worker } from 'node:worker_threads'
import type { SearchTask, SearchWorkerReply } from './messages'

/** A search index being written in a worker thread: `done` settles when it is written; `stop` ends it early. */
export interface SearchThread {
  done: Promise<void>
  stop: () => Promise<void>
}

/**
 * Writes the search index in a worker thread (`search-worker.ts`), so it runs beside the main thread's writers on a
 * second core. Its files are its own (`search/` and its spill folder), so the output is the same as in one thread.
 */
export function startSearchThread(task: SearchTask): SearchThread {
  const boot = new URL('./worker-boot.mjs', import.meta.url)
  const entry = new URL('./search-worker.ts', import.meta.url).href
  const worker = new Worker(boot, { workerData: { entry, task } })
  let replied: SearchWorkerReply | null = null
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: SearchWorkerReply) => (replied = reply))
    worker.on('error', reject)
    worker.on('exit', (code) => {
      if (replied && 'error' in replied) reject(new Error(`the search index failed: ${replied.error}`))
      else if (replied) resolve()
      else reject(new Error(`the search worker exited with code ${code} before the index was written`))
    })
  })
  done.catch(() => undefined) // awaited by the caller; this only keeps a failure during other writes from going unhandled
  return { done, stop: async () => void (await worker.terminate()) }
}
