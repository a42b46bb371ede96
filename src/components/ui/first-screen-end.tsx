/**
 * The id index.html's render-blocking `<link rel="expect">` waits for: a baked page's first frame comes once the
 * parser is past this mark, so what stands above it paints whole (nothing parsed later moves it) while what follows
 * comes in the frames after. A page without the mark paints once it is parsed to the end.
 */
export const FIRST_SCREEN_END_ID = 'first-screen-end'

/**
 * Marks where a view's first screen ends: after the block a 1280×900 window first shows (the key figures, a view's
 * first chart). Only blocks whose later siblings stack below them may stand before it, so nothing shown moves.
 */
export function FirstScreenEnd() {
  return <span id={FIRST_SCREEN_END_ID} hidden />
}
