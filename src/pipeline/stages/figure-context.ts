import type { Article, Sector } from '../../schema/dataset'
import { findCountries, findPlaces } from '../lexicon/countries'
import { findDates } from '../lexicon/dates'
import { findSectors } from '../lexicon/sectors'
import { foldCase } from '../lexicon/text'
import type { DateMention, Sentence, Span } from '../types'
import { horizonSpans, wordsOf, type Word } from './figure-kind'
import { clauseAround } from './clauses'
import { frameYears } from './figure-period'

/** Everything the figure rules read about one sentence, computed once. */
export interface SentenceContext {
  article: Article
  sentence: Sentence
  lang: string
  folded: string
  words: readonly Word[]
  dates: readonly DateMention[]
  countries: readonly string[]
  /** The two countries the article names most, for figures whose own words name none. */
  articleCountries: readonly string[]
  sectors: readonly Sector[]
  /** Folded text of the sentences before this one, nearest first, for "bu hattaki"-style references. */
  previous: readonly string[]
  /** Where the earliest of those sentences starts in the article, to find an antecedent figure. */
  reachStart: number
  /** The year the article is telling about before this sentence (see `frameYears`), or null. */
  frameYear: number | null
}

/** Words that make a figure bilateral: between the two countries the article is about. */
const BILATERAL =
  /(?<![\p{L}])(?:iki ülke|iki ölkə|two countries|both countries|двух стран|обеих стран|обе страны|ikili|karşılıklı|qarşılıqlı|bilateral|двусторонн|взаимн)/gu

/** How many earlier sentences a reference like "bu miktarı" may reach back. */
const LOOK_BACK = 2

/** Picks the two countries an article names most often (first named wins a tie), for sentences that name none. */
export function mainCountries(article: Article): string[] {
  const counts = new Map<string, { count: number; first: number }>()
  for (const mention of findCountries(article.text, article.lang)) {
    const entry = counts.get(mention.code) ?? { count: 0, first: mention.start }
    counts.set(mention.code, { count: entry.count + 1, first: entry.first })
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, 2)
    .map(([code]) => code)
}

/** Builds the context of every sentence of an article. */
export function sentenceContexts(article: Article, sentences: readonly Sentence[]): SentenceContext[] {
  const fallback = mainCountries(article)
  const folded = sentences.map((s) => foldCase(s.text, article.lang))
  const dates = sentences.map((s) => findDates(s.text, article.lang, article.published))
  const frames = frameYears(article, folded, dates)
  return sentences.map((sentence, index) => {
    const named = [
      ...findCountries(sentence.text, article.lang).map((m) => m.code),
      ...findPlaces(sentence.text, article.lang).map((m) => m.country),
    ]
    // "iki ülke arasındaki ticaret hacmi": a bilateral figure names both of the article's main countries
    const bilateral = named.length < 2 && [...(folded[index] ?? '').matchAll(BILATERAL)].length > 0
    const own = [...new Set(bilateral ? [...named, ...fallback] : named)]
    const horizons = horizonSpans(folded[index] ?? '')
    const inHorizon = (d: DateMention) => horizons.some((h) => d.start < h.end && h.start < d.end)
    return {
      article,
      sentence,
      lang: article.lang,
      folded: folded[index] ?? '',
      words: wordsOf(folded[index] ?? ''),
      dates: (dates[index] ?? []).filter((d) => !inHorizon(d)),
      countries: own.length > 0 ? own : fallback,
      articleCountries: fallback,
      sectors: [...new Set(findSectors(sentence.text, article.lang).map((m) => m.sector))],
      previous: folded.slice(Math.max(0, index - LOOK_BACK), index).reverse(),
      reachStart: sentences[Math.max(0, index - LOOK_BACK)]?.start ?? sentence.start,
      frameYear: frames[index] ?? null,
    }
  })
}

const sortedUnique = <T extends string>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())].sort()

/**
 * Files a figure under sectors and countries. A long sentence often strings several facts together ("trade will
 * double, oil will flow through BTC, a cable will be laid"), so only what the figure's own clause names counts:
 * its metric's sectors plus the sectors named there; the countries named there (with the article's two main
 * countries when the clause says "bilateral"), else the article's two main countries.
 */
export function figureScope(
  context: SentenceContext,
  mention: Span,
  metricSectors: readonly Sector[],
): { sectors: Sector[]; countries: string[] } {
  const { sentence, lang } = context
  const clause = clauseAround(sentence.text, mention)
  const inClause = (m: Span) => m.start >= clause.start && m.end <= clause.end
  const named = [
    ...findCountries(sentence.text, lang)
      .filter(inClause)
      .map((m) => m.code),
    ...findPlaces(sentence.text, lang)
      .filter(inClause)
      .map((m) => m.country),
  ]
  const clauseText = context.folded.slice(clause.start, clause.end)
  const bilateral = named.length < 2 && new RegExp(BILATERAL.source, 'u').test(clauseText)
  const own = bilateral ? [...named, ...context.articleCountries] : named
  return {
    sectors: sortedUnique(
      metricSectors,
      findSectors(sentence.text, lang)
        .filter(inClause)
        .map((m) => m.sector),
    ),
    countries: sortedUnique(own.length > 0 ? own : context.articleCountries),
  }
}
