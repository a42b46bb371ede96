import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset } from './build-dataset'
import { CURATION_FILE, parseCuration } from './stages/curate'
import { emitDataset } from './stages/emit'
import type { RawFile } from './types'

/** Files in the input folder that are not articles: checksums, the curation file, notes. */
const isArticleFile = (name: string) =>
  !name.startsWith('.') && name !== 'SHA256SUMS' && name !== CURATION_FILE && !name.endsWith('.md')

/** Reads the input folder: every article file as bytes (decoding is the pipeline's job), and the curation text. */
async function readInput(dir: string): Promise<{ files: RawFile[]; curationText: string | null }> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
  const names = entries.filter(isArticleFile).sort() // sorted: stable output
  const files = await Promise.all(
    names.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(dir, file))) })),
  )
  const curationText = entries.includes(CURATION_FILE) ? await readFile(join(dir, CURATION_FILE), 'utf8') : null
  return { files, curationText }
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
  let input: Awaited<ReturnType<typeof readInput>>
  try {
    input = await readInput(values.in)
  } catch (error) {
    console.error(`build:data: cannot read the input folder "${values.in}": ${(error as Error).message}`)
    return 1
  }
  const curation = input.curationText === null ? null : parseCuration(input.curationText, CURATION_FILE)
  const { dataset, issues } = buildDataset(input.files, curation)
  for (const issue of issues) console.warn(`[${issue.severity}] ${issue.file}: ${issue.message}`)
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
