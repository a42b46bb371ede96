import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset } from './build-dataset'
import { readInputFolder, type InputFileSystem } from './read-input'
import { CURATION_FILE, CurationError, parseCuration, type Curation } from './stages/curate'
import { emitDataset } from './stages/emit'

/** The real file system, as the input walk sees it. */
const nodeFileSystem: InputFileSystem = {
  readdir: (dir) => readdir(dir),
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  readFile: async (path) => new Uint8Array(await readFile(path)),
}

/** Escapes control and bidirectional characters so a hostile file name can't forge or reverse a console line. */
const printable = (text: string) =>
  text.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })

/** Parses the curation file's bytes; throws a CurationError when it can't be read or applied as written. */
function readCuration(curation: { bytes: Uint8Array } | { error: string } | null): Curation | null {
  if (curation === null) return null
  if ('error' in curation) throw new CurationError(`${CURATION_FILE}: ${curation.error}`)
  return parseCuration(new TextDecoder('utf-8', { ignoreBOM: true }).decode(curation.bytes), CURATION_FILE)
}

/** Builds the dataset from `--in` into `--out`; exit 1 for bad arguments or when no article could be built. */
async function main(): Promise<number> {
  let values: { in: string; out: string }
  try {
    ;({ values } = parseArgs({
      options: { in: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'public/data' } },
      strict: true,
    }))
  } catch (error) {
    console.error(`build:data: ${(error as Error).message}\nusage: npm run build:data -- --in <dir> --out <dir>`)
    return 1
  }
  let input: Awaited<ReturnType<typeof readInputFolder>>
  try {
    input = await readInputFolder(values.in, nodeFileSystem)
  } catch (error) {
    console.error(`build:data: cannot read the input folder "${values.in}": ${(error as Error).message}`)
    return 1
  }
  if (input.companions.length > 0) console.log(`build:data: not articles: ${input.companions.join(', ')}`)
  const { dataset, issues } = buildDataset(input.files, readCuration(input.curation), input.issues)
  for (const issue of issues) console.warn(printable(`[${issue.severity}] ${issue.file}: ${issue.message}`))
  if (dataset.articles.length === 0) {
    console.error(`build:data: no usable article in "${values.in}" (${input.files.length} files read)`)
    return 1
  }
  await rm(join(values.out, 'articles'), { recursive: true, force: true }) // no stale article files from older builds
  for (const [path, content] of emitDataset(dataset)) {
    await mkdir(dirname(join(values.out, path)), { recursive: true })
    await writeFile(join(values.out, path), content)
  }
  const counts = `${dataset.articles.length} articles, ${dataset.figures.length} figures, ${dataset.agreements.length} agreements, ${dataset.events.length} events`
  console.log(`build:data: ${counts}, ${issues.length} issues → ${values.out}/dataset.json`)
  return 0
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`build:data: ${error instanceof Error ? error.message : String(error)}`)
  return 1
})
