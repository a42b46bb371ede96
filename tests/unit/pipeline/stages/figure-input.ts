import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import type { FigureDraft } from '../../../../src/pipeline/types'
import { articleOf } from './extraction-input'

/** Builds an article from sentences (joined by one space) and its sentence list, without the segmenter. */
export const makeInput = (sentences: readonly string[], lang: string, published: string | null = '2025-10-21') =>
  articleOf(lang, published, sentences)

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

/** Each figure of an article of lines (a table's caption, head and rows): its cell, value, unit, year and metric label. */
export const cellFigures = (lang: string, lines: readonly string[], published: string) =>
  extract(lines, lang, published).map((f) => [f.words, f.value, f.unit, f.year, f.label])
