import type { Article } from '../../../../src/schema/dataset'
import type { ExtractionInput, Sentence } from '../../../../src/pipeline/types'

/** Builds an extraction input from sentences joined by one space, with exact offsets, without the segmenter. */
export function articleOf(lang: string, published: string | null, sentences: readonly string[]): ExtractionInput {
  return paragraphsOf(lang, published, [sentences])
}

/** Builds an extraction input of paragraphs (a blank line between them) of sentences joined by one space. */
export function paragraphsOf(
  lang: string,
  published: string | null,
  paragraphs: readonly (readonly string[])[],
): ExtractionInput {
  const parts: Sentence[] = []
  let text = ''
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) text += '\n\n'
    for (const [position, sentence] of paragraph.entries()) {
      if (position > 0) text += ' '
      parts.push({ start: text.length, end: text.length + sentence.length, text: sentence })
      text += sentence
    }
  }
  const article: Article = {
    id: 'test-article',
    file: 'test-article.txt',
    lang,
    published,
    title: 'Test',
    outlet: null,
    author: null,
    text,
    removed: [],
  }
  return { article, sentences: parts }
}

/** Builds an extraction input of lines right under each other (no blank line between), each line one sentence. */
export function linesOf(lang: string, published: string | null, lines: readonly string[]): ExtractionInput {
  const input = paragraphsOf(lang, published, [lines])
  const text = lines.join('\n')
  return { article: { ...input.article, text }, sentences: input.sentences }
}
