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

describe('findEventCues: a conference call and a question-and-answer session are no occasions', () => {
  it.each<[string]>([
    ['Conference Call Participants'],
    ['The company held a conference call with analysts on Thursday.'],
    ['After the presentation there will be a question-and-answer session.'],
    ['The Q&A session lasted an hour.'],
  ])('%s', (text) => {
    expect(cues(text)).toEqual([])
  })

  it('guard: a conference stays one', () => {
    expect(cues('The transport conference opened in Aktau.')).toEqual(['conference'])
  })
})
