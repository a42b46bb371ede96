import { foldCase } from '../lexicon/text'
import type { Sentence } from '../types'

/** Abbreviations after which a full stop does not end the sentence (tr, az, en, ru), folded. */
const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'doç',
  'doc',
  'av',
  'sn',
  'vb',
  'vs',
  'örn',
  'bkz',
  'yy',
  'no',
  'nr',
  'cad',
  'mah',
  'sok',
  'akad',
  'dos',
  'cən',
  'mr',
  'mrs',
  'ms',
  'st',
  // an avenue and a boulevard, as English addresses abbreviate them: "Dostyk Ave. 210"
  'ave',
  'blvd',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'gen',
  'col',
  'lt',
  'vol',
  'fig',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'г',
  'гг',
  'т',
  'им',
  'ул',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'долл',
  'проф',
  'акад',
  // a numbered part of a law or a text: "ч. 3 ст. 234", "см. рис. 2", "Art. 5", "md. 12"
  'ст',
  'пп',
  'стр',
  'см',
  'рис',
  'табл',
  // an address's building, block and room: "корп. 2", "каб. 305", "14 мкр.", "оф. 12"
  'каб',
  'корп',
  'мкр',
  'оф',
  'art',
  'md',
])

/**
 * An amount written with its scale's or unit's abbreviation at a segment's end: "$210 млн.", "1,5 млрд.", "12 тыс.",
 * "около 14 тыс. т.", "800 руб.".
 */
const SCALE_ABBREVIATION = /\d\s*(?:(?:млн|млрд|тыс)\.\s*)?(?:млн|млрд|тыс|т|руб|долл)\.\s*$/u

/** Languages that write ordinals as a number and a full stop ("2. Toplantısı", "XII. Zirve"). */
const ORDINAL_DOT_LANGS = new Set(['tr', 'az'])

/** Tells whether a segment ends with a full stop that does not end a sentence: an abbreviation, initial or ordinal. */
function endsWithoutSentenceEnd(segment: string, lang: string): boolean {
  const word = /(?:^|[\s(«"“])([\p{L}\d]+)\.\s*$/u.exec(foldCase(segment, lang))?.[1]
  if (word === undefined) return false
  if (ABBREVIATIONS.has(word)) return true
  if (/^\p{L}$/u.test(word)) return true // an initial: "A. Smith", "İ. Əliyev"
  // Turkish and Azerbaijani sentences end with a verb, so "… 2." before a capital is an ordinal, not an end; their
  // case folding makes the Roman "I" a dotless "ı" ("XII." → "xıı.")
  return ORDINAL_DOT_LANGS.has(lang) && /^(?:\d{1,3}|[ivxlcı]+)$/u.test(word)
}

/**
 * A sentence end before a number: Intl.Segmenter (UAX #29) keeps "… imzalandı. 2030 yılına …" together because a
 * lower-case letter follows the digits, but Turkish and Azerbaijani sentences often open with a year or amount.
 */
const END_BEFORE_NUMBER = /(?<=\p{L}{2}[.!?…]["'”’»)]*)\s+(?=\p{N})/gu

/** Cuts an Intl.Segmenter segment where a sentence ends before a number; gives [start, end) pairs in the line. */
function splitBeforeNumbers(segment: string, index: number, lang: string): [number, number][] {
  const ranges: [number, number][] = []
  let from = 0
  for (const match of segment.matchAll(END_BEFORE_NUMBER)) {
    const cut = match.index + match[0].length
    if (endsWithoutSentenceEnd(segment.slice(from, match.index), lang)) continue
    ranges.push([index + from, index + cut])
    from = cut
  }
  ranges.push([index + from, index + segment.length])
  return ranges
}

/** The rest of a footnote's mark that Intl.Segmenter leaves to the next sentence: "world.[3] What …" breaks after "[". */
const MARK_REST = /^\d{1,3}\]\s*/u

/** Splits one line into sentence ranges with Intl.Segmenter, re-joining breaks after abbreviations and ordinals. */
function lineRanges(line: string, lang: string, segmenter: Intl.Segmenter): [number, number][] {
  const ranges: [number, number][] = []
  let glue = false
  let afterScale = false
  for (const { segment, index } of segmenter.segment(line)) {
    for (const [start, to] of splitBeforeNumbers(segment, index, lang)) {
      const last = ranges[ranges.length - 1]
      // a footnote's mark ends the sentence it stands after
      const mark = last && line[start - 1] === '[' ? (MARK_REST.exec(line.slice(start, to))?.[0].length ?? 0) : 0
      if (last && mark > 0) last[1] = start + mark
      const from = start + mark
      if (from === to) continue
      // "… кредитное соглашение на $210 млн. Деньги пойдут …": after an amount's abbreviation a capitalised word
      // opens the next sentence, where a unit or a currency would go on in small letters
      const opensSentence = afterScale && /^\p{Lu}\p{Ll}/u.test(line.slice(from, to))
      if (glue && last && !opensSentence) last[1] = to
      else ranges.push([from, to])
      glue = endsWithoutSentenceEnd(line.slice(from, to), lang)
      afterScale = SCALE_ABBREVIATION.test(line.slice(from, to))
    }
  }
  return ranges
}

/** Cells between bars or tabs: a line of a table. */
const TABLE_ROW = /\S\s*(?:\s\|\s|\t)\s*\S/u

/** One segmenter per language: building one loads ICU rules, far dearer than using it. */
const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    } catch {
      // 'und' or a malformed tag: the root locale's rules still split sentences.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
    }
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

/**
 * Splits cleaned text into sentences with exact offsets (`text.slice(s.start, s.end) === s.text`): Intl.Segmenter
 * per line, since every line break ends a sentence (a heading is its own sentence). Sentences are trimmed, none empty.
 */
export function segmentText(text: string, lang: string): Sentence[] {
  const segmenter = segmenterFor(lang)
  const sentences: Sentence[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    // a table's row is one line of cells: "Вагонный парк, ед. | 14 200 | 17 850" does not end at "ед."
    const ranges: [number, number][] = TABLE_ROW.test(line) ? [[0, line.length]] : lineRanges(line, lang, segmenter)
    for (const [from, to] of ranges) {
      const piece = line.slice(from, to)
      const lead = piece.length - piece.trimStart().length
      const trimmed = piece.trim()
      if (trimmed === '') continue
      const start = lineStart + from + lead
      sentences.push({ start, end: start + trimmed.length, text: trimmed })
    }
    lineStart += line.length + 1
  }
  return sentences
}
