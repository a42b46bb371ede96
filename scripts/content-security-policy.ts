import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The policy the built site runs under, directive by directive (README "Deploying" explains each). Everything is
 * denied unless named: the app loads its own scripts, styles and data files from its own origin, and draws images
 * from its own origin or from `data:` URLs (the favicon, and the chart SVG that PNG export rasterises).
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>

/** Directives a `<meta>` policy cannot carry; a host sends them as a header (README). */
export const HEADER_ONLY_DIRECTIVES = { 'frame-ancestors': ["'none'"] } as const

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
// a style or event-handler attribute could only be allowed with 'unsafe-hashes'; the build must not produce one
const INLINE_ATTRIBUTE = /<[^>]+\s(style|on[a-z]+)\s*=/i

function sha256Source(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`
}

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => sha256Source(match[1] ?? ''))
}

/** Serialises directives as a policy string, in the order given. */
export function serialisePolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** Throws on an inline style or event-handler attribute: the policy would block it (baked pages are checked too). */
export function assertNoInlineAttributes(html: string): void {
  const attribute = INLINE_ATTRIBUTE.exec(html)
  if (attribute) {
    const at = Math.max(0, attribute.index - 80)
    throw new Error(
      `inline ${attribute[1]} attribute, which the CSP would block: …${html.slice(at, attribute.index + 80)}…`,
    )
  }
}

/**
 * Builds the policy for one HTML page: the fixed directives, plus a hash for each inline `<script>` or `<style>` the
 * page holds (today's build has none). Throws on an inline style or event-handler attribute, which no hash allows.
 */
export function buildPolicy(html: string): string {
  assertNoInlineAttributes(html)
  return serialisePolicy({
    ...CSP_DIRECTIVES,
    'script-src': [...CSP_DIRECTIVES['script-src'], ...hashesOf(html, INLINE_SCRIPT)],
    'style-src': [...CSP_DIRECTIVES['style-src'], ...hashesOf(html, INLINE_STYLE)],
  })
}

/** Adds the policy as a `<meta http-equiv>` right after `<meta charset>`, before any script or stylesheet it governs. */
export function withPolicyMeta(html: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html)
  if (!charset) throw new Error('index.html has no <meta charset>; the CSP meta goes right after it')
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${buildPolicy(html)}" />`
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}${meta}${html.slice(at)}`
}

/**
 * Writes the CSP meta into the built index.html, after Vite has added its script and stylesheet tags. Only at build
 * time: the dev server's React refresh preamble is an inline script this policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withPolicyMeta },
  }
}
