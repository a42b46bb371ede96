import type { DateMention, Span } from '../types'

const DIGIT = /\d/u
/**
 * Words, no digit and no stop or comma, then a number: the date stands right before another figure ("2030'a kadar ise
 * toplam 300"), not before its own restatement ("could triple by 2030, to about 11 million tonnes").
 */
const NUMBER_AFTER = /^[^\d.,;:!?]{0,30}\d/u
/** Close enough to be the figure's own: a few words with no number ("40 locomotives this year"). */
const BESIDE = /^\D{0,30}$/u

/**
 * A date of the figure's own, beside it with no other number between: "40 locomotives this year", "Bu yıl 40 lokomotif".
 * Only a point counts: a deadline beside a figure is its own anyway.
 */
export function ownPointBeside(folded: string, span: Span, points: readonly DateMention[]): DateMention | undefined {
  return points.find((d) =>
    BESIDE.test(d.start >= span.end ? folded.slice(span.end, d.start) : folded.slice(d.end, span.start)),
  )
}

/**
 * "aim to export 40 locomotives this year and 300 in total by 2030", "Bu yıl 40 lokomotif ihraç etmeyi, 2030'a kadar
 * ise toplam 300 lokomotif satmayı": once a figure has a date of its own beside it, a deadline after it belongs to
 * another figure when another number stands between them, or right after the deadline.
 */
export function isAnotherFiguresDeadline(folded: string, span: Span, d: DateMention): boolean {
  if (d.start < span.end) return false
  return DIGIT.test(folded.slice(span.end, d.start)) || NUMBER_AFTER.test(folded.slice(d.end))
}
