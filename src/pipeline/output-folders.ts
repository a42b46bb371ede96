import { mkdirSync } from 'node:fs'

/** Creates a folder with its parents once; the view and search files share a few hundred folders. */
export function folderMaker(): (path: string) => void {
  const made = new Set<string>()
  return (path) => {
    if (made.has(path)) return
    mkdirSync(path, { recursive: true })
    made.add(path)
  }
}
