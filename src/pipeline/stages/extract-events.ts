import type { EventDraft, ExtractionInput } from '../types'
import { readSentenceEvents, type EventMention } from './event-mentions'
import { readArticleContext, type ArticleContext } from './mention-context'
import { makeSourceRef } from '../source-ref'

const isSubset = (small: readonly string[], big: readonly string[]) => small.every((c) => big.includes(c))

/**
 * Finds the dated mention an undated one refers to: the nearest earlier (else later) mention of the same kind in
 * another sentence whose countries include its own; else the article's only dated occasion, if it has just one.
 * News copy names its occasion once with a date and then says "the visit", "bu iclas", "Astana görüşü".
 */
function occasionOf(mention: EventMention, dated: readonly EventMention[]): EventMention | undefined {
  const fits = (d: EventMention) =>
    d.sentenceIndex !== mention.sentenceIndex && isSubset(mention.countries, d.countries)
  const sameKind = dated.filter((d) => d.cue.kind === mention.cue.kind && fits(d))
  const earlier = sameKind.filter((d) => d.sentenceIndex < mention.sentenceIndex).at(-1)
  if (earlier ?? sameKind[0]) return earlier ?? sameKind[0]
  const dates = new Set(dated.map((d) => d.date))
  return dates.size === 1 ? dated.find(fits) : undefined
}

/**
 * Keeps the article's date only for the lead event, the first sentence reported in the past in the lead with no date
 * of its own; that event also takes the lead's city when its sentence names none.
 */
function keepLeadEvent(mentions: readonly EventMention[], context: ArticleContext): EventMention[] {
  const leadIndex = mentions.find((m) => context.lead.has(m.sentenceIndex))?.sentenceIndex
  return mentions.map((m) => {
    if (m.dateBasis !== 'published') return m
    if (m.sentenceIndex !== leadIndex) return { ...m, date: null, dateBasis: null }
    return { ...m, place: m.place ?? context.leadPlace }
  })
}

/** Gives undated mentions the date, place and countries of the occasion they refer to, or the article's countries. */
function resolveMentions(mentions: readonly EventMention[], context: ArticleContext): EventMention[] {
  const dated = mentions.filter((m) => m.date !== null)
  return mentions.map((mention) => {
    const occasion = mention.date === null ? occasionOf(mention, dated) : undefined
    if (occasion) {
      return {
        ...mention,
        date: occasion.date,
        dateBasis: occasion.dateBasis,
        place: mention.place ?? occasion.place,
        countries: occasion.countries,
      }
    }
    const countries = mention.countries.length > 0 ? mention.countries : context.countries.slice(0, 2)
    return { ...mention, countries: [...countries].sort() }
  })
}

/**
 * Finds the events an article states (visits, summits, meetings, signing ceremonies), one draft per mention, with
 * the label, date, place, countries and people each mention gives or the article's occasion supplies.
 */
export function extractEvents(input: ExtractionInput): EventDraft[] {
  const context = readArticleContext(input)
  const mentions = input.sentences.flatMap((sentence, index) => readSentenceEvents(sentence, index, context))
  return resolveMentions(keepLeadEvent(mentions, context), context).map((m): EventDraft => ({
    kind: m.cue.kind,
    label: m.label,
    date: m.date,
    dateBasis: m.date === null ? null : m.dateBasis,
    place: m.place,
    countries: m.countries,
    people: m.people,
    source: makeSourceRef(input.article, m.sentence, m.span),
  }))
}
