/** How many recent texts a memoised lexicon keeps answers for: enough for every sentence of a long article. */
const RECENT = 512

/**
 * Remembers a pure text function's recent answers. Several extractors read the same sentence for dates, countries
 * or sectors; this makes the second and later reads free. Answers are frozen, so no caller can change a shared one.
 * Keyed first by the text itself (V8 caches a string's hash, so a sentence is never rehashed), then by the rest.
 */
export function rememberRecent<Rest extends readonly (string | number | boolean | null)[], R extends object>(
  compute: (text: string, ...rest: Rest) => R,
): (text: string, ...rest: Rest) => R {
  const answers = new Map<string, Map<string, R>>()
  return (text: string, ...rest: Rest): R => {
    const restKey = rest.length === 1 ? String(rest[0]) : rest.join('\u0000')
    let forText = answers.get(text)
    const known = forText?.get(restKey)
    if (known !== undefined) return known
    const answer = Object.freeze(compute(text, ...rest))
    if (!forText) {
      if (answers.size >= RECENT) answers.delete(answers.keys().next().value as string)
      forText = new Map()
      answers.set(text, forText)
    }
    forText.set(restKey, answer)
    return answer
  }
}
