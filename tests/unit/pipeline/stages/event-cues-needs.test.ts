import { describe, expect, it } from 'vitest'
import { findEventCues } from '../../../../src/pipeline/stages/event-cues'

/** The words of each event cue found in a sentence. */
const cues = (text: string) => findEventCues(text, 'en').map(({ start, end }) => text.slice(start, end))

describe('findEventCues: "meet" that satisfies a need holds no meeting', () => {
  it.each<[string]>([
    ['Its own upstream cannot grow fast enough to meet its commitments.'],
    ['New berths will help the port meet growing demand.'],
    ['The trucks must meet EU standards by 2027.'],
  ])('%s', (text) => {
    expect(cues(text)).toEqual([])
  })

  it.each<[string, string[]]>([
    ['The ministers will meet again in Baku in June.', ['meet']],
    ['The two presidents met the press after their talks.', ['met', 'talks']],
  ])('guard: a meeting stays one: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })
})
