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

  it('copies a whole record with its strings and lists of strings shared, writing the same JSON', () => {
    const shared = new Interner()
    const line =
      '{"id":"agreement-1","parties":["KZ","TR"],"count":2,"date":null,"sources":[' +
      '{"articleId":"aa-2024-tr","quote":"Taraflar 2 anlaşma imzaladı.","mention":{"start":9,"end":19}}]}'
    type Record = { parties: string[]; sources: { articleId: string; quote: string }[] }
    const [a, b] = [JSON.parse(line) as Record, JSON.parse(line) as Record].map((record) => shared.shared(record))
    expect(JSON.stringify(a)).toBe(JSON.stringify(JSON.parse(line)))
    expect(b).not.toBe(a)
    expect(b!.parties).toBe(a!.parties)
    expect(b!.sources[0]!.quote).toBe(a!.sources[0]!.quote)
    // a list holding records is copied, never shared: its records are what differs
    expect(b!.sources).not.toBe(a!.sources)
  })
})
