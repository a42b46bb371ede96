import { FIRST_SCREEN_END_ID } from '../src/components/ui/first-screen-end.tsx'
import { assertNoInlineAttributes } from './content-security-policy.ts'

// Pure string work on the built index.html: where a baked page's markup, title and path go.

/** What one baked page puts into the built index.html. */
export interface BakedPageParts {
  /** The markup inside #root. */
  html: string
  title: string
  /** The address the page stands for (with the base path), or null for a page that stands for no single address. */
  bakedPath: string | null
}

/** Normalises an address the way the page's pre-paint script does: one slash between parts, none at the end. */
export function bakedPathOf(basename: string, path: string): string {
  const joined = `${basename}${path}`.replace(/\/{2,}/g, '/')
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined
}

const HOLD_TO_PAGE_END = '<link rel="expect" href="#page-end" blocking="render" />'
const HOLD_TO_FIRST_SCREEN = `<link rel="expect" href="#${FIRST_SCREEN_END_ID}" blocking="render" />`

/**
 * Whether a view's markup marks where its first screen ends: its first frame need not wait for the rest, which
 * stacks below (Chromium warns of a link whose element never comes, so a page without the mark keeps #page-end).
 */
const marksFirstScreen = (html: string) => html.includes(`id="${FIRST_SCREEN_END_ID}"`)

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Puts a baked page into the built index.html: its title, the address it stands for (read by the pre-paint script,
 * which decides before first paint whether the page can be shown as baked) and its markup inside #root.
 */
export function injectBakedPage(template: string, parts: BakedPageParts): string {
  if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to bake into')
  if (!/<title>[^<]*<\/title>/.test(template)) throw new Error('index.html has no <title>')
  // a frame painted halfway through the markup would be moved by what is parsed after it (CLS): index.html holds the
  // first frame until the parser reaches #page-end, after #root
  if (!/<div id="root"><\/div>\s*<span id="page-end" hidden><\/span>/.test(template)) {
    throw new Error('index.html has no #page-end right after #root to hold the first frame until the page is parsed')
  }
  if (!template.includes(HOLD_TO_PAGE_END)) throw new Error('index.html holds no frame until #page-end')
  assertNoInlineAttributes(parts.html)
  const meta =
    parts.bakedPath === null ? '' : `<meta name="cw-baked-path" content="${escapeHtml(parts.bakedPath)}" />\n    `
  return template
    .replace(/<title>[^<]*<\/title>/, () => `${meta}<title>${escapeHtml(parts.title)}</title>`)
    .replace(HOLD_TO_PAGE_END, () => (marksFirstScreen(parts.html) ? HOLD_TO_FIRST_SCREEN : HOLD_TO_PAGE_END))
    .replace('<div id="root"></div>', () => `<div id="root" data-baked="">${parts.html}</div>`)
}

const ISLAND = /(<div [^>]*data-chart-island="\d+"[^>]*>)(<\/div>)/g

/** Fills the server-rendered chart boxes, in document order, with the charts' baked SVG. */
export function chartsInto(html: string, svgs: readonly string[]): string {
  let index = 0
  const filled = html.replace(ISLAND, (_whole, open: string, close: string) => `${open}${svgs[index++] ?? ''}${close}`)
  if (index !== svgs.length) {
    throw new Error(`the page has ${index} chart boxes but ${svgs.length} charts were drawn`)
  }
  return filled
}
