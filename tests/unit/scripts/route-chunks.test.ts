import { describe, expect, it } from 'vitest'
import { ROUTE_FILES, routeChunkFiles, type ChunkFacts } from '../../../scripts/route-chunks'

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], isEntry = false): ChunkFacts => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  isEntry,
})

const bundle: ChunkFacts[] = [
  chunk('assets/index-1.js', '/app/src/boot.ts', [], true),
  chunk('assets/main-1.js', '/app/src/main.tsx', ['assets/index-1.js', 'assets/react-1.js']),
  chunk('assets/react-1.js', null, []),
  chunk('assets/sources-1.js', '/app/src/app/routes/sources.tsx', ['assets/react-1.js', 'assets/empty-state-1.js']),
  chunk('assets/empty-state-1.js', null, ['assets/react-1.js']),
  chunk('assets/search-1.js', '/app/src/app/routes/search.tsx', ['assets/empty-state-1.js']),
  { type: 'asset', fileName: 'assets/style-1.css' },
]

describe('routeChunkFiles(bundle)', () => {
  it("lists the app's code, then what the view adds, each file once, the page's entry left out", () => {
    const files = routeChunkFiles(bundle)
    expect(files.sources).toEqual([
      'assets/main-1.js',
      'assets/react-1.js',
      'assets/sources-1.js',
      'assets/empty-state-1.js',
    ])
    expect(files.search).toEqual([
      'assets/main-1.js',
      'assets/react-1.js',
      'assets/search-1.js',
      'assets/empty-state-1.js',
    ])
  })

  it("gives a view whose code is not in the bundle the app's code alone", () => {
    expect(routeChunkFiles(bundle).timeline).toEqual(['assets/main-1.js', 'assets/react-1.js'])
    expect(Object.keys(routeChunkFiles(bundle)).sort()).toEqual(Object.keys(ROUTE_FILES).sort())
  })

  it('lists nothing without the app (a development build has no bundle)', () => {
    expect(routeChunkFiles([])).toEqual({})
  })
})
