import { describe, expect, it } from 'vitest'
import { Interner } from '../../../../src/pipeline/spill/interner'

describe('Interner', () => {
  it('gives back the first copy of an equal string or list, as records parsed from JSON lines hold them', () => {
    const shared = new Interner()
    const [a, b] = [
      '{"parties":["KZ","TR"],"title":"Ortak Bildiri"}',
      '{"parties":["KZ","TR"],"title":"Ortak Bildiri"}',
    ]
      .map((line) => JSON.parse(line) as { parties: string[]; title: string })
      .map((draft) => ({ parties: shared.of(draft.parties), title: shared.of(draft.title) }))
    expect(b!.parties).toBe(a!.parties)
    expect(b!.title).toBe(a!.title)
  })

  it('keeps values that differ apart, and passes numbers and null through', () => {
    const shared = new Interner()
    const first = shared.of(['AZ', 'KZ'])
    expect(shared.of(['KZ', 'AZ'])).not.toBe(first)
    expect(shared.of(['KZ', 'AZ'])).toEqual(['KZ', 'AZ'])
    // a string equal to a list's JSON is still a string
    expect(shared.of('["AZ","KZ"]')).toBe('["AZ","KZ"]')
    expect(shared.of(null)).toBeNull()
    expect(shared.of(3)).toBe(3)
  })
})
