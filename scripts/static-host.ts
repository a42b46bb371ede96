import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

// Serves a build the way static hosts (GitHub Pages, Netlify, S3 websites) do, for the browser tests and benchmarks:
// a file if there is one, a folder's index.html for `/path` and `/path/`, else 404.html with status 404. No SPA
// fallback to index.html: the baked pages must stand on their own, as they will on a host.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** Options of {@link serveStatic}. */
export interface StaticHostOptions {
  root: string
  /** The path the build was made for (`/`, `/corridor-watch/`). */
  base?: string
  port: number
  /** Compresses text responses when the browser accepts gzip, as production hosts do. */
  gzip?: boolean
}

/** A running static host. */
export interface StaticHost {
  url: string
  close: () => Promise<void>
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  )
}

/** Finds the file a static host answers a path with, or null for its 404 page. */
export async function resolveStaticFile(root: string, base: string, pathname: string): Promise<string | null> {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return null
  const relative = decodeURIComponent(pathname.slice(base.length - 1) || '/')
  const path = normalize(join(root, relative))
  if (!path.startsWith(root)) return null
  if (await isFile(path)) return path
  const index = join(path, 'index.html')
  return (await isFile(index)) ? index : null
}

/**
 * Gzips a file once per version of it (path, size and modification time), as a production host or CDN keeps its
 * compressed copies: compressing every response again made the benchmarks' host compete with the browser for the CPU.
 */
function gzipCache(): (path: string, body: Buffer) => Promise<Buffer> {
  const copies = new Map<string, { version: string; body: Buffer }>()
  return async (path, body) => {
    const info = await stat(path).catch(() => null)
    const version = info ? `${info.size}:${info.mtimeMs}` : ''
    const copy = copies.get(path)
    if (info && copy?.version === version) return copy.body
    const compressed = gzipSync(body)
    if (info) copies.set(path, { version, body: compressed })
    return compressed
  }
}

/** Starts a static host on 127.0.0.1. */
export async function serveStatic({ root, base = '/', port, gzip = false }: StaticHostOptions): Promise<StaticHost> {
  const absoluteRoot = resolve(root)
  const compress = gzipCache()
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const file = await resolveStaticFile(absoluteRoot, base, url.pathname)
      const status = file === null ? 404 : 200
      const path = file ?? join(absoluteRoot, '404.html')
      let body: Buffer = await readFile(path).catch(() => Buffer.from('Not found'))
      const type = TYPES[extname(path)] ?? 'application/octet-stream'
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' }
      if (gzip && /gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png')) {
        body = await compress(path, body)
        headers['content-encoding'] = 'gzip'
      }
      headers['content-length'] = String(body.length)
      response.writeHead(status, headers)
      response.end(request.method === 'HEAD' ? undefined : body)
    })().catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', done)
  })
  const address = server.address()
  return {
    // port 0 lets the system pick a free port
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
