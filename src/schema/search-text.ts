/**
 * The one normaliser of the search index, shared by the build (which indexes folded terms) and the browser (which
 * folds the query the same way), so a word matches whatever its case, diacritics or Turkish i.
 *
 * Order matters: lower-case with the language's rules where it is known (Turkish and Azerbaijani I → ı, İ → i), then
 * decompose (NFKD) and drop combining marks (ü → u, ş → s, İ's dot, й → и, ё → е), then fold the letters that have
 * no decomposition: dotless ı → i and Azerbaijani ə → e. Dotted and dotless i end as one letter, so the result is the
 * same whichever lower-casing rule ran; a query of unknown language folds like an article in any language.
 * Cyrillic stays Cyrillic (case-folded): no transliteration, so "Туркменистан" does not find "Türkmenistan".
 */
export function foldSearchText(text: string, lang?: string): string {
  const lower = lang === 'tr' || lang === 'az' ? text.toLocaleLowerCase(lang) : text.toLowerCase()
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıə]/g, (char) => FOLDED_LETTERS[char] ?? char)
}

const FOLDED_LETTERS: Record<string, string> = { ı: 'i', ə: 'e' }

/** A word: letters (with any combining marks, so a decomposed "i̇" stays one word) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** Splits text into folded search terms: runs of letters and digits ("Türkiye'nin" → "turkiye", "nin"). */
export function searchTerms(text: string, lang?: string): string[] {
  return searchWords(text, lang).flatMap((word) => (word.term === '' ? [] : [word.term]))
}

/**
 * `searchTerms` with each distinct word folded once: the index build folds millions of words from a vocabulary of
 * thousands, and folding (lower-casing, NFKD, dropping marks) was a fifth of its time. The answers are forgotten when
 * `capacity` words are known, so memory stays bounded however large the vocabulary grows.
 */
export function cachedSearchTerms(capacity = 200_000): (text: string, lang?: string) => string[] {
  const folded = new Map<string, string>()
  return (text, lang) => {
    const terms: string[] = []
    for (const [word] of text.matchAll(WORD)) {
      const key = `${lang ?? ''}\u0000${word}`
      let term = folded.get(key)
      if (term === undefined) {
        if (folded.size >= capacity) folded.clear()
        term = foldSearchText(word, lang)
        folded.set(key, term)
      }
      if (term !== '') terms.push(term)
    }
    return terms
  }
}

/** One word of a text, folded, with its offsets in the original text (for marking matched words in a snippet). */
export interface TextWord {
  term: string
  start: number
  end: number
}

/**
 * Lists the words of a text with their offsets in it, each folded on its own (folding can change a word's length, so
 * offsets are read from the original text).
 */
export function searchWords(text: string, lang?: string): TextWord[] {
  return [...text.matchAll(WORD)].map((match) => ({
    term: foldSearchText(match[0], lang),
    start: match.index,
    end: match.index + match[0].length,
  }))
}
