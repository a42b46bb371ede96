import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildPolicy, withPolicyMeta } from '../../../scripts/content-security-policy'

const BASE =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'"
const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`

describe('buildPolicy(html)', () => {
  it.each([
    [
      'allows only same-origin code for a page with external scripts and styles',
      '<script type="module" src="/a.js"></script><link rel="stylesheet" href="/a.css">',
      BASE,
    ],
    [
      'hashes an inline script',
      '<script>window.x = 1</script>',
      BASE.replace("script-src 'self'", `script-src 'self' ${hash('window.x = 1')}`),
    ],
    [
      'hashes an inline style',
      '<style>body{margin:0}</style>',
      BASE.replace("style-src 'self'", `style-src 'self' ${hash('body{margin:0}')}`),
    ],
  ])('%s', (_name, html, expected) => {
    expect(buildPolicy(html)).toBe(expected)
  })

  it.each([
    ['a style attribute', '<div style="color:red"></div>', /inline style attribute/],
    ['an event-handler attribute', '<img src="x" onerror="alert(1)">', /inline onerror attribute/],
  ])('refuses %s, which no hash can allow', (_name, html, message) => {
    expect(() => buildPolicy(html)).toThrow(message)
  })
})

describe('withPolicyMeta(html)', () => {
  it('puts the policy right after <meta charset>, ahead of every script and stylesheet', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/a.js"></script>\n</head>'
    expect(withPolicyMeta(html)).toBe(
      `<head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${BASE}" />\n    <script type="module" src="/a.js"></script>\n</head>`,
    )
  })

  it('refuses a page without <meta charset>', () => {
    expect(() => withPolicyMeta('<head></head>')).toThrow(/no <meta charset>/)
  })
})
