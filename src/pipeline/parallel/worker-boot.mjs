// Worker threads do not inherit tsx's loader from the main thread (Node 20), so each worker registers it before
// importing its TypeScript entry. Plain JavaScript on purpose: this file is what Node can run before the loader is on.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
