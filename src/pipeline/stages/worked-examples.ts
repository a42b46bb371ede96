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
/**
 * A heading over a worked example: "Hesablama nümunəsi", "Hesaplama örneği", "Örnek hesaplama (temsilîdir)", "Пример
 * расчёта", "Worked example"; its parenthesis may say it is only an illustration.
 */
const EXAMPLE_HEADING =
  /^\s*(?:hesablama\s+nümunəsi|hesaplama\s+örneği|örnek\s+hesaplama|пример\s+расч[её]та|(?:worked\s+|calculation\s+|illustrative\s+)?example)\s*(?:\([^)]{0,40}\)\s*)?:?\s*$/u
/** A heading over a textbook's exercises: "Вопросы и задания", "Sual və tapşırıqlar", "Hesablama tapşırıqları". */
const EXERCISES_HEADING =
  /^\s*(?:(?:вопросы\s+и\s+)?(?:задания|задачи|упражнения)|(?:sual(?:lar)?\s+və\s+)?tapşırıqlar|hesablama\s+tapşırıqları|(?:sorular\s+ve\s+)?(?:alıştırmalar|etkinlikler)|(?:questions\s+and\s+)?(?:exercises|tasks|problems))\s*:?\s*$/u
/** Numbers worked in a sum: "0,30 × 2 487 = 746,10", "(38 000 + 1 900) × 1,9635", "23 800 + 650 + 150 = 24 600". */
const OPERATION = /\d\)?\s*[×✕*+]\s*\(?\s*\d/u
const EQUALS = /\d\)?\s*=\s*\(?\s*\d|[=]\s*\d[\d\s.,]*\s*[×✕*+]/u

/**
 * A recipe's opening: its ingredients' heading ("Malzemeler", "İnqrediyentlər", "Ingredients", "Ингредиенты") or its
 * card of times ("Hazırlık: 20 dk | Pişirme: 40 dk", "Prep time: 15 min", "Время приготовления: 40 минут").
 */
const RECIPE_OPENING =
  /^\s*(?:(?:gerekli\s+)?malzemeler|malzeme\s+listesi|inqrediyentlər|lazım\s+olan\s+(?:ərzaqlar|məhsullar|inqrediyentlər)|ingredients|ингредиенты|нам\s+понадобится)\s*:?\s*$|^\s*(?:hazırlık|hazırlama\s+süresi|hazırlanma\s+müddəti|pişirme\s+süresi|bişirmə\s+müddəti|prep(?:aration)?\s+time|cook(?:ing)?\s+time|время\s+приготовления)\s*:\s*\d/u
/**
 * A recipe's own lines after its opening: its sections' headings ("Yapılışı", "Hazırlanması", "Method",
 * "Приготовление"), an item or a numbered step, and its labelled notes (a tip, a serving's nutrition: "Püf noktası:
 * …", "Besin değeri (1 dilim): …", "Пищевая ценность: …").
 */
const RECIPE_LINE =
  /^\s*(?:[-–•·*]\s|\d{1,2}[.)]\s)|^\s*(?:yapılışı|hazırlanışı|tarifi|hazırlanması|hazırlanma\s+qaydası|bişirilməsi|method|directions|instructions|preparation|приготовление|способ\s+приготовления)\s*:?\s*$|^\s*(?:püf\s+noktası|ipucu|not|besin\s+değeri|kalori|məsləhət|qida\s+dəyəri|tip|note|nutrition(?:\s+facts)?|совет|пищевая\s+ценность|калорийность)\s*(?:\([^)]{0,40}\)\s*)?:/u

/**
 * The stretches of an article, as offsets, that blocks take: each opens on a line `opens` (folded) and runs to the
 * first line that `ends`.
 */
function blocksOf(
  text: string,
  lang: string,
  opens: (folded: string) => boolean,
  ends: (line: string, folded: string) => boolean,
): Span[] {
  const blocks: Span[] = []
  let offset = 0
  let open: number | null = null
  for (const line of text.split('\n')) {
    const folded = foldCase(line, lang)
    if (open !== null && ends(line, folded)) {
      blocks.push({ start: open, end: offset })
      open = null
    } else if (open === null && line.trim() !== '' && opens(folded)) open = offset
    offset += line.length + 1
  }
  if (open !== null) blocks.push({ start: open, end: text.length })
  return blocks
}

/** An example or an exercise runs to the next blank line. */
const exampleBlocks = (text: string, lang: string) =>
  blocksOf(
    text,
    lang,
    (folded) => [EXAMPLE_LABEL, EXAMPLE_HEADING, EXERCISES_HEADING].some((re) => re.test(folded)),
    (line) => line.trim() === '',
  )

/** A recipe runs from its opening over its own lines and the blank lines between them. */
const recipeBlocks = (text: string, lang: string) =>
  blocksOf(
    text,
    lang,
    (folded) => RECIPE_OPENING.test(folded),
    (line, folded) => line.trim() !== '' && !RECIPE_OPENING.test(folded) && !RECIPE_LINE.test(folded),
  )

const blocksOfArticle = new WeakMap<Article, Span[]>()

/**
 * Tells whether a sentence works a sum or stands in a worked example, an exercise or a recipe: its numbers are made
 * up, or measure a kitchen's cake rather than trade.
 */
export function isWorkedExample(article: Article, sentence: Span & { text: string }): boolean {
  if (OPERATION.test(sentence.text) && EQUALS.test(sentence.text)) return true
  let blocks = blocksOfArticle.get(article)
  if (blocks === undefined) {
    blocks = [...exampleBlocks(article.text, article.lang), ...recipeBlocks(article.text, article.lang)]
    blocksOfArticle.set(article, blocks)
  }
  return blocks.some((block) => sentence.start >= block.start && sentence.start < block.end)
}
