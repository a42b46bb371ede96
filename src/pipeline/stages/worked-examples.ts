import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'
import type { Span } from '../types'

/**
 * Made-up numbers: a worked example on a calculator's or a guide's page ("Пример 1. Подержанный Toyota RAV4 … куплен
 * за 16 800 долларов", "Nümunə 2. …", "Example 1: …"), an exercise in a textbook ("5. Задача. Фермерское хозяйство
 * отправило … 20 т черешни", the lines under "Hesablama tapşırıqları"), and a sum worked step by step ("Шаг 1.
 * Таможенная стоимость: (16 800 + 450) × 1,70 = 29 325,00 AZN"). None of them reports a fact; each would be a wrong
 * figure on screen. The rates and fees in force that the page states outside them stay.
 */

/** A line opening an example or an exercise, maybe after its list number: "Пример 1.", "5. Задача.", "Nümunə 2.". */
const EXAMPLE_LABEL =
  /^\s*(?:\d{1,2}\*?[.)]\s*)?(?:пример(?:\s+расч[её]та)?|задача|упражнение|nümunə|misal|məsələ|tapşırıq|örnek(?:\s+hesaplama)?|alıştırma|problem|(?:worked\s+)?example|exercise|task)\s*(?:№\s*)?\d{0,2}\s*(?:\([^)]{0,40}\)\s*)?[.:)]/u
/** A heading over a worked example: "Hesablama nümunəsi", "Hesaplama örneği", "Пример расчёта", "Worked example". */
const EXAMPLE_HEADING =
  /^\s*(?:hesablama\s+nümunəsi|hesaplama\s+örneği|пример\s+расч[её]та|(?:worked\s+|calculation\s+|illustrative\s+)?example)\s*:?\s*$/u
/** A heading over a textbook's exercises: "Вопросы и задания", "Sual və tapşırıqlar", "Hesablama tapşırıqları". */
const EXERCISES_HEADING =
  /^\s*(?:(?:вопросы\s+и\s+)?(?:задания|задачи|упражнения)|(?:sual(?:lar)?\s+və\s+)?tapşırıqlar|hesablama\s+tapşırıqları|(?:sorular\s+ve\s+)?(?:alıştırmalar|etkinlikler)|(?:questions\s+and\s+)?(?:exercises|tasks|problems))\s*:?\s*$/u
/** Numbers worked in a sum: "0,30 × 2 487 = 746,10", "(38 000 + 1 900) × 1,9635", "23 800 + 650 + 150 = 24 600". */
const OPERATION = /\d\)?\s*[×✕*+]\s*\(?\s*\d/u
const EQUALS = /\d\)?\s*=\s*\(?\s*\d|[=]\s*\d[\d\s.,]*\s*[×✕*+]/u

/** The stretches of an article, as offsets, that its examples and exercises take: each runs to the next blank line. */
function exampleBlocks(text: string, lang: string): Span[] {
  const blocks: Span[] = []
  let offset = 0
  let open: number | null = null
  for (const line of text.split('\n')) {
    const folded = foldCase(line, lang)
    if (line.trim() === '') {
      if (open !== null) blocks.push({ start: open, end: offset })
      open = null
    } else if (open === null && [EXAMPLE_LABEL, EXAMPLE_HEADING, EXERCISES_HEADING].some((re) => re.test(folded)))
      open = offset
    offset += line.length + 1
  }
  if (open !== null) blocks.push({ start: open, end: text.length })
  return blocks
}

const blocksOfArticle = new WeakMap<Article, Span[]>()

/** Tells whether a sentence works a sum or stands in a worked example or an exercise: its numbers are made up. */
export function isWorkedExample(article: Article, sentence: Span & { text: string }): boolean {
  if (OPERATION.test(sentence.text) && EQUALS.test(sentence.text)) return true
  let blocks = blocksOfArticle.get(article)
  if (blocks === undefined) {
    blocks = exampleBlocks(article.text, article.lang)
    blocksOfArticle.set(article, blocks)
  }
  return blocks.some((block) => sentence.start >= block.start && sentence.start < block.end)
}
