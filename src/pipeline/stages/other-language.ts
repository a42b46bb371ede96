import type { Article } from '../../schema/dataset'
import { detectLanguage } from './detect-language'

/**
 * A bilingual page: a press release in Azerbaijani with its English version below, a Turkish story with the English
 * text of a statement. The translation restates the story's facts in another language, whose numbers read otherwise
 * ("180,000 tonnes" is 180 tonnes to an Azerbaijani reader): it is cut, and kept in `removed`. Cyrillic lines in a
 * Latin article are cut by script when the body is cleaned; this tells Latin-script languages apart.
 */

/** A line of running prose, long enough for its language to show. */
const MIN_PROSE_CHARS = 60
/** Prose lines in a row that make a translation; one quoted sentence in English is the story's. */
const MIN_TRANSLATION_LINES = 3

/** Function words of English and of the Turkic languages: a cheap sign of a line's language before franc looks. */
const ENGLISH_FUNCTION_WORDS = 'the|and|of|to|with|for|is|was|will|has|have|from|by'
const ENGLISH_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${ENGLISH_FUNCTION_WORDS})(?![\p{L}])`, 'giu')
const TURKIC_WORDS = /(?<![\p{L}])(?:ve|və|ile|ilə|bir|bu|için|üçün|olarak|olaraq|ilk|daha)(?![\p{L}])|ə/giu
const MIN_FUNCTION_WORDS = 3

function mayBeForeign(line: string, lang: string): boolean {
  if (line.length < MIN_PROSE_CHARS) return false
  const words = lang === 'en' ? TURKIC_WORDS : lang === 'tr' || lang === 'az' ? ENGLISH_WORDS : null
  return words !== null && (line.match(words)?.length ?? 0) >= MIN_FUNCTION_WORDS
}

/** Whether a prose line is written in another language than the article's (franc only where the cheap test says). */
function isForeignProse(line: string, lang: string): boolean {
  if (!mayBeForeign(line, lang)) return false
  const found = detectLanguage(line)
  return found !== 'und' && found !== lang && !(found === 'tr' && lang === 'az') && !(found === 'az' && lang === 'tr')
}

/** Letters only the Turkic alphabets have: a line without them and with an English function word is no Turkic prose. */
const TURKIC_LETTERS = /[əğışçöüƏĞİŞÇÖÜ]/u
const ENGLISH_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${ENGLISH_FUNCTION_WORDS}|more|than)(?![\p{L}])`, 'iu')

/** A line that reads as the translation's language, on looser terms: beside a translation already found. */
function isLooselyForeign(line: string, lang: string): boolean {
  if (lang === 'en') return TURKIC_LETTERS.test(line)
  return (lang === 'tr' || lang === 'az') && !TURKIC_LETTERS.test(line) && ENGLISH_WORD.test(line)
}

/**
 * Extends each cut run over the lines right after it (past blank lines) that read as its language on looser terms:
 * a translation's last short paragraph ("About Azeraluminium OJSC: The company … employs more than 2,100 people.")
 * has too few function words to be told alone.
 */
function extendRuns(lines: readonly string[], cut: Set<number>, lang: string): void {
  for (let i = 1; i < lines.length; i++) {
    if (cut.has(i)) continue
    let previous = i - 1
    while (previous > 0 && (lines[previous] ?? '') === '') previous--
    if (cut.has(previous) && (lines[i] ?? '') !== '' && isLooselyForeign(lines[i] ?? '', lang)) cut.add(i)
  }
}

/**
 * Cuts from the text each run of at least three prose lines in another language, with the short lines between them
 * (the translation's subheadings and its date line).
 */
export function cutTranslations(text: string, lang: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  const foreign = lines.flatMap((line, index) => (isForeignProse(line, lang) ? [index] : []))
  if (foreign.length < MIN_TRANSLATION_LINES) return { text, removed: [] }
  const cut = new Set<number>()
  let run: number[] = []
  const close = () => {
    const [first, last] = [run[0] ?? 0, run.at(-1) ?? -1]
    if (run.length >= MIN_TRANSLATION_LINES) for (let i = first; i <= last; i++) cut.add(i)
    run = []
  }
  for (const index of foreign) {
    // a prose line in the article's language between two foreign ones ends the run
    const previous = run.at(-1)
    const between = previous === undefined ? [] : lines.slice(previous + 1, index)
    if (between.some((line) => line.length >= MIN_PROSE_CHARS)) close()
    run.push(index)
  }
  close()
  if (cut.size === 0) return { text, removed: [] }
  extendRuns(lines, cut, lang)
  const removed = [...cut]
    .filter((index) => (lines[index] ?? '') !== '')
    .map((index) => ({ reason: 'translation in another language', text: lines[index] ?? '' }))
  const kept = lines.filter((_, index) => !cut.has(index))
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim(),
    removed,
  }
}
