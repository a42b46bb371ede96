import type { Sector } from '../../schema/dataset'
import { slugify } from '../ids'
import { BACK_REFERENCE, GEO_RULES, MAIN_SUPPLIER, MEASURE_NOUN, PROJECT_RULES, SEABED } from '../lexicon/projects'
import { makeSourceRef } from '../source-ref'
import type { FigureDraft, Span } from '../types'
import { figureScope, type SentenceContext } from './figure-context'
import { periodOf } from './figure-period'
import { findHorizon } from './figure-horizons'
import { detectKind, isIntentWord } from './figure-kind'
import { resolveMetric } from './figure-metric'

/** Stems of verbs that raise or extend something ("artırmayı", "yüksəltmək", "increase", "увеличить"). */
const RAISE =
  /^(art|yüksel|yüksəl|genişlet|genişlən|çoğalt|çoxalt|increas|rais|boost|expand|grow|увелич|нарастить|расшир)/u
/** How many words after a reference its verb of change and of intent may stand ("bu miktarı yakında önemli ölçüde artırmayı hedefliyoruz"). */
const REACH = 6
/** How far (in characters) a project noun may stand from the deadline that dates it. */
const PROJECT_REACH = 80
const RELATIVE = new Set(['percent', 'multiplier'])
/** A project noun in the locative ("limanında", "boru hattında") names where something happens, not what is built. */
const LOCATIVE = /n?[dt][aeə]$/u

const distance = (a: Span, b: Span) => (b.end <= a.start ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0)

/** A figure stated without a number, filled in with what every such figure shares. */
function nullFigure(
  context: SentenceContext,
  mention: Span,
  fields: Pick<FigureDraft, 'metric' | 'label' | 'kind' | 'unit'> & { sectors: readonly Sector[] },
): FigureDraft {
  const { year, deadline } = periodOf(context, mention, fields.kind)
  return {
    ...fields,
    value: null,
    valueMax: null,
    qualifier: 'exact',
    year,
    deadline,
    horizon:
      fields.kind !== 'achieved' && deadline === null
        ? findHorizon(context.sentence.text, context.folded, mention)
        : null,
    ...figureScope(context, mention, fields.sectors),
    source: makeSourceRef(context.article, context.sentence, mention),
  }
}

/** Finds the verb of change and the verb of intent after `from`, and where the intent ends; null if either is missing. */
function intentAfter(context: SentenceContext, from: number): number | null {
  const next = context.words.filter((w) => w.start >= from).slice(0, REACH)
  const raise = next.findIndex((w) => RAISE.test(w.text))
  if (raise < 0) return null
  const intent = next.slice(raise).find((w) => isIntentWord(w.text, context.lang))
  return intent ? intent.end : null
}

/**
 * "… 1,5 milyon ton … taşındığını ve bu miktarı yakında önemli ölçüde artırmayı hedeflediklerini": a target to raise
 * the quantity an earlier clause stated, with no new number. It takes the metric and unit of that quantity.
 */
function backReferenceTargets(
  context: SentenceContext,
  stated: readonly FigureDraft[],
  earlier: readonly FigureDraft[],
) {
  const out: FigureDraft[] = []
  const absolute = (d: FigureDraft) => !RELATIVE.has(d.unit) && d.value !== null
  for (const match of context.folded.matchAll(BACK_REFERENCE)) {
    const end = intentAfter(context, match.index + match[0].length)
    if (end === null) continue
    const here = context.sentence.start + match.index
    const before = (d: FigureDraft) => (d.source.mention?.start ?? d.source.start) < here
    const antecedent =
      [...stated].reverse().find((d) => absolute(d) && before(d)) ??
      [...earlier]
        .reverse()
        .find((d) => absolute(d) && d.source.articleId === context.article.id && d.source.start >= context.reachStart)
    if (!antecedent) continue
    const mention = { start: match.index, end }
    const kind = detectKind(context.words, { start: match.index, end: match.index }, context.lang)
    if (kind === 'achieved') continue
    const { metric, label, unit, sectors } = antecedent
    out.push(nullFigure(context, mention, { metric, label, kind, unit, sectors }))
  }
  return out
}

