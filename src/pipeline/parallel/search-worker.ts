import { parentPort, workerData } from 'node:worker_threads'
import { writeSearchIndex } from '../search/write-search-index'
import { factReaders } from '../spill/fact-readers'
import type { SearchTask, SearchWorkerReply } from './messages'

// A worker thread that writes the search index while the main thread writes the other files: it reads the articles'
// files and the facts' JSON lines from the staging folder on its own, so nothing but paths and ids cross threads.
const port = parentPort
if (!port) throw new Error('search-worker.ts runs only as a worker thread')
const { staging, ids, files } = (workerData as { task: SearchTask }).task
let reply: SearchWorkerReply
try {
  writeSearchIndex(staging, { ids, ...factReaders(files) })
  reply = { done: true }
} catch (error) {
  reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
}
port.postMessage(reply)
