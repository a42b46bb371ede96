import type { ChartLegendItem } from './chart-legend'

/** SVG properties that also exist as presentation attributes: what export and baking carry from styles. */
export const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const

const NS = 'http://www.w3.org/2000/svg'
const TITLE_HEIGHT = 36
const LEGEND_ROW = 22
const SOURCE_HEIGHT = 28
const PAD = 12

/** Describes what the exported image holds besides the chart: title, legend and source line. */
export interface ExportMeta {
  title: string
  sourceLine: string
  legend: readonly ChartLegendItem[]
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

// Copies computed styles onto the clone, because the exported file has neither our stylesheet nor CSS variables.
// Through the CSSOM (`style.setProperty`), which the site's CSP allows; setting a `style` attribute would be blocked.
function inlineStyles(source: Element, target: Element): void {
  const sourceNodes = [source, ...source.querySelectorAll('*')]
  const targetNodes = [target, ...target.querySelectorAll('*')]
  sourceNodes.forEach((node, index) => {
    const copy = targetNodes[index]
    if (!(copy instanceof SVGElement || copy instanceof HTMLElement)) return
    const computed = getComputedStyle(node)
    copy.removeAttribute('style')
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop)
      if (value !== '' && value !== 'normal') copy.style.setProperty(prop, value)
    }
  })
}

function resolveVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#000'
}

/** Draws one legend entry's swatch (or its sign) at the legend's left edge, row top `y`. */
function exportSwatch(item: ChartLegendItem, y: number, color: string, patternId: string): string {
  if (item.mark)
    return `<text x="${PAD + 8}" y="${y + 11}" font-size="13" font-weight="700" text-anchor="middle" fill="${color}">${escapeXml(item.mark)}</text>`
  if (item.hatched)
    return (
      `<pattern id="${patternId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="3"/></pattern>` +
      `<rect x="${PAD}" y="${y}" width="16" height="14" fill="url(#${patternId})" stroke="${color}" stroke-dasharray="3 2"/>`
    )
  if (item.hollow)
    return `<rect x="${PAD + 1}" y="${y + 1}" width="14" height="12" fill="none" stroke="${color}" stroke-width="2"/>`
  return `<rect x="${PAD}" y="${y}" width="16" height="14" fill="${color}"/>`
}

/** Wraps a rendered chart SVG with its title, legend and source line into one self-contained SVG document. */
export function buildExportSvg(chart: SVGSVGElement, meta: ExportMeta): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect()
  const chartWidth = Math.max(Math.round(box.width), 320)
  const chartHeight = Math.max(Math.round(box.height), 160)
  const clone = chart.cloneNode(true) as SVGSVGElement
  inlineStyles(chart, clone)
  clone.setAttribute('x', String(PAD))
  clone.setAttribute('y', String(TITLE_HEIGHT))
  clone.setAttribute('width', String(chartWidth))
  clone.setAttribute('height', String(chartHeight))
  clone.removeAttribute('role')
  clone.removeAttribute('tabindex')

  const width = chartWidth + PAD * 2
  const legendTop = TITLE_HEIGHT + chartHeight + 8
  const height = legendTop + meta.legend.length * LEGEND_ROW + SOURCE_HEIGHT
  const background = resolveVar('--bg')
  const text = resolveVar('--fg')
  const muted = resolveVar('--fg-muted')
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif'

  const legend = meta.legend
    .map((item, index) => {
      const color = resolveVar(item.colorVar)
      const y = legendTop + index * LEGEND_ROW
      const swatch = exportSwatch(item, y, color, `export-hatch-${index}`)
      return `${swatch}<text x="${PAD + 24}" y="${y + 11}" font-size="13" fill="${text}">${escapeXml(item.label)}</text>`
    })
    .join('')

  const svg =
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    `<text x="${PAD}" y="24" font-size="17" font-weight="600" fill="${text}">${escapeXml(meta.title)}</text>` +
    new XMLSerializer().serializeToString(clone) +
    legend +
    `<text x="${PAD}" y="${height - 10}" font-size="12" fill="${muted}">${escapeXml(meta.sourceLine)}</text>` +
    `</svg>`
  return { svg, width, height }
}

/** Rasterises an SVG document to a PNG blob at the given pixel ratio, through an image and a canvas. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('canvas 2D context unavailable')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
  })
}
