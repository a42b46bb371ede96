import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'

/**
 * A topic page ("Тег: цемент", "Bu teq üzrə 148 xəbər") or a news aggregator's page ("Full coverage: …", "Bu xəbər 3
 * mənbədə") lists teasers of stories above the one it opens: each a stamp (its time, maybe its outlet) with a headline
 * and maybe a lead. The teasers are other stories, or this one as other outlets told it; their stamps would date the
 * page and their headlines title it. The listing is cut before the header is read.
 */

/** A clock time: "15:42". */
const CLOCK = String.raw`\d{1,2}:\d{2}`
/** A numeric date: "14.04.2026", "07.08.2026", "19/08/2026". */
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}`
/** A time counted back: "2 hours ago", "5 dakika önce", "3 saat əvvəl", "4 часа назад". */
const AGO = String.raw`\d{1,3}\s+\p{L}+\.?\s+(?:ago|önce|əvvəl|назад)`
/**
 * A teaser's stamp, alone on its line, maybe after its outlet's name: "14.04.2026 15:42", "16.04.2026 | 12:47",
 * "APA | 07.08.2026, 10:58", "Trend · 2 hours ago", "The Times of Central Asia · 4 hours ago".
 */
const STAMP = new RegExp(
  String.raw`^(?:[\p{L}\p{N}.'’&\s-]{1,40}?\s[|·•—–]\s)?(?:${NUMERIC_DATE}(?:\s*[|,·]?\s*${CLOCK})?|${CLOCK}\s*[|,/·]?\s*${NUMERIC_DATE}|${AGO})$`,
  'u',
)
/**
 * The listing's label over it: a tag ("Тег: цемент", "#Xəzər bioresursları", "Etiket: uranyum"), how many stories or
 * sources it holds ("Все материалы по тегу (48)", "Bu teq üzrə 148 xəbər", "3 sources · updated …", "Bu xəbər 3
 * mənbədə", "Bu haber 3 kaynakta"), or an aggregator's heading ("Full coverage: …").
 */
const LABEL =
  /^(?:#\p{L}[\p{L}\s-]*|(?:тег|теги|tag|tags|teq|etiket|mövzu|konu|тема)\s*:.*|.*(?:по\s+тегу|teq\s+üzrə|etiketinde|bu\s+etiketteki|under\s+this\s+tag).*|\d+\s+(?:sources?|mənbə|kaynak|источник\p{L}*)(?![\p{L}]).*|bu\s+(?:xəbər|haber)\s+\d+\s+(?:mənbədə|kaynakta)|full\s+coverage\s*:.*|tam\s+əhatə\s*:.*)$/u
/** What ends a listing and opens its story: "Показать еще", "Open full story ›", "Tam mətn — Trend", "Haberin tamamı". */
const MORE =
  /^(?:показать\s+ещ[её]|ещ[её]\s+новости|open\s+(?:the\s+)?full\s+story|read\s+(?:the\s+)?full\s+story|full\s+story|load\s+more|show\s+more|daha\s+fazla(?:\s+göster)?|daha\s+çox|tam\s+mətn|tam\s+metin|haberin\s+tamamı|полный\s+текст)(?![\p{L}]).*$/u
/** How far down a page its listing may start. */
const LISTING_REACH = 40
/** How many lines a teaser may hold besides its stamp: a headline and a lead. */
const TEASER_LINES = 2
/** How many teasers make a listing, not a story's own date line and a related link. */
const MIN_TEASERS = 3

const isBlank = (line: string | undefined) => (line ?? '').trim() === ''
/** A stamp's shape without its outlet's name: "14.04.2026 15:42" and "APA | 08.04.2026 11:05" share "99.99.9999 99:99". */
const shapeOf = (line: string) =>
  line
    .replace(/^.*?\s[|·•—–]\s/u, '')
    .replace(/\p{L}+/gu, '')
    .replace(/\d/g, '9')
    .replace(/\s+/g, ' ')
    .trim()

/** The runs of stamps of one shape, each within a teaser's length of the one before and no blank line between. */
function stampRuns(lines: readonly string[], stamps: readonly number[]): number[][] {
  const runs: number[][] = []
  for (const at of stamps) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    const joins =
      run !== undefined &&
      last !== undefined &&
      at - last <= TEASER_LINES + 1 &&
      shapeOf(lines[at] ?? '') === shapeOf(lines[last] ?? '') &&
      !lines.slice(last + 1, at).some(isBlank)
    if (joins) run.push(at)
    else runs.push([at])
  }
  return runs
}

/** Cuts a listing of teasers, its label and its "more" line from the top of a page; the story under it stays. */
export function cutTeaserListing(text: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  const folded = lines.map((line) => foldCase(line.trim(), 'tr'))
  const stamps = folded.slice(0, LISTING_REACH).flatMap((line, i) => (STAMP.test(line) ? [i] : []))
  const run = stampRuns(folded, stamps).find((r) => r.length >= MIN_TEASERS)
  if (!run) return { text, removed: [] }
  const [first, last] = [run[0]!, run.at(-1)!]
  // the last teaser holds as many lines as the one before it, up to a blank line or the "more" line
  const teaser = last - (run.at(-2) ?? last) - 1
  let end = last
  while (end < last + teaser && !isBlank(lines[end + 1]) && !MORE.test(folded[end + 1] ?? '')) end += 1
  const next = folded.findIndex((line, i) => i > end && line !== '')
  if (next >= 0 && MORE.test(folded[next] ?? '')) end = next
  let start = first
  for (let i = first - 1; i >= 0 && (isBlank(lines[i]) || LABEL.test(folded[i] ?? '')); i--) {
    if (!isBlank(lines[i])) start = i
  }
  // a live blog's or a channel's dated entries are the story: a listing has its label over it or its "more" under it
  if (start === first && !MORE.test(folded[end] ?? '')) return { text, removed: [] }
  const cut = (i: number) => i >= start && i <= end
  const removed = lines
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line, i }) => cut(i) && line !== '')
    .map(({ line }) => ({ reason: 'teaser listing', text: line }))
  return { text: lines.filter((_, i) => !cut(i)).join('\n'), removed }
}
