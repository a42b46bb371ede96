/** What a citation names: the thing cited, its sources' outlets and dates, its permalink and the data's build date. */
export interface CitationParts {
  title: string
  sources: string
  url: string
  built: string
}

/** Turns an in-app path into an absolute URL under the deployed base path (for links that leave the site). */
export function toAbsoluteUrl(href: string, origin: string): string {
  // no origin yet (a baked page before hydration): the path alone, which the browser resolves against the page
  return origin === '' ? href : new URL(href, origin).toString()
}

/**
 * Builds the iframe snippet that embeds a chart: the embed URL, an accessible title, a full width and a height that
 * fits the chart with its source line; lazy, and without the embedding page's referrer.
 */
export function toEmbedSnippet(src: string, title: string, height = 460): string {
  const escape = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`
}
