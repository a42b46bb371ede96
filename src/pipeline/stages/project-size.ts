import type { Quantity } from '../lexicon/numbers'
import { clauseAround } from './clauses'
import type { SentenceContext } from './figure-context'

/** Units that measure what a project will have: its capacity, length or size. */
const SIZE_UNITS = new Set(['GW', 'MW', 'km', 't', 'TEU', 'm3', 'ha'])
/** "2 GW'lık bir rüzgâr projesi", "a 300 MW solar project", "проект мощностью 1 ГВт": a size a project is to have. */
const PROJECT_AFTER = /^(?:['’-]?\p{L}*)?(?:\s+\p{L}+){0,2}\s+(?:projes\p{L}*|layihəs\p{L}*|projects?)(?![\p{L}])/u
const PROJECT_BEFORE = /(?:проект\p{L}*)\s+(?:мощностью|протяж[её]нностью|стоимостью)\s+(?:около|до|более)?\s*$/u
/** Words of a project finished or working: then its size is what it has. */
const FINISHED =
  /(?<![\p{L}])(?:tamamlan\p{L}*|işletmede\p{L}*|işletmeye\s+alın\p{L}*|devreye\s+alın\p{L}*|istismar\p{L}*|commissioned|completed|operating|in\s+operation|введ\p{L}*|заверш[её]н\p{L}*|действующ\p{L}*)(?![\p{L}])/u

/** Whether the figure is the size of a project, which is what the project is to have, unless it is finished. */
export function isProjectSize(context: SentenceContext, quantity: Quantity): boolean {
  if (!SIZE_UNITS.has(quantity.unit)) return false
  const { folded } = context
  const named =
    PROJECT_AFTER.test(folded.slice(quantity.end, quantity.end + 60)) ||
    PROJECT_BEFORE.test(folded.slice(Math.max(0, quantity.start - 40), quantity.start))
  const clause = clauseAround(context.sentence.text, quantity)
  return named && !FINISHED.test(folded.slice(clause.start, clause.end))
}
