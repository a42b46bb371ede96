import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SEEDS_DIR } from '../../support/pipeline'

/** The text of the seed article whose name starts with `prefix` ("001"). */
const seedText = (prefix: string) => {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(prefix))
  if (!file) throw new Error(`seed ${prefix} is missing`)
  return readFileSync(join(SEEDS_DIR, file), 'utf8')
}

/** Seed 001 as a saved web page: a script and a style in the head and the body, a comment, links, entities. */
function asWebPage(text: string): string {
  const [title = '', ...body] = text.replace(/^ date \S+ /, '').split('\n')
  const paragraphs = body.filter((line) => line.trim() !== '').map((line) => `<p class="lead">${line}</p>`)
  return [
    '<!DOCTYPE html>',
    '<html lang="tr"><head><meta charset="utf-8"><title>Haber</title>',
    '<style>.lead { width: 300px; margin: 2024px }</style>',
    '<script>var total = 5000000; trackLink("script", 2025)</script></head>',
    `<body><h1>${title}</h1>`,
    '<!-- yorum: 2024 yılında 300 milyon ton -->',
    ...paragraphs,
    '<p>Ayrıntılar &amp; belgeler için <a href="https://example.com/2025/300">link</a>.</p>',
    '<script type="text/javascript">\nwindow.dataLayer.push({ link: 2025, value: 750 })\n</script>',
    '</body></html>',
  ].join('\n')
}

/** Seed 004 as markdown: a heading, emphasis, a link and an image whose targets hold numbers, a fenced code block. */
function asMarkdown(text: string): string {
  const [title = '', ...body] = text.split('\n')
  return [
    `# ${title}`,
    ...body.slice(0, 3),
    '',
    '**Qeyd:** ətraflı məlumat üçün [link](https://example.com/xeber/2025/12/500-milyon) baxın.',
    '![foto](https://example.com/img/2025/10/21.jpg)',
    '```js',
    'const total = 9000000 // 2030',
    '```',
    ...body.slice(3),
  ].join('\n')
}

/** A short article with bidirectional controls that would show its words reversed. */
const BIDI_ARTICLE = [
  'Kazakistan ile Azerbaycan ticareti büyüyor',
  '',
  'Kazakistan ile Azerbaycan arasındaki \u202Eticaret hacmi\u202C 2024 yılında \u2066500 milyon dolara\u2069 ulaştı.\u200F',
  'İki ülke, \u202Bdemiryolu\u202C taşımacılığını artırmayı planlıyor.\u200E',
].join('\n')

const LOCKED_ARTICLE = [
  'Hazar üzerinden yük taşımacılığı artıyor',
  '',
  'Aktau limanından Bakü limanına taşınan yük miktarı geçen yıl yüzde 20 artarak 3 milyon tona ulaştı.',
].join('\n')

/** A 5 MB page of numbers, generated (never committed): each line a figure the extractors would read. */
export function pageOfNumbers(bytes = 5_000_000): string {
  const lines = [' date 2025-05-05 İhracat tablosu', '']
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = `Kazakistan'ın ${2000 + (i % 25)} yılındaki ihracatı ${100 + (i % 900)} milyon ton oldu.`
    lines.push(line)
    size += Buffer.byteLength(line) + 1
  }
  return lines.join('\n')
}

/** Every file of the corpus and how the build must treat it. */
export interface HostileCorpus {
  /** Files that must become articles, each with a word its text must contain (its own text, not another's). */
  good: { file: string; contains: string }[]
  /** Files that must not become articles, each reported by name with this severity and reason. */
  reported: { file: string; severity: 'error' | 'warning'; message: RegExp }[]
  /** Files that become articles but with a warning about what was done to them. */
  warned: { file: string; message: RegExp }[]
  /** The file whose read the test makes fail (CI runs as root, so a chmod would not stop the read). */
  unreadable: string
}

