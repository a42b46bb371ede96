/** Pixels a character of a label takes at the chart's 12 px font (an average: a label is cut to fit by it). */
export const CHAR_WIDTH = 6.6
/** How far a label starts before its dot (or ends after it), so it reads as the dot's. */
export const LABEL_GAP = 12

/** Where a mark's label goes: above or below its dot, or nowhere when both would overlap a neighbour's. */
export type LabelSlot = 'above' | 'below' | null

/** Shortens a label to about `width` pixels at the chart's 12 px font, ending it with "…" when cut. */
export function fitLabel(label: string, width: number): string {
  const chars = Math.floor(width / CHAR_WIDTH)
  if (label.length <= chars) return label
  return chars <= 1 ? '' : `${label.slice(0, chars - 1).trimEnd()}…`
}

/**
 * How a mark's label runs: right from just before the dot in the left half of the plot, left from just after it in
 * the right half, cut to the room on that side; `start`–`end` is the stretch of the line it covers.
 */
export function labelRun(label: string, cx: number, left: number, right: number) {
  const runsRight = cx - left <= right - cx
  const text = fitLabel(label, runsRight ? right - cx + LABEL_GAP : cx - left + LABEL_GAP)
  const width = text.length * CHAR_WIDTH
  const start = runsRight ? cx - LABEL_GAP : cx + LABEL_GAP - width
  return { runsRight, text, start, end: start + width }
}

/** One mark as the layout sees it: its lane, where its dot is across the plot, and its label. */
export interface LaidMark {
  id: string
  lane: number
  cx: number
  label: string
}

/** Room kept between two labels on one line, so they read as two. */
const SPACING = 8

/**
 * Places each lane's labels left to right, above the dot where that line is free, else below, else not at all (the
 * dot keeps its title and its accessible name): alternating alone let the first and third of three close occasions
 * overlap.
 */
export function labelSlots(marks: readonly LaidMark[], left: number, right: number): Map<string, LabelSlot> {
  const slots = new Map<string, LabelSlot>()
  const taken = new Map<string, { start: number; end: number }[]>()
  for (const mark of [...marks].sort((a, b) => a.lane - b.lane || a.cx - b.cx)) {
    const run = labelRun(mark.label, mark.cx, left, right)
    const free = (slot: 'above' | 'below') =>
      (taken.get(`${mark.lane}:${slot}`) ?? []).every(
        (other) => run.end + SPACING <= other.start || other.end + SPACING <= run.start,
      )
    const slot = free('above') ? 'above' : free('below') ? 'below' : null
    slots.set(mark.id, slot)
    if (slot) {
      const key = `${mark.lane}:${slot}`
      taken.set(key, [...(taken.get(key) ?? []), run])
    }
  }
  return slots
}
