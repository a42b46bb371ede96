/** One fact's marked stretch of the article text, as offsets into it. */
export interface Highlight {
  factId: string
  start: number
  end: number
}

/** A stretch of text with the facts that cover all of it, innermost (shortest highlight) first; none for plain text. */
export interface TextSegment {
  start: number
  end: number
  text: string
  factIds: string[]
}

function compareByNesting(a: Highlight, b: Highlight): number {
  return a.end - a.start - (b.end - b.start) || b.start - a.start || a.factId.localeCompare(b.factId)
}

/**
 * Cuts a text into consecutive, non-overlapping segments at every highlight edge, so overlapping or nested
 * highlights never break the text: the segments' texts joined give the text back exactly. Spans outside the text
 * are clipped and empty ones dropped.
 */
export function toSegments(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const valid = highlights
    .map((item) => ({ ...item, start: Math.max(0, item.start), end: Math.min(text.length, item.end) }))
    .filter((item) => item.start < item.end)
    .sort(compareByNesting)
  const edges = [...new Set([0, text.length, ...valid.flatMap((item) => [item.start, item.end])])].sort((a, b) => a - b)
  const segments: TextSegment[] = []
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const start = edges[index] ?? 0
    const end = edges[index + 1] ?? text.length
    const factIds = [
      ...new Set(valid.filter((item) => item.start <= start && item.end >= end).map((item) => item.factId)),
    ]
    segments.push({ start, end, text: text.slice(start, end), factIds })
  }
  return segments
}

/** Finds the first segment a fact covers, where the reader scrolls to when the link names that fact. */
export function firstSegmentOf(segments: readonly TextSegment[], factId: string): TextSegment | undefined {
  return segments.find((segment) => segment.factIds.includes(factId))
}
