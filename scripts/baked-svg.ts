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
 * - it fills its box's width and keeps its height, scaling by its viewBox, so the live chart replaces it in place.
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
  svg.setAttribute('width', '100%')
  svg.classList.add(className)
  svg.setAttribute('focusable', 'false')
  // named by its <title> when the chart has one, else hidden: the figure's caption and table name it anyway
  if (svg.querySelector(':scope > title')) svg.setAttribute('role', 'img')
  else svg.setAttribute('aria-hidden', 'true')
  return svg.outerHTML
}
