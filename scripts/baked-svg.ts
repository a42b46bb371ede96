import { STYLE_PROPS } from '../src/components/ui/chart-export.ts'

// Turns a chart's live SVG, drawn at build time, into markup a server-rendered page can carry.

const PRESENTATION = new Set<string>(STYLE_PROPS)

/**
 * Splits a style attribute into declarations. Written by hand because jsdom's CSS parser drops what it does not
 * know, such as `fill: var(--series-target)`.
 */
export function parseStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':')
      return [declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim()] as [string, string]
    })
    .filter(([name, value]) => name.length > 0 && value.length > 0)
}

/** Options of {@link toBakedSvg}. */
export interface BakedSvgOptions {
  /** Put before every id, unique within the page. */
  prefix: string
  /** Added to the svg's classes (which size of the drawing this is). */
  className: string
}

/**
 * Prepares a chart's SVG for a baked page:
 * - ids get the chart's prefix, with every `url(#…)` and `href="#…"` that points at them (Recharts numbers its
 *   clip paths from a global counter, so two baked charts would otherwise share ids);
 * - `style` attributes become presentation attributes (the content security policy blocks inline styles; colours
 *   stay CSS variables, so the theme applies);
 * - no tab stop or `role="application"`: the baked drawing is a picture until the live chart takes its place;
 * - it fills its box's width and keeps its height, scaling by its viewBox, so the live chart replaces it in place;
 * - it is drawn with fewer elements, the same picture (see {@link simplify}).
 */
export function toBakedSvg(markup: string, { prefix, className }: BakedSvgOptions, doc: Document): string {
  const holder = doc.createElement('div')
  holder.innerHTML = markup
  const svg = holder.querySelector('svg')
  if (!svg) return ''
  const ids = new Set([...svg.querySelectorAll('[id]')].map((element) => element.id))
  const retarget = (value: string) =>
    value.replace(/url\(\s*#([^)\s]+)\s*\)/g, (whole, id: string) => (ids.has(id) ? `url(#${prefix}${id})` : whole))
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const [name, value] of parseStyle(element.getAttribute('style') ?? '')) {
      if (PRESENTATION.has(name)) element.setAttribute(name, value)
    }
    element.removeAttribute('style')
    element.removeAttribute('tabindex')
    // a picture until the live chart takes its place: no widgets inside it (timeline marks are buttons when live)
    if (element !== svg) {
      element.removeAttribute('role')
      for (const name of element.getAttributeNames()) if (name.startsWith('aria-')) element.removeAttribute(name)
    }
    if (element.getAttribute('role') === 'application') element.removeAttribute('role')
    for (const attribute of [...element.attributes]) {
      if (attribute.name === 'id') element.id = `${prefix}${attribute.value}`
      else if ((attribute.name === 'href' || attribute.name === 'xlink:href') && ids.has(attribute.value.slice(1))) {
        element.setAttribute(attribute.name, `#${prefix}${attribute.value.slice(1)}`)
      } else if (attribute.value.includes('url(')) element.setAttribute(attribute.name, retarget(attribute.value))
    }
  }
  simplify(svg)
  svg.setAttribute('width', '100%')
  svg.classList.add(className)
  svg.setAttribute('focusable', 'false')
  // named by its <title> when the chart has one, else hidden: the figure's caption and table name it anyway
  if (svg.querySelector(':scope > title')) svg.setAttribute('role', 'img')
  else svg.setAttribute('aria-hidden', 'true')
  return svg.outerHTML
}

/**
 * Recharts' grouping classes that no stylesheet, test or benchmark selects in a baked drawing: a `<g>` with only these
 * (and no other attribute) is a wrapper, and its children take its place.
 */
const WRAPPER_CLASS =
  /^recharts-(layer|zIndex-layer_-?\d+|inactive-bar|active-bar|cartesian-axis-tick|cartesian-axis-tick-label)$/

const isElement = (node: Node | null): node is Element => node?.nodeType === 1

/** Attributes Recharts copies onto elements that SVG gives no meaning to there (its props, passed through). */
const NO_EFFECT: Record<string, readonly string[]> = {
  line: ['x', 'y', 'width', 'height', 'angle', 'orientation', 'offset'],
  text: ['width', 'height', 'angle', 'orientation', 'offset'],
}

