/** Cardinal number words per language, in folded (lower-case) form. */
const CARDINALS: Record<string, Record<string, number>> = {
  tr: {
    sıfır: 0,
    bir: 1,
    iki: 2,
    üç: 3,
    dört: 4,
    beş: 5,
    altı: 6,
    yedi: 7,
    sekiz: 8,
    dokuz: 9,
    on: 10,
    yirmi: 20,
    otuz: 30,
    kırk: 40,
    elli: 50,
    altmış: 60,
    yetmiş: 70,
    seksen: 80,
    doksan: 90,
    yüz: 100,
    yarım: 0.5,
    // "bir buçuk", "iki buçuk milyon": a half after a whole
    buçuk: 0.5,
  },
  az: {
    sıfır: 0,
    bir: 1,
    iki: 2,
    üç: 3,
    dörd: 4,
    beş: 5,
    altı: 6,
    yeddi: 7,
    səkkiz: 8,
    doqquz: 9,
    on: 10,
    iyirmi: 20,
    otuz: 30,
    qırx: 40,
    əlli: 50,
    altmış: 60,
    yetmiş: 70,
    səksən: 80,
    doxsan: 90,
    yüz: 100,
    yarım: 0.5,
  },
  en: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    half: 0.5,
  },
  ru: {
    ноль: 0,
    один: 1,
    одна: 1,
    одно: 1,
    одного: 1,
    одной: 1,
    два: 2,
    две: 2,
    двух: 2,
    двум: 2,
    двумя: 2,
    три: 3,
    трех: 3,
    трёх: 3,
    трем: 3,
    трём: 3,
    тремя: 3,
    четыре: 4,
    четырех: 4,
    четырёх: 4,
    четырем: 4,
    четырём: 4,
    четырьмя: 4,
    пять: 5,
    пяти: 5,
    пятью: 5,
    шесть: 6,
    шести: 6,
    семь: 7,
    // not "семью", which is also "the family"
    семи: 7,
    восемь: 8,
    восьми: 8,
    девять: 9,
    девяти: 9,
    десять: 10,
    десяти: 10,
    одиннадцать: 11,
    двенадцать: 12,
    тринадцать: 13,
    четырнадцать: 14,
    пятнадцать: 15,
    шестнадцать: 16,
    семнадцать: 17,
    восемнадцать: 18,
    девятнадцать: 19,
    двадцать: 20,
    тридцать: 30,
    сорок: 40,
    пятьдесят: 50,
    шестьдесят: 60,
    семьдесят: 70,
    восемьдесят: 80,
    девяносто: 90,
    сто: 100,
    двести: 200,
    триста: 300,
    четыреста: 400,
    пятьсот: 500,
    шестьсот: 600,
    семьсот: 700,
    восемьсот: 800,
    девятьсот: 900,
    полтора: 1.5,
    полторы: 1.5,
    полутора: 1.5,
  },
}

/** Scale words and abbreviations (thousand … trillion), as patterns over one folded word with its case suffix. */
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(bin|min)(e|i|in|de|den|ə|də|dən)?$/, 1e3],
  [/^(thousands?|k)$/, 1e3],
  [/^(тыс|тысяч\p{L}*)$/u, 1e3],
  [/^(milyon\p{L}*|millions?|mln|mn|m|млн|миллион\p{L}*)$/u, 1e6],
  [/^(milyar\p{L}*|milyard\p{L}*|mlrd|billions?|bn|bln|b|млрд|миллиард\p{L}*)$/u, 1e9],
  [/^(trilyon\p{L}*|trillions?|tn|trln|трлн|триллион\p{L}*)$/u, 1e12],
]

/** Abbreviations that are scales only when glued to digits ("$5m", "10k"), never as free-standing words. */
const GLUED_ONLY = new Set(['k', 'm', 'b', 'mn', 'bn', 'tn'])

/** Languages whose number words this module knows; others fall back to Turkish, the corpus majority. */
const langTable = (lang: string): Record<string, number> => CARDINALS[lang] ?? CARDINALS.tr ?? {}

/** Gives the value of one cardinal number word ("beş", "dörd", "twenty", "две"), or null. */
export function cardinalValue(word: string, lang: string): number | null {
  const value = langTable(lang)[word]
  return value === undefined ? null : value
}

/** Gives the multiplier a scale word stands for ("milyon" → 1e6, "milyarda" → 1e9, "млрд" → 1e9), or null. */
export function scaleValue(word: string, glued = false): number | null {
  if (!glued && GLUED_ONLY.has(word)) return null
  for (const [pattern, value] of SCALES) if (pattern.test(word)) return value
  return null
}

/**
 * Adds up a run of number words ("on beş" → 15, "iki yüz elli bin" → 250000, "bir milyar" → 1e9).
 * Returns null when any word is not a number word or the words do not form a well-ordered numeral.
 */
export function parseNumberWords(words: readonly string[], lang: string): number | null {
  if (words.length === 0) return null
  let total = 0
  let current = 0
  let lastSmall = Infinity
  let seen = false
  for (const word of words) {
    const scale = scaleValue(word)
    if (scale !== null && scale >= 1e3) {
      total += (seen ? current : 1) * scale
      current = 0
      lastSmall = Infinity
      seen = false
      continue
    }
    const value = cardinalValue(word, lang)
    if (value === null) return null
    if (value === 100 && lang !== 'ru') {
      current = (current || 1) * 100
      lastSmall = 100
    } else {
      // "on beş" adds up, "beş on" does not: each further word must be smaller than the one before
      if (value >= lastSmall) return null
      current += value
      lastSmall = value
    }
    seen = true
  }
  return total + current
}
