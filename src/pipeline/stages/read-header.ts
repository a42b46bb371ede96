import type { Article } from '../../schema/dataset'
import { parseHeaderDate } from '../lexicon/dates'

/** What the top of an article file says about it, and the body lines below the header. */
export interface ArticleHeader {
  title: string | null
  published: string | null
  author: string | null
  body: string[]
  removed: Article['removed']
}

/** How many non-blank lines at the top may belong to the header. */
const HEADER_LINES = 8
const MAX_HEADLINE_CHARS = 250
const MAX_HEADLINE_WORDS = 30

/** A date first on the first line, then the rest of the line (" date 2025-10-21 Haberler"). */
const DATED_FIRST_LINE =
  /^\s*(?:(?:date|tarih|tarix|дата|published)\s*:?\s*)?(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(.+)$/iu
const TIME_LINE = /^[-–—|•·[(]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])]?$/u

/** Words sites print above a headline as a section or category name; kept small and generic on purpose. */
const SECTION_WORDS = new Set([
  'haber',
  'haberler',
  'son dakika',
  'gündem',
  'güncel',
  'ekonomi',
  'politika',
  'siyaset',
  'dünya',
  'spor',
  'kültür',
  'xəbər',
  'xəbərlər',
  'gündəm',
  'iqtisadiyyat',
  'siyasət',
  'sosial',
  'region',
  'analitik',
  'news',
  'world',
  'politics',
  'business',
  'economy',
  'новости',
  'политика',
  'экономика',
  'в мире',
])

/** Nouns that end an author's affiliation line ("YAP Laçın rayon təşkilatının sədri", "Senior analyst"). */
const ROLE_WORD =
  /(?:^|\s)(?:sədr|müdür|müdir|başkan|rəhbər|rəis|uzman|ekspert|üzv|deputat|milletvekil|professor|profesör|dosent|doçent|analitik|analist|politoloq|siyasetçi|jurnalist|gazeteci|muhabir|müxbir|yazar|müəllif|editör|editor|redaktor|director|analyst|correspondent|expert|fellow|chair|researcher|эксперт|директор|корреспондент|политолог|аналитик|редактор|профессор)/u

const words = (line: string) => line.split(/\s+/).filter(Boolean)
const endsSentence = (line: string) => /[.:;,]["'”’»)]*$/u.test(line)

/** Tells whether a line reads like a headline: short, not a finished sentence, and not a bare date or time. */
function isHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false
  const count = words(line).length
  return count <= MAX_HEADLINE_WORDS && count >= 2 && !/[.:;,]$/u.test(line) && /\p{L}/u.test(line)
}

/** A section label: a known category word, or a single word where a headline would stand. */
function isSectionLabel(line: string): boolean {
  if (line.length > 30 || /[\d.!?:;]/u.test(line)) return false
  return SECTION_WORDS.has(line.toLocaleLowerCase('tr')) || words(line).length === 1
}

/** Words that introduce a byline ("By Daniel Brooks", "Yazan: Ali Veli", "Müəllif: …", "Автор: …"). */
const BYLINE_PREFIX = /^(?:by|yazan|muhabir|müəllif|müxbir|автор|текст)\s*:?\s+/iu

/** The name in a byline line, without a leading "By" or "Yazan:". */
const bylineName = (line: string) => line.replace(BYLINE_PREFIX, '')

const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u

/**
 * A byline: two to four capitalised words none of which the body uses as an ordinary lower-case word (a name is not
 * "Stratejik Ortaklık", whose words recur in the text).
 */
function isPersonName(line: string, lowerWords: ReadonlySet<string>): boolean {
  const tokens = words(line)
  if (tokens.length < 2 || tokens.length > 4 || line.length > 50) return false
  return tokens.every((t) => NAME_TOKEN.test(t) && !lowerWords.has(t.toLocaleLowerCase('tr')))
}

const isAffiliation = (line: string) =>
  line.length <= 100 && words(line).length <= 10 && !endsSentence(line) && ROLE_WORD.test(line.toLocaleLowerCase('tr'))

/** Characters of the text's opening read for its lower-case words: enough to see a heading's words recur. */
const WORD_SAMPLE_CHARS = 20_000

/** Words the text writes in lower case: a person's name never is one. */
function lowerCaseWords(text: string): Set<string> {
  const found = new Set<string>()
  for (const [word] of text.slice(0, WORD_SAMPLE_CHARS).matchAll(/(?<![\p{L}\p{N}])\p{Ll}{1,40}/gu)) found.add(word)
  return found
}

/** A stand-in title when the file has no headline: the first words of the body. */
function fallbackTitle(body: readonly string[]): string | null {
  const first = body.find((line) => /\p{L}/u.test(line))
  if (!first) return null
  const sentence = first.slice(0, 500).split(/(?<=[.!?])\s/u)[0] ?? first
  if (sentence.length <= 120) return sentence
  return `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`
}

/**
 * Reads the header at the top of normalised article text: a leading date line (" date YYYY-MM-DD Title" or a
 * section label instead of the title), the headline, a date line and a time line under it, and a byline with an
 * optional affiliation line. Header lines leave the body; dates, times, labels and bylines are kept in `removed`.
 */
export function parseHeader(text: string): ArticleHeader {
  const lines = text.split('\n')
  const removed: Article['removed'] = []
  let title: string | null = null
  let published: string | null = null
  let author: string | null = null
  let index = 0
  const skipBlank = () => {
    while (index < lines.length && (lines[index] ?? '') === '') index++
  }
  const peekAfter = (from: number) => lines.slice(from + 1).find((line) => line !== '') ?? ''

  const dated = DATED_FIRST_LINE.exec(lines[0] ?? '')
  const firstDate = dated?.[1] ? parseHeaderDate(dated[1]) : null
  if (dated?.[2] && firstDate) {
    published = firstDate
    removed.push({ reason: 'header date', text: dated[1] ?? '' })
    if (isSectionLabel(dated[2]) && isHeadline(peekAfter(0))) removed.push({ reason: 'section label', text: dated[2] })
    else title = dated[2]
    index = 1
  }
  let lowerWords: Set<string> | null = null
  const isByline = (line: string) => isPersonName(bylineName(line), (lowerWords ??= lowerCaseWords(text)))
  for (let step = 0; step < HEADER_LINES; step++) {
    skipBlank()
    const line = lines[index]
    if (line === undefined) break
    const date = parseHeaderDate(line)
    if (date) {
      published ??= date
      removed.push({ reason: 'header date', text: line })
    } else if (TIME_LINE.test(line)) {
      removed.push({ reason: 'header time', text: line })
    } else if (title === null && isSectionLabel(line) && isHeadline(peekAfter(index))) {
      removed.push({ reason: 'section label', text: line })
    } else if (title === null && isHeadline(line)) {
      title = line
    } else if (title !== null && author === null && isByline(line)) {
      author = bylineName(line)
      removed.push({ reason: 'byline', text: line })
      const next = lines[index + 1]
      if (next !== undefined && isAffiliation(next)) {
        removed.push({ reason: 'byline', text: next })
        index++
      }
    } else break
    index++
  }
  const body = lines.slice(index)
  return { title: title ?? fallbackTitle(body), published, author, body, removed }
}
