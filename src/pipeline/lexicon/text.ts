/** Locales whose case rules differ from the root locale for dotted and dotless i. */
const TURKIC_CASE_LOCALES = new Set(['tr', 'az'])

/**
 * Lower-cases text with the language's own rules (I→ı, İ→i in Turkish and Azerbaijani) while keeping every
 * character at its offset, so spans found in the folded text are valid spans of the original.
 */
export function foldCase(text: string, lang: string): string {
  // a word or a short window is folded faster than looked up, and would push whole sentences out of the cache
  if (text.length < REMEMBERED_LENGTH) return foldCaseAfresh(text, lang)
  const recent = TURKIC_CASE_LOCALES.has(lang) ? recentTurkic : recentRoot
  const known = recent.get(text)
  if (known !== undefined) return known
  const folded = foldCaseAfresh(text, lang)
  if (recent.size >= RECENT_FOLDS) recent.delete(recent.keys().next().value as string)
  recent.set(text, folded)
  return folded
}

/** How many recent texts `foldCase` remembers per rule set: every extractor folds the same sentences again. */
const RECENT_FOLDS = 512
/** Texts shorter than this are folded afresh each time. */
const REMEMBERED_LENGTH = 32
const recentTurkic = new Map<string, string>()
const recentRoot = new Map<string, string>()

function foldCaseAfresh(text: string, lang: string): string {
  // Turkish and Azerbaijani differ from the root rules only on I and İ; mapping those first lets the fast,
  // locale-free toLowerCase do the rest (toLocaleLowerCase takes a much slower path through ICU).
  const prepared = TURKIC_CASE_LOCALES.has(lang) && /[Iİ]/.test(text) ? text.replace(/[Iİ]/g, turkicLower) : text
  const folded = prepared.toLowerCase()
  if (folded.length === text.length) return folded
  // Some characters lower-case to two code units (İ outside Turkic locales); fold those one at a time.
  let out = ''
  for (const char of prepared) {
    const lower = char.toLowerCase()
    out += lower.length === char.length ? lower : char
  }
  return out
}

const turkicLower = (char: string) => (char === 'I' ? 'ı' : 'i')

/** Letters of the Latin Turkic alphabets and Cyrillic, for word-boundary checks that `\b` gets wrong on "ş" or "ə". */
export const WORD_CHAR = /[\p{L}\p{N}]/u

/** Tells whether `text[index]` is a letter or digit (false outside the string). */
export function isWordCharAt(text: string, index: number): boolean {
  const char = text[index]
  return char !== undefined && WORD_CHAR.test(char)
}

/** A paragraph of prose: a finished sentence of eight words or more (a headline, a label or a caption is not). */
export const isProseLine = (line: string) =>
  line.split(/\s+/u).filter(Boolean).length >= 8 && /[.!?…]["'”’»)]*$/u.test(line.replace(TRAILING_EMOJI, ''))
/** Emoji after a post's last sentence ("Bizi izləməyə davam edin! 🔔", "… imkan verəcək. 🇦🇿🇰🇿"). */
const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D})+$/u