/** "İki ülke ticaret hacmini artırmayı hedefliyor": a target on a named measure, in a sentence that gives no number. */
function measureTargets(context: SentenceContext, stated: readonly FigureDraft[]) {
  if (stated.length > 0) return []
  const out: FigureDraft[] = []
  const ends = new Set<number>()
  for (const match of context.folded.matchAll(MEASURE_NOUN)) {
    const end = intentAfter(context, match.index + match[0].length)
    const span = { start: match.index, end: match.index + match[0].length }
    const choice = end === null || ends.has(end) ? null : resolveMetric(context, span, null)
    if (end === null || !choice) continue
    ends.add(end) // "dövriyyəsinin həcmini artırmağı": two measure nouns, one target
    const kind = detectKind(context.words, { start: span.end, end: span.end }, context.lang)
    if (kind === 'achieved') continue
    const { metric, label, sectors, defaultUnit: unit } = choice
    out.push(nullFigure(context, { start: span.start, end }, { metric, label, kind, unit, sectors }))
  }
  return out
}

/**
 * "2026-cı ilin sonuna planlaşdırılan … fiber-optik rabitə xəttinin çəkilişi": a planned project with a deadline and
 * no number is a target whose value is its completion ('status').
 */
function projectTargets(context: SentenceContext, stated: readonly FigureDraft[]) {
  const out: FigureDraft[] = []
  // most sentences set no deadline: the project patterns are searched only in those that do
  if (!context.dates.some((date) => date.role === 'deadline' && date.value !== null)) return out
  const projects = PROJECT_RULES.flatMap((rule) =>
    [...context.folded.matchAll(rule.pattern)]
      .filter((m) => !LOCATIVE.test(m[0]))
      .map((m) => ({ rule, start: m.index, end: m.index + m[0].length })),
  )
  const mentions = stated.map((d) => (d.source.mention?.start ?? 0) - context.sentence.start)
  for (const date of context.dates) {
    if (date.role !== 'deadline' || date.value === null) continue
    const project = projects
      .filter((p) => distance(date, p) <= PROJECT_REACH)
      .sort((a, b) => distance(date, a) - distance(date, b))[0]
    if (!project) continue
    const span = { start: Math.min(date.start, project.start), end: Math.max(date.end, project.end) }
    // the deadline belongs to a stated figure ("… sonunadək 5 milyon tona çatdırılması"), not to the project
    if (stated.some((d) => d.deadline === date.value)) continue
    if (mentions.some((at) => at >= span.start && at < span.end)) continue
    const clause = context.words.filter((w) => w.start >= span.start && w.end <= span.end)
    const tail = context.words.filter((w) => w.start >= span.end).slice(0, REACH)
    const planned = [...clause, ...tail].some((w) => isIntentWord(w.text, context.lang))
    if (!planned) continue
    const window = context.folded.slice(Math.max(0, span.start - 30), span.end)
    const geo = GEO_RULES.find((g) => [...window.matchAll(g.pattern)].length > 0)
    const seabed = [...window.matchAll(SEABED)].length > 0
    const metric = [geo?.slug, project.rule.slug].filter(Boolean).join('-')
    const label = [geo?.label, seabed ? 'seabed' : null, project.rule.label].filter(Boolean).join(' ')
    out.push(
      nullFigure(context, span, {
        metric,
        label: label.charAt(0).toUpperCase() + label.slice(1),
        kind: 'target',
        unit: 'status',
        sectors: project.rule.sectors,
      }),
    )
  }
  return out
}

/** "2025-ci ildə Qazaxıstan … əsas buğda tədarükçüsü olub": a country's standing as main supplier of a good. */
function supplierStatus(context: SentenceContext) {
  // "Основные поставщики:" over a list names nobody: a standing needs its country
  return [...context.folded.matchAll(MAIN_SUPPLIER)].flatMap((match) => {
    const span = { start: match.index, end: match.index + match[0].length }
    const choice = resolveMetric(context, span, 'status')
    const kind = detectKind(context.words, { start: span.end, end: span.end }, context.lang)
    const metric = choice?.metric ?? slugify('main supplier')
    const label = `${choice?.label ?? 'Supply'}: main supplier`
    const figure = nullFigure(context, span, {
      metric,
      label,
      kind,
      unit: 'status',
      sectors: choice?.sectors ?? ['trade'],
    })
    return figure.countries.length > 0 ? [figure] : []
  })
}

/** Finds the figures a sentence states without a number: targets on an earlier quantity, planned projects, standings. */
export function statusFigures(
  context: SentenceContext,
  stated: readonly FigureDraft[],
  earlier: readonly FigureDraft[],
): FigureDraft[] {
  return [
    ...backReferenceTargets(context, stated, earlier),
    ...measureTargets(context, stated),
    ...projectTargets(context, stated),
    ...supplierStatus(context),
  ]
}
