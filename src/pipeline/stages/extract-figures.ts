import { findQuantities, type Quantity } from '../lexicon/numbers'
import { makeSourceRef } from '../source-ref'
import type { ExtractionInput, FigureDraft, Span } from '../types'
import { figureScope, sentenceContexts, type SentenceContext } from './figure-context'
import { periodOf } from './figure-period'
import { detectKind, findHorizon, type Word } from './figure-kind'
import { genericMetric, resolveMetric, type MetricChoice } from './figure-metric'
import { statusFigures } from './figure-status'

/** Verbs of change, by stem: a percent or multiplier next to one is a rate of growth, not a share. */
/** Comparatives after a percent ("20 faiz çoxdur", "на 12% больше"): the figure is that much above a base. */
const MORE = /^(çox|fazla|daha|artıq|больше|выше|more|higher|up)/u
const RISE =
  /^(art|yüksel|yüksəl|çık|çıx|büyü|katla|çoxal|increas|rise|rose|risen|rising|grow|grew|jump|surg|climb|doubl|tripl|boost|rais|up$|вырос|выраст|рост|увелич|нарост|нарастить)/u
const FALL = /^(azal|düş|gerile|fell|fall|declin|drop|down$|decreas|shrank|shrink|сниз|сократ|упал|уменьш)/u
/** Nouns after a count that make it a number of documents or of parties, which are not figures of their own. */
const DOCUMENT_NOUN =
  /^(anlaşma|antlaşma|sözleşme|mutabakat|protokol|memorandum|belge|doküman|saziş|müqavilə|sənəd|agreement|deal|document|treat|accord|соглашени|договор|документ|меморандум)/u
const PARTY_NOUN =
  /^(ülke|ölkə|countr|стран|lider|leader|лидер|taraf|tərəf|side|сторон|halk|xalq|people|народ|devlet|dövlət|state|государств|başkan|prezident|president|президент|bakan|nazir|minister|министр)/u

/** "3 kez görüştü": a number of occasions, which says how often, not how much. */
const OCCASION = /^(kez|defa|sefer|kere|times|раз)$/u

const near = (words: readonly Word[], span: Span, lang: string, reach = 3): Word[] => {
  const after = words.filter((w) => w.start >= span.end).slice(0, reach)
  const before = lang === 'en' || lang === 'ru' ? words.filter((w) => w.end <= span.start).slice(-reach) : []
  return [...before, ...after]
}

/** Tells whether a percent or multiplier is a change, and which way: +1 for a rise, -1 for a fall, 0 for neither. */
function changeDirection(context: SentenceContext, quantity: Quantity): 1 | -1 | 0 {
  for (const word of near(context.words, quantity, context.lang)) {
    if (FALL.test(word.text)) return -1
    if (RISE.test(word.text) || (quantity.unit === 'percent' && MORE.test(word.text))) return 1
  }
  return 0
}

/** Tells whether a count counts something worth a figure: not documents signed, not the parties to a meeting. */
function isReportableCount(context: SentenceContext, quantity: Quantity): boolean {
  if (quantity.written === 'words' && quantity.qualifier === 'exact') return false
  const end =
    quantity.qualifierSpan && quantity.qualifierSpan.end > quantity.end ? quantity.qualifierSpan.end : quantity.end
  const after = context.words.filter((w) => w.start >= end).slice(0, 3)
  if (after.some((w) => DOCUMENT_NOUN.test(w.text))) return false
  return !(after[0] && (PARTY_NOUN.test(after[0].text) || OCCASION.test(after[0].text)))
}

const withQualifier = (q: Quantity): Span =>
  q.qualifierSpan ? { start: Math.min(q.start, q.qualifierSpan.start), end: Math.max(q.end, q.qualifierSpan.end) } : q

/** Turns one quantity of a sentence into a figure draft, or null when it is not a figure worth reporting. */
function draftFor(context: SentenceContext, quantity: Quantity, previous: readonly string[]): FigureDraft | null {
  const { lang, sentence, article } = context
  if (quantity.unit === 'count' && !isReportableCount(context, quantity)) return null
  const direction =
    quantity.unit === 'percent' || quantity.unit === 'multiplier' ? changeDirection(context, quantity) : 0
  if (quantity.unit === 'multiplier' && quantity.written !== 'implied' && direction === 0) return null
  const span = withQualifier(quantity)
  const known = resolveMetric(context, span, quantity.unit)
  const choice: MetricChoice | null =
    known ?? genericMetric(sentence.text, context.words, span, quantity.unit, lang, context.dates)
  if (!choice) return null
  const kind = detectKind(context.words, quantity, lang)
  const { year, deadline } = periodOf(context, quantity, kind)
  const percentSuffix = direction === 0 ? 'share' : 'growth'
  const isPercent = quantity.unit === 'percent'
  return {
    metric: isPercent ? `${choice.metric}-${percentSuffix}` : choice.metric,
    label: isPercent ? `${choice.label}: ${percentSuffix}` : choice.label,
    kind,
    value: isPercent && direction < 0 ? -quantity.value : quantity.value,
    valueMax: quantity.valueMax,
    unit: quantity.unit,
    qualifier: quantity.qualifier,
    year,
    deadline,
    horizon: kind !== 'achieved' && deadline === null ? findHorizon(sentence.text, context.folded, quantity) : null,
    ...figureScope(context, quantity, choice.sectors, previous, choice.metric),
    source: makeSourceRef(article, sentence, { start: quantity.start, end: quantity.end }),
  }
}

/**
 * Finds the figures an article states: every quantity worth reporting with its metric, kind (target, forecast or
 * achieved), period, sectors and countries, plus the targets and states the text gives without a number.
 */
export function extractFigures(input: ExtractionInput): FigureDraft[] {
  const drafts: FigureDraft[] = []
  for (const context of sentenceContexts(input.article, input.sentences)) {
    const previous = drafts.findLast((d) => d.countries.length > 0)?.countries ?? []
    const stated = findQuantities(context.sentence.text, context.lang)
      .map((quantity) => draftFor(context, quantity, previous))
      .filter((draft): draft is FigureDraft => draft !== null)
    drafts.push(...stated, ...statusFigures(context, stated, drafts))
  }
  return drafts
}
