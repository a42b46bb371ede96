import { join } from 'node:path'
import { CURATION_FILE } from './stages/curate'
import type { PipelineIssue, RawFile } from './types'

/** What the input walk needs to know about a directory entry (node's `Stats` fits). */
export interface EntryStats {
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
  size: number
}

/**
 * The file-system calls the input walk makes. run.ts passes `node:fs/promises`; tests pass a wrapper that fails one
 * read, because CI runs as root and root reads a chmod 000 file anyway.
 */
export interface InputFileSystem {
  readdir(dir: string): Promise<string[]>
  lstat(path: string): Promise<EntryStats>
  stat(path: string): Promise<EntryStats>
  readFile(path: string): Promise<Uint8Array>
}

/** What the walk found: article files as bytes, the curation file, and an issue for every file it did not read. */
export interface InputFolder {
  files: RawFile[]
  /** The curation file's bytes, an error when it exists but can't be read, or null when there is none. */
  curation: { bytes: Uint8Array } | { error: string } | null
  /** Files that belong in the folder but are not articles (checksums), named on the console only. */
  companions: string[]
  issues: PipelineIssue[]
}

/** Files read as bytes at most; anything larger is not an article (the pipeline reads far less of one anyway). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024
/** Files inside one subfolder named one by one; past that one issue counts the rest. */
const MAX_NAMED_PER_SUBFOLDER = 20
/** Known files that travel with the articles and are not articles. */
const COMPANION_FILES = new Set(['SHA256SUMS'])

const PLAIN_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  ENOENT: 'the file disappeared while the folder was read',
  EISDIR: 'it is a folder',
  ELOOP: 'too many levels of symbolic links',
}

/** Describes a file-system error without the absolute path node puts in its message (the output must not vary). */
function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') return PLAIN_ERRORS[code] ? `${code}: ${PLAIN_ERRORS[code]}` : code
  return error instanceof Error ? error.message : String(error)
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

type Entry = { kind: 'file'; size: number } | { kind: 'skip'; severity: PipelineIssue['severity']; reason: string }

/** Follows a symbolic link once (the system resolves chains and reports loops) and says what it points at. */
async function resolveLink(fs: InputFileSystem, path: string): Promise<Entry> {
  let target: EntryStats
  try {
    target = await fs.stat(path)
  } catch (error) {
    if (codeOf(error) === 'ELOOP') return { kind: 'skip', severity: 'error', reason: 'symbolic link loop' }
    if (codeOf(error) === 'ENOENT') {
      return { kind: 'skip', severity: 'error', reason: 'broken symbolic link (its target does not exist)' }
    }
    return {
      kind: 'skip',
      severity: 'error',
      reason: `symbolic link could not be followed (${describeFsError(error)})`,
    }
  }
  if (target.isDirectory()) {
    return { kind: 'skip', severity: 'warning', reason: 'symbolic link to a folder (folders are not read)' }
  }
  if (!target.isFile()) {
    return { kind: 'skip', severity: 'warning', reason: 'symbolic link to something that is not a regular file' }
  }
  return { kind: 'file', size: target.size }
}

/** Classifies one top-level entry without reading it: a file to read, or a reason to skip it. */
async function classify(fs: InputFileSystem, path: string, stats: EntryStats): Promise<Entry> {
  const entry: Entry = stats.isSymbolicLink()
    ? await resolveLink(fs, path)
    : stats.isFile()
      ? { kind: 'file', size: stats.size }
      : // a FIFO would block the build forever on read, a device would never end
        { kind: 'skip', severity: 'warning', reason: 'not a regular file (a pipe, socket or device)' }
  if (entry.kind === 'file' && entry.size > MAX_FILE_BYTES) {
    const megabytes = (entry.size / 1024 / 1024).toFixed(1)
    return {
      kind: 'skip',
      severity: 'error',
      reason: `too large to be an article (${megabytes} MB; the limit is 16 MB)`,
    }
  }
  return entry
}

/** Lists the files under a subfolder without following links (so no loop can trap it), as paths relative to `dir`. */
async function listFilesUnder(fs: InputFileSystem, dir: string, relative: string): Promise<string[]> {
  const found: string[] = []
  let names: string[]
  try {
    names = (await fs.readdir(join(dir, relative))).sort()
  } catch {
    return [`${relative}/`] // an unreadable subfolder is still named
  }
  for (const name of names) {
    const path = `${relative}/${name}`
    const stats = await fs.lstat(join(dir, path)).catch(() => null)
    if (stats?.isDirectory()) found.push(...(await listFilesUnder(fs, dir, path)))
    else found.push(path)
  }
  return found
}

