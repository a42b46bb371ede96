import type { Article } from '../../../../src/schema/dataset'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import type { FigureDraft, Sentence } from '../../../../src/pipeline/types'

/** Builds an article from sentences (joined by one space) and its sentence list, without the segmenter. */
export function makeInput(sentences: readonly string[], lang: string, published: string | null = '2025-10-21') {
  const parts: Sentence[] = []
  let text = ''
  for (const sentence of sentences) {
    if (text) text += ' '
    parts.push({ start: text.length, end: text.length + sentence.length, text: sentence })
    text += sentence
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

/** Extracts and reports each figure with the words its source points at. */
export function extract(sentences: readonly string[], lang: string, published: string | null = '2025-10-21') {
  const input = makeInput(sentences, lang, published)
  return extractFigures(input).map((figure: FigureDraft) => {
    const mention = figure.source.mention
    return { ...figure, words: mention ? input.article.text.slice(mention.start, mention.end) : null }
  })
}

/** Keeps the fields of a figure that most tests compare. */
export const pick = ({
  metric,
  kind,
  value,
  valueMax,
  unit,
  qualifier,
  words,
}: ReturnType<typeof extract>[number]) => ({
  metric,
  kind,
  value,
  valueMax,
  unit,
  qualifier,
  words,
})
