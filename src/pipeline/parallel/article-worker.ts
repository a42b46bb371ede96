import { parentPort } from 'node:worker_threads'
import { processArticle } from '../stream/process-article'
import type { ArticleTask, WorkerReply } from './messages'

// One worker thread: runs the per-article stage on each file it is sent and replies with the result and its task id.
const port = parentPort
if (!port) throw new Error('article-worker.ts runs only as a worker thread')
port.on('message', (task: ArticleTask) => {
  let reply: WorkerReply
  try {
    reply = { id: task.id, result: processArticle({ file: task.file, bytes: task.bytes }) }
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  port.postMessage(reply)
})