/** One warning per file inside a subfolder (the first few by name, then a count), since subfolders are not read. */
async function subfolderIssues(fs: InputFileSystem, dir: string, name: string): Promise<PipelineIssue[]> {
  const files = await listFilesUnder(fs, dir, name)
  const warn = (file: string, message: string): PipelineIssue => ({
    file,
    severity: 'warning',
    stage: 'ingest',
    message,
  })
  if (files.length === 0) return [warn(`${name}/`, 'skipped: empty subfolder (only the top level is read)')]
  const named = files
    .slice(0, MAX_NAMED_PER_SUBFOLDER)
    .map((file) => warn(file, 'skipped: in a subfolder (only the top level of the input folder is read)'))
  const rest = files.length - named.length
  return rest > 0 ? [...named, warn(`${name}/`, `skipped: ${rest} more files in this subfolder`)] : named
}

/** Reads one file's bytes, or tells why it can't be read. */
async function readBytes(fs: InputFileSystem, path: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await fs.readFile(path) }
  } catch (error) {
    return { error: describeFsError(error) }
  }
}

/** A file the walk found to read, by its name in the folder and its path. */
export interface InputEntry {
  file: string
  path: string
}

/** What the walk lists before reading any article: the files to read, the curation file, and an issue per skip. */
export interface InputListing extends Omit<InputFolder, 'files'> {
  files: InputEntry[]
}

/**
 * Walks the top level of the input folder in name order without reading the articles, so a build can read them one
 * at a time. Lists regular files and symbolic links to regular files; skips, with an issue naming the file and the
 * reason, hidden files, `.md` notes, subfolders (each file inside is named), links to folders, broken or looping
 * links, pipes and devices, and files over 16 MB. Reads the curation file. Throws only when the folder itself can't
 * be listed.
 */
export async function listInputFolder(dir: string, fs: InputFileSystem): Promise<InputListing> {
  const listing: InputListing = { files: [], curation: null, companions: [], issues: [] }
  const report = (file: string, severity: PipelineIssue['severity'], message: string) =>
    listing.issues.push({ file, severity, stage: 'ingest', message })
  for (const name of (await fs.readdir(dir)).sort()) {
    const path = join(dir, name)
    if (name.startsWith('.')) {
      report(name, 'warning', 'skipped: hidden (the name starts with a dot)')
      continue
    }
    if (COMPANION_FILES.has(name)) {
      listing.companions.push(name)
      continue
    }
    let stats: EntryStats
    try {
      stats = await fs.lstat(path)
    } catch (error) {
      report(name, 'error', `could not be read (${describeFsError(error)})`)
      continue
    }
    if (stats.isDirectory()) {
      listing.issues.push(...(await subfolderIssues(fs, dir, name)))
      continue
    }
    const entry = await classify(fs, path, stats)
    if (entry.kind === 'skip') {
      if (name === CURATION_FILE) listing.curation = { error: entry.reason }
      else report(name, entry.severity, `skipped: ${entry.reason}`)
      continue
    }
    if (name.endsWith('.md')) {
      report(name, 'warning', 'skipped: .md files are notes, not articles (rename it to .txt to build it)')
      continue
    }
    if (name !== CURATION_FILE) {
      listing.files.push({ file: name, path })
      continue
    }
    const read = await readBytes(fs, path)
    listing.curation = 'error' in read ? { error: `could not be read (${read.error})` } : read
  }
  return listing
}

/** Reads one listed file: its bytes, or an error issue naming why it could not be read. */
export async function readInputFile(
  fs: InputFileSystem,
  entry: InputEntry,
): Promise<{ raw: RawFile } | { issue: PipelineIssue }> {
  const read = await readBytes(fs, entry.path)
  if ('error' in read) {
    return {
      issue: { file: entry.file, severity: 'error', stage: 'ingest', message: `could not be read (${read.error})` },
    }
  }
  return { raw: { file: entry.file, bytes: read.bytes } }
}

/**
 * Walks the top level of the input folder (see listInputFolder) and reads every listed file. A file that fails to
 * read becomes an error issue and the others are still read.
 */
export async function readInputFolder(dir: string, fs: InputFileSystem): Promise<InputFolder> {
  const { files, ...listing } = await listInputFolder(dir, fs)
  const folder: InputFolder = { ...listing, files: [], issues: [...listing.issues] }
  for (const entry of files) {
    const read = await readInputFile(fs, entry)
    if ('issue' in read) folder.issues.push(read.issue)
    else folder.files.push(read.raw)
  }
  return folder
}