const LINE_ENDS = new Set(['x1', 'y1', 'x2', 'y2'])

/** A line's attributes but its ends, in a stable order: lines alike in all of them can be drawn as one path. */
const lineLook = (line: Element) =>
  line
    .getAttributeNames()
    .filter((name) => !LINE_ENDS.has(name))
    .sort()
    .map((name) => `${name}=${line.getAttribute(name) ?? ''}`)
    .join('\n')

/** Replaces each run of two or more alike sibling lines (a grid's, an axis' ticks) with one path drawing them all. */
function mergeLines(parent: Element, doc: Document): void {
  let run: Element[] = []
  const flush = () => {
    const first = run[0]
    if (first && run.length > 1) {
      const path = doc.createElementNS(first.namespaceURI, 'path')
      for (const name of first.getAttributeNames()) {
        if (!LINE_ENDS.has(name)) path.setAttribute(name, first.getAttribute(name) ?? '')
      }
      if (!path.hasAttribute('fill')) path.setAttribute('fill', 'none')
      const end = (line: Element, name: string) => line.getAttribute(name) ?? '0'
      const d = run.map((line) => `M${end(line, 'x1')} ${end(line, 'y1')}L${end(line, 'x2')} ${end(line, 'y2')}`)
      path.setAttribute('d', d.join(''))
      first.replaceWith(path)
      for (const line of run.slice(1)) line.remove()
    }
    run = []
  }
  for (const child of [...parent.children]) {
    if (child.localName === 'line' && (run.length === 0 || lineLook(child) === lineLook(run[0] as Element))) {
      run.push(child)
      continue
    }
    flush()
    if (child.localName === 'line') run.push(child)
  }
  flush()
}

/**
 * Draws the same picture with fewer elements and bytes, which the browser parses, styles, lays out and paints before
 * the page's first frame (README "First chart"): wrapper groups go (their children take their place), as do empty
 * groups, an empty description, unused definitions and ids nothing points at; attributes SVG ignores on an element go;
 * a text's one tspan becomes the text itself; alike sibling lines (grid lines, ticks) become one path. Classes the
 * stylesheet, the tests and the benchmark select (`recharts-bar-rectangle`, `chart-grid`, `chart-label`, the axes'
 * classes) stay on what they mark.
 */
export function simplify(svg: Element): void {
  const doc = svg.ownerDocument
  for (const element of [...svg.querySelectorAll('*')]) {
    for (const name of NO_EFFECT[element.localName] ?? []) element.removeAttribute(name)
  }
  for (const text of svg.querySelectorAll('text')) {
    const only = text.firstChild
    if (text.childNodes.length !== 1 || !isElement(only) || only.localName !== 'tspan') continue
    const sameX = (only.getAttribute('x') ?? text.getAttribute('x')) === text.getAttribute('x')
    if (!sameX || text.hasAttribute('dy') || only.getAttributeNames().some((name) => name !== 'x' && name !== 'dy'))
      continue
    const dy = only.getAttribute('dy')
    if (dy !== null) text.setAttribute('dy', dy)
    text.textContent = only.textContent
  }
  // deepest first, so a wrapper of wrappers unwraps whole
  for (const group of [...svg.querySelectorAll('g')].reverse()) {
    const onlyClass = group.getAttributeNames().every((name) => name === 'class')
    if (onlyClass && [...group.classList].every((name) => WRAPPER_CLASS.test(name)))
      group.replaceWith(...group.childNodes)
  }
  const markup = () => svg.outerHTML
  let text = markup()
  for (const defined of svg.querySelectorAll('defs > [id]')) {
    if (!text.includes(`#${defined.id}`)) defined.remove()
  }
  text = markup()
  for (const element of svg.querySelectorAll('[id]'))
    if (!text.includes(`#${element.id}`)) element.removeAttribute('id')
  for (const parent of [svg, ...svg.querySelectorAll('g')]) mergeLines(parent, doc)
  for (const element of [...svg.querySelectorAll('g, defs, desc')].reverse()) {
    if (element.childNodes.length === 0 || (element.localName === 'desc' && element.textContent === ''))
      element.remove()
  }
}
