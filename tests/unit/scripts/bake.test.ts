import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { bakedPathOf, chartsInto, injectBakedPage } from '../../../scripts/baked-page'
import { parseStyle, simplify, toBakedSvg } from '../../../scripts/baked-svg'
import { inlineStylesheets } from '../../../scripts/inline-stylesheet'

const HOLD = '<link rel="expect" href="#page-end" blocking="render" />'
const TEMPLATE = `<!doctype html><html><head><meta charset="UTF-8" />${HOLD}<title>Corridor Watch</title>
<style>body{margin:0}</style></head><body><div id="root"></div>
<span id="page-end" hidden></span></body></html>`

describe('injectBakedPage', () => {
  it('puts the markup into #root and the title and the address into the head, keeping the inline stylesheet', () => {
    const page = injectBakedPage(TEMPLATE, {
      html: '<main><h1>Agreements</h1></main>',
      title: 'Agreements · Corridor Watch',
      bakedPath: '/agreements',
    })
    expect(page).toContain('<div id="root" data-baked=""><main><h1>Agreements</h1></main></div>')
    expect(page).toContain('<meta name="cw-baked-path" content="/agreements" />')
    expect(page).toContain('<title>Agreements · Corridor Watch</title>')
    expect(page).toContain('<style>body{margin:0}</style></head>')
  })

  it('claims no address for the not-found page and escapes the title', () => {
    const page = injectBakedPage(TEMPLATE, { html: '', title: 'A <b> & "c"', bakedPath: null })
    expect(page).not.toContain('cw-baked-path')
    expect(page).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>')
  })

  it('refuses a template whose first frame would not wait for the whole page', () => {
    const parts = { html: '', title: 't', bakedPath: '/' }
    expect(() => injectBakedPage(TEMPLATE.replace('<span id="page-end" hidden></span>', ''), parts)).toThrow(
      /no #page-end/,
    )
  })

  it('refuses a template that does not hold its first frame at all', () => {
    const parts = { html: '', title: 't', bakedPath: '/' }
    expect(() => injectBakedPage(TEMPLATE.replace(HOLD, ''), parts)).toThrow(/holds no frame until #page-end/)
  })

  it('holds the first frame until the first screen where the view marks one, else until the whole page', () => {
    const marked = injectBakedPage(TEMPLATE, {
      html: '<main><h1>Overview</h1><span id="first-screen-end" hidden=""></span><section>charts</section></main>',
      title: 't',
      bakedPath: '/',
    })
    expect(marked).toContain('<link rel="expect" href="#first-screen-end" blocking="render" />')
    expect(marked).not.toContain('href="#page-end"')
    const unmarked = injectBakedPage(TEMPLATE, { html: '<main><h1>Sources</h1></main>', title: 't', bakedPath: '/s' })
    expect(unmarked).toContain(HOLD)
    expect(unmarked).not.toContain('first-screen-end')
  })

  it('refuses markup with a style attribute, which the content security policy would block', () => {
    const parts = { html: '<p style="color:red">x</p>', title: 't', bakedPath: '/' }
    expect(() => injectBakedPage(TEMPLATE, parts)).toThrow(/inline style attribute/)
  })
})

describe('bakedPathOf', () => {
  it.each([
    ['', '/', '/'],
    ['', '/targets/trade-turnover', '/targets/trade-turnover'],
    ['/corridor-watch', '/', '/corridor-watch'],
    ['/corridor-watch', '/sources', '/corridor-watch/sources'],
  ])('joins base %j and path %j as the pre-paint script reads the address: %j', (base, path, expected) => {
    expect(bakedPathOf(base, path)).toBe(expected)
  })
})

describe('chartsInto', () => {
  const box = (height: number) => `<div class="chart-frame__chart" data-chart-island="${height}"></div>`

  it('fills the chart boxes with the drawn charts in document order', () => {
    const html = `<p>a</p>${box(280)}<p>b</p>${box(180)}`
    expect(chartsInto(html, ['<svg>1</svg>', '<svg>2</svg>'])).toBe(
      `<p>a</p>${box(280).replace('></div>', '><svg>1</svg></div>')}<p>b</p>${box(180).replace('></div>', '><svg>2</svg></div>')}`,
    )
  })

  it('fails when the page and the drawing disagree on how many charts there are', () => {
    expect(() => chartsInto(box(280), [])).toThrow(/1 chart boxes but 0 charts/)
  })
})

describe('toBakedSvg', () => {
  const doc = new JSDOM('').window.document
  const live = `<svg class="recharts-surface" width="500" height="280" viewBox="0 0 500 280" tabindex="0"
    role="application" style="width: 100%; height: 100%"><title>Trade</title><defs><clipPath id="recharts1-clip">
    <rect x="0" y="0" width="10" height="10"></rect></clipPath><pattern id="hatch"></pattern></defs>
    <g clip-path="url(#recharts1-clip)"><rect style="fill: var(--series-target); stroke: url(#hatch)"></rect>
    <use href="#hatch"></use><g role="button" tabindex="0" aria-pressed="false" aria-label="Visit"></g></g></svg>`

  it('prefixes ids and what points at them, turns styles into attributes, and drops the tab stop', () => {
    const svg = new JSDOM(toBakedSvg(live, { prefix: 'b0c1w-', className: 'baked-wide' }, doc)).window.document.body
      .firstElementChild!
    expect([...svg.querySelectorAll('[id]')].map((element) => element.id)).toEqual([
      'b0c1w-recharts1-clip',
      'b0c1w-hatch',
    ])
    expect(svg.querySelector('g')?.getAttribute('clip-path')).toBe('url(#b0c1w-recharts1-clip)')
    expect(svg.querySelector('use')?.getAttribute('href')).toBe('#b0c1w-hatch')
    const bar = svg.querySelector('g > rect')
    expect(bar?.getAttribute('fill')).toBe('var(--series-target)')
    expect(bar?.getAttribute('stroke')).toBe('url(#b0c1w-hatch)')
    expect(svg.querySelectorAll('[style]')).toHaveLength(0)
    expect(svg.querySelectorAll('[tabindex], [role], [aria-pressed], [aria-label]')).toHaveLength(0)
    expect(svg.hasAttribute('tabindex')).toBe(false)
    expect(svg.getAttribute('role')).toBe('img') // named by its <title>
    expect(svg.getAttribute('width')).toBe('100%')
    expect(svg.getAttribute('height')).toBe('280')
    expect(svg.classList.contains('baked-wide')).toBe(true)
  })

  it('draws the same picture with fewer elements: no wrappers, no unused definitions, one path for alike lines', () => {
    const holder = doc.createElement('div')
    holder.innerHTML = `<svg viewBox="0 0 100 100"><title>T</title><desc></desc>
      <g class="recharts-zIndex-layer_-100"><g class="recharts-cartesian-grid">
        <line class="chart-grid" x="1" width="9" stroke="#ccc" x1="0" y1="10" x2="90" y2="10"></line>
        <line class="chart-grid" x="1" width="9" stroke="#ccc" x1="0" y1="20" x2="90" y2="20"></line>
        <line class="chart-goal" stroke="red" x1="0" y1="30" x2="90" y2="30"></line></g></g>
      <g class="recharts-zIndex-layer_600"></g>
      <defs><clipPath id="unused"><rect></rect></clipPath><pattern id="hatch"></pattern></defs>
      <g class="recharts-layer recharts-bar" id="nobody"><g class="recharts-layer recharts-bar-rectangle">
        <g class="recharts-layer recharts-inactive-bar"><rect fill="url(#hatch)"></rect></g></g></g>
      <text x="5" y="6" width="40" angle="0"><tspan x="5" dy="0.71em">$1B</tspan></text>
      <text x="5" y="7"><tspan x="5" dy="0">two</tspan><tspan x="5" dy="1em">lines</tspan></text></svg>`
    const svg = holder.querySelector('svg')!
    simplify(svg)
    expect(svg.querySelectorAll('desc, clipPath, [id="unused"], .recharts-zIndex-layer_600')).toHaveLength(0)
    expect(svg.querySelector('pattern')?.id).toBe('hatch') // in use
    expect(svg.querySelector('.recharts-bar')?.hasAttribute('id')).toBe(false) // nothing points at it
    // what the stylesheet and the benchmark select stays, the wrappers go
    expect(svg.querySelector('.recharts-bar-rectangle > rect')?.getAttribute('fill')).toBe('url(#hatch)')
    expect(svg.querySelector('.recharts-zIndex-layer_-100, .recharts-inactive-bar')).toBeNull()
    const grid = svg.querySelector('.recharts-cartesian-grid')!
    expect([...grid.children].map((child) => child.localName)).toEqual(['path', 'line'])
    const path = grid.querySelector('path')!
    expect(path.getAttribute('d')).toBe('M0 10L90 10M0 20L90 20')
    expect(path.getAttribute('class')).toBe('chart-grid')
    expect(path.getAttribute('stroke')).toBe('#ccc')
    expect(path.getAttribute('fill')).toBe('none')
    expect(path.hasAttribute('x') || path.hasAttribute('width')).toBe(false)
    const [one, two] = [...svg.querySelectorAll('text')]
    expect(one?.outerHTML).toBe('<text x="5" y="6" dy="0.71em">$1B</text>')
    expect(two?.querySelectorAll('tspan')).toHaveLength(2) // a wrapped tick keeps its lines
  })

  it('reads declarations whose values hold colons or functions', () => {
    expect(parseStyle('fill: var(--a); stroke-dasharray: 5 3;; ')).toEqual([
      ['fill', 'var(--a)'],
      ['stroke-dasharray', '5 3'],
    ])
  })
})

const SHEETS = new Map([['assets/index-a1.css', 'body{margin:0}\n']])

describe('inlineStylesheets(html, base, sheets)', () => {
  it.each([
    [
      'replaces the link with a <style> in place',
      '<head><link rel="stylesheet" crossorigin href="/assets/index-a1.css"><title>t</title></head>',
      '/',
      '<head><style>body{margin:0}</style><title>t</title></head>',
    ],
    [
      'finds the file under a sub-path build',
      '<link rel="stylesheet" crossorigin href="/corridor-watch/assets/index-a1.css">',
      '/corridor-watch/',
      '<style>body{margin:0}</style>',
    ],
    [
      'leaves other links alone',
      '<link rel="icon" href="data:,"><link rel="modulepreload" href="/assets/main.js">',
      '/',
      '<link rel="icon" href="data:,"><link rel="modulepreload" href="/assets/main.js">',
    ],
  ])('%s', (_name, html, base, expected) => {
    expect(inlineStylesheets(html, base, SHEETS).html).toBe(expected)
  })

  it('names the files it inlined', () => {
    const html = '<link rel="stylesheet" href="/assets/index-a1.css">'
    expect(inlineStylesheets(html, '/', SHEETS).inlined).toEqual(['assets/index-a1.css'])
  })

  it.each([
    [
      'a stylesheet the build did not write',
      '<link rel="stylesheet" href="/other.css">',
      SHEETS,
      /no built stylesheet/,
    ],
    [
      'text that would close the element early',
      '<link rel="stylesheet" href="/assets/x.css">',
      new Map([['assets/x.css', 'a::after{content:"</style>"}']]),
      /would end the inline element/,
    ],
  ])('refuses %s', (_name, html, sheets, message) => {
    expect(() => inlineStylesheets(html, '/', sheets)).toThrow(message)
  })
})
