import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ArticleResult } from '../stream/process-article'
import type { RawFile } from '../types'
import type { ArticleTask, WorkerReply } from './messages'

/** Workers by default: one per core, since the per-article stage is pure CPU. */
export const defaultWorkers = () => availableParallelism()

interface Pending {
  resolve: (result: ArticleResult) => void
  reject: (error: Error) => void
}

/**
 * A fixed set of worker threads running the per-article stage. `run` sends a file to the least busy worker and
 * resolves with its result; callers await results in input order, so the output never depends on which worker
 * finished first. The file's bytes are moved to the worker, not copied.
 */
export class ArticlePool {
  private readonly workers: { worker: Worker; busy: number }[] = []
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private failure: Error | null = null
  private closing = false

  constructor(size: number) {
    const boot = new URL('./worker-boot.mjs', import.meta.url)
    const entry = new URL('./article-worker.ts', import.meta.url).href
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(boot, { workerData: { entry } }), busy: 0 }
      slot.worker.on('message', (reply: WorkerReply) => {
        slot.busy--
        this.settle(reply)
      })
      slot.worker.on('error', (error) => this.fail(error))
      slot.worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`an article worker exited with code ${code}`))
      })
      this.workers.push(slot)
    }
  }

  /** Runs the per-article stage on one file in a worker. */
  run(raw: RawFile): Promise<ArticleResult> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a))
    slot.busy++
    const task: ArticleTask = { id, file: raw.file, bytes: raw.bytes }
    const transfer = raw.bytes.byteOffset === 0 && raw.bytes.byteLength === raw.bytes.buffer.byteLength
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      slot.worker.postMessage(task, transfer ? [raw.bytes.buffer as ArrayBuffer] : [])
    })
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()))
  }

  private settle(reply: WorkerReply) {
    const pending = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    if (!pending) return
    if ('error' in reply) pending.reject(new Error(reply.error))
    else pending.resolve(reply.result)
  }

  private fail(error: Error) {
    this.failure ??= error
    for (const { reject } of this.pending.values()) reject(error)
    this.pending.clear()
  }
}