/** How the build must treat every file of the corpus. */
export const HOSTILE_CORPUS: HostileCorpus = {
  good: [
    { file: 'dup.html', contains: '15 işbirliği anlaşması imzalandı' },
    { file: 'dup.txt', contains: 'Orta Koridoru Geliştirme Projesi' },
    { file: 'x\\dup.txt', contains: 'dəyirmi masa' },
    { file: 'link-to-file.txt', contains: 'Berdimuhammedov' },
    { file: 'markdown.txt', contains: 'Astana görüşü' },
    { file: 'bidi.txt', contains: 'ticaret hacmi 2024 yılında 500 milyon dolara ulaştı.' },
    { file: 'huge.txt', contains: 'ihracatı' },
  ],
  reported: [
    { file: '.hidden.txt', severity: 'warning', message: /^skipped: hidden \(the name starts with a dot\)$/ },
    { file: 'broken.txt', severity: 'error', message: /^skipped: broken symbolic link/ },
    { file: 'folder-link', severity: 'warning', message: /^skipped: symbolic link to a folder/ },
    { file: 'locked.txt', severity: 'error', message: /^could not be read \(EACCES: permission denied\)$/ },
    { file: 'loop-a.txt', severity: 'error', message: /^skipped: symbolic link loop$/ },
    { file: 'loop-b.txt', severity: 'error', message: /^skipped: symbolic link loop$/ },
    { file: 'notes.md', severity: 'warning', message: /^skipped: \.md files are notes/ },
    { file: 'nul.txt', severity: 'error', message: /^binary file \(NUL bytes\)$/ },
    { file: 'pipe', severity: 'warning', message: /^skipped: not a regular file/ },
    { file: 'sub/deeper/more.txt', severity: 'warning', message: /^skipped: in a subfolder/ },
    { file: 'sub/nested.txt', severity: 'warning', message: /^skipped: in a subfolder/ },
  ],
  warned: [
    { file: 'dup.html', message: /^markup removed: .*script, style or head element/ },
    { file: 'dup.txt', message: /^the id "dup" is already taken by dup\.html; this article's id is "dup-\w{7}"$/ },
    { file: 'x\\dup.txt', message: /^the id "dup" is already taken by dup\.html; this article's id is "dup-\w{7}"$/ },
    { file: 'markdown.txt', message: /^markup removed: .*markdown link/ },
    { file: 'bidi.txt', message: /^8 bidirectional control characters removed$/ },
    { file: 'huge.txt', message: /^too long \(\d+ characters\): only the first \d+ are read$/ },
    { file: 'huge.txt', message: /^gives \d+ figures, more than an article states: only the first 200 are kept$/ },
  ],
  unreadable: 'locked.txt',
}

/**
 * Writes the hostile-input corpus into `dir` (and link targets into `outside`): three files with the stem `dup`, an
 * unreadable file, symbolic links (to a file, to a folder, a loop, a broken one), a subfolder, a hidden file, a note,
 * a pipe, HTML and markdown markup, bidirectional controls, a file of NUL bytes, a 5 MB page of numbers, and a
 * curation file with a BOM.
 */
export function writeHostileCorpus(dir: string, outside: string): void {
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content)
  write('dup.txt', seedText('000'))
  write('dup.html', asWebPage(seedText('001')))
  write('x\\dup.txt', seedText('002'))
  write('markdown.txt', asMarkdown(seedText('004')))
  write('bidi.txt', BIDI_ARTICLE)
  write('locked.txt', LOCKED_ARTICLE)
  write('nul.txt', new Uint8Array(64))
  write('huge.txt', pageOfNumbers())
  write('.hidden.txt', LOCKED_ARTICLE)
  write('notes.md', '# Notlar\n\nBu klasör test içindir.')
  write('SHA256SUMS', '0000  dup.txt\n')
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true })
  writeFileSync(join(dir, 'sub', 'nested.txt'), LOCKED_ARTICLE)
  writeFileSync(join(dir, 'sub', 'deeper', 'more.txt'), LOCKED_ARTICLE)
  writeFileSync(join(outside, 'linked-article.txt'), seedText('003'))
  mkdirSync(join(outside, 'folder'), { recursive: true })
  symlinkSync(join(outside, 'linked-article.txt'), join(dir, 'link-to-file.txt'))
  symlinkSync(join(outside, 'folder'), join(dir, 'folder-link'))
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'))
  symlinkSync(join(outside, 'missing.txt'), join(dir, 'broken.txt'))
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe')])
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`)
  // `dup` is dup.html's id (first by name): the quote must be found in its text, not in dup.txt's.
  const quote = '15 işbirliği anlaşması imzalandı'
  const curation = { add: [{ type: 'agreement', articleId: 'dup', quote, fields: { kind: 'package', count: 15 } }] }
  write('curation.json', `\uFEFF${JSON.stringify(curation, null, 2)}`)
}
