import { describe, expect, it } from 'vitest'
import { addDays, datesOverlap } from '../../../../src/pipeline/stages/occasion-dates'
import { OccasionIndex } from '../../../../src/pipeline/stages/occasion-index'
import type { EventDraft } from '../../../../src/pipeline/types'

/** A draft with just the date fields the index reads. */
const draft = (date: string | null, dateEnd: string | null = null) => ({ date, dateEnd }) as EventDraft

/** Dates of every precision over three years: days, short and long ranges (some across a new year), months, years. */
function dates(count: number): EventDraft[] {
  const out: EventDraft[] = []
  for (let n = 0; n < count; n++) {
    const day = addDays('2024-01-01', (n * 37) % 1000)
    const kind = n % 11
    if (kind === 0) out.push(draft(day.slice(0, 4)))
    else if (kind === 1) out.push(draft(day.slice(0, 7)))
    else if (kind === 2) out.push(draft(day, addDays(day, 3)))
    else if (kind === 3)
      out.push(draft(day, addDays(day, 45 + (n % 300)))) // too long for its days to be filed
    else if (kind === 4) out.push(draft(null))
    else out.push(draft(day))
  }
  return out
}

describe('OccasionIndex', () => {
  it('offers every group of its year a draft overlaps (±1 day), as looking through the whole year did', () => {
    const index = new OccasionIndex()
    const groups: EventDraft[][] = []
    dates(900).forEach((next, n) => {
      const candidates = new Set(index.candidates(next, 'encounter'))
      groups.forEach((group, g) => {
        // what the merge looked through before: every group with a draft of the same year (or a day next to it)
        const sameYear = group.some((other) => other.date !== null && other.date.slice(0, 4) === next.date?.slice(0, 4))
        if (sameYear && group.some((other) => datesOverlap(other, next, 1))) {
          expect(candidates.has(g), `${n} → ${g}`).toBe(true)
        }
      })
      // join an earlier group now and then, so groups hold drafts of several precisions
      const at = n % 3 === 0 && groups.length > 0 ? (n * 7) % groups.length : groups.push([]) - 1
      groups[at]!.push(next)
      index.add(at, next, 'encounter')
    })
  })

  it('offers a day only the groups near it, not its whole year', () => {
    const index = new OccasionIndex()
    for (let n = 0; n < 300; n++) index.add(n, draft(addDays('2025-01-01', n)), 'encounter')
    expect(index.candidates(draft('2025-06-01'), 'encounter')).toEqual([150, 151, 152])
    expect(index.candidates(draft('2025'), 'encounter')).toHaveLength(300)
  })
})
