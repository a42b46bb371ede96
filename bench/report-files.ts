import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

// Where a benchmark's results go: its own Markdown report and a block of the README between two markers.

const README = 'README.md'

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->`; null when the markers are missing. */
export function replaceBetweenMarkers(text: string, name: string, block: string): string | null {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) return null
  return `${text.slice(0, from + start.length)}\n${block}\n${text.slice(to)}`
}

/** Writes the report file and the README's block between the `name` markers, then formats both the house way. */
export function writeBenchReport(report: string, title: string, name: string, block: string): void {
  mkdirSync(dirname(report), { recursive: true })
  writeFileSync(report, `# ${title}\n\n${block}\n`)
  const readme = replaceBetweenMarkers(readFileSync(README, 'utf8'), name, block)
  if (readme === null) console.error(`README has no <!-- ${name}:start --> … end block; the results are in ${report}`)
  else writeFileSync(README, readme)
  // the README is kept in the house format (npm run format:check runs in the test command)
  execFileSync('npx', ['prettier', '--write', report, README], { stdio: 'ignore' })
}
