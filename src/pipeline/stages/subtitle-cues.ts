import type { Article } from '../../schema/dataset'

/**
 * A broadcast's subtitles saved as a SubRip (.srt) or WebVTT file: numbered cues, each with its timing and a line or
 * two of speech, cut wherever the screen ran out ("Sofralık üzüm ihracatı ise yılın ilk sekiz ayında" | "186 bin tona
 * çıktı; …"). Every line break ends a sentence for the segmenter, so a cue's half-sentence would reach the extractor
 * without its verb or its number. This joins the cues back into the speakers' paragraphs: the timings, the cue
 * numbers and the sound notes ("[music]", "[MÜZİK]") go, and a new speaker ("MUHABİR:", "ANCHOR:") opens a paragraph.
 */

/** A cue's timing: "00:01:12,400 --> 00:01:15,900" (SubRip), "00:01:12.400 --> 00:01:15.900" (WebVTT). */
const TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}(?:\s+\S.*)?$/u
const CUE_NUMBER = /^\s*\d{1,5}\s*$/u
/** A note of a sound, not speech: "[upbeat music]", "[MÜZİK]", "(аплодисменты)", "♪". */
const SOUND = /^\s*(?:\[[^\]]{1,40}\]|\([^)]{1,40}\)|♪[^♪]*♪?)\s*$/u
/** A speaker's label opening a cue: "SPİKER:", "MADINA RUSTAMOVA (ANCHOR):", "КОРРЕСПОНДЕНТ:". */
const SPEAKER = /^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:\s*\([^)]{1,60}\))?:(?:\s|$)/u
/** Fewer timings than this are a time range quoted in a story, not a subtitle file. */
const MIN_CUES = 3

/** The index of the timing lines of a subtitle file's cues, or none when the text holds too few to be one. */
function timingLines(lines: readonly string[]): number[] {
  const timings = lines.flatMap((line, index) => (TIMING.test(line) ? [index] : []))
  return timings.length >= MIN_CUES ? timings : []
}

/** Where a cue's speech ends: the blank line after it, or the next cue's number and timing. */
function cueEnd(lines: readonly string[], from: number): number {
  let end = from
  while (end < lines.length && (lines[end] ?? '').trim() !== '' && !TIMING.test(lines[end] ?? '')) {
    if (CUE_NUMBER.test(lines[end] ?? '') && TIMING.test(lines[end + 1] ?? '')) break
    end++
  }
  return end
}

/** Joins a subtitle file's cues into paragraphs of speech; any other text is returned as it is. */
export function joinSubtitleCues(text: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  const timings = timingLines(lines)
  const first = timings[0]
  if (first === undefined) return { text, removed: [] }
  const removed: Article['removed'] = []
  const paragraphs: string[] = []
  let paragraph = ''
  let end = first
  for (const timing of timings) {
    if (timing < end) continue
    const number = lines[timing - 1] ?? ''
    if (CUE_NUMBER.test(number)) removed.push({ reason: 'subtitle timing', text: number.trim() })
    removed.push({ reason: 'subtitle timing', text: (lines[timing] ?? '').trim() })
    end = cueEnd(lines, timing + 1)
    for (const line of lines.slice(timing + 1, end)) {
      if (SOUND.test(line)) removed.push({ reason: 'subtitle sound', text: line.trim() })
      else if (SPEAKER.test(line) && paragraph !== '') {
        paragraphs.push(paragraph)
        paragraph = line.trim()
      } else paragraph = paragraph === '' ? line.trim() : `${paragraph} ${line.trim()}`
    }
  }
  if (paragraph !== '') paragraphs.push(paragraph)
  // the page before the first cue (its number aside) and after the last: its header, footer and links
  const before = lines.slice(0, CUE_NUMBER.test(lines[first - 1] ?? '') ? first - 1 : first)
  return { text: [...before, paragraphs.join('\n\n'), ...lines.slice(end)].join('\n'), removed }
}
