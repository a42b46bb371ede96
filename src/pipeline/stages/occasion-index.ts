import type { EventDraft } from '../types'
import { addDays } from './occasion-dates'

/** What the index reads of a draft: its dates. */
type Dated = Pick<EventDraft, 'date' | 'dateEnd'>

/**
 * The keys an occasion's date is filed under, and the keys to look for occasions it may be. A draft can only join a
 * group one of whose drafts its date overlaps (`datesOverlap`): a day meets days within ±1 and a month or year
 * containing it, a month meets its days and its year, a year meets everything in it. So besides every group of a
 * month (`m`) and a year (`y`), which months and years look up, a group is filed under `M` or `Y` when it holds a
 * draft dated by that month or year only; a day looks those up and its neighbouring days, not the whole year (which
 * made the merge quadratic in the corpus). A range too long for its days to be filed (`long`) looks up the whole year.
 */
function dateKeys(draft: Dated, family: string): { file: string[]; look: string[]; long: boolean } {
  const { date } = draft
  if (date === null) return { file: [`${family}|none`], look: [`${family}|none`], long: false }
  const year = date.slice(0, 4)
  const y = `${family}|y${year}`
  if (date.length === 4) return { file: [y, `${family}|Y${year}`], look: [y], long: false }
  const m = `${family}|m${date.slice(0, 7)}`
  const M = `${family}|M${date.slice(0, 7)}`
  if (date.length === 7) return { file: [m, y, M], look: [m, `${family}|Y${year}`], long: false }
  const days: string[] = []
  const last = draft.dateEnd !== null && draft.dateEnd.length === 10 && draft.dateEnd > date ? draft.dateEnd : date
  for (let day = addDays(date, -1); day <= addDays(last, 1) && days.length < 40; day = addDays(day, 1)) days.push(day)
  const long = days.at(-1) !== addDays(last, 1)
  const file = [...days.slice(1, -1).map((d) => `${family}|d${d}`), m, y]
  const near = days.map((d) => `${family}|d${d}`)
  if (long) return { file, look: [...near, m, y], long }
  return { file, look: [...near, M, `${family}|Y${year}`, `${family}|w${year}`], long }
}

/**
 * Groups of occasion drafts by the dates they can meet, for `groupAcrossArticles`: a draft's candidates are every
 * group it could join, in the order the groups were made, and never one it can't (the same as looking through every
 * group of its year, in time that follows the groups near its date). A group holding a long range is filed under `w`
 * for every year it is filed under, since that range may meet a day its days were not filed for.
 */
export class OccasionIndex {
  private readonly index = new Map<string, Set<number>>()
  private readonly years = new Map<number, Set<string>>()
  private readonly long = new Set<number>()

  /** The groups `draft` may join, in the order they were made. */
  candidates(draft: Dated, family: string): number[] {
    const found = new Set(dateKeys(draft, family).look.flatMap((key) => [...(this.index.get(key) ?? [])]))
    return [...found].sort((a, b) => a - b)
  }

  /** Files group `at` under the keys of a draft it took. */
  add(at: number, draft: Dated, family: string): void {
    const { file, long } = dateKeys(draft, family)
    const years = this.years.get(at) ?? new Set<string>()
    this.years.set(at, years)
    for (const key of file) {
      this.put(key, at)
      if (key.startsWith(`${family}|y`)) years.add(key.slice(family.length + 2))
    }
    if (long) this.long.add(at)
    if (this.long.has(at)) for (const year of years) this.put(`${family}|w${year}`, at)
  }

  private put(key: string, at: number): void {
    const filed = this.index.get(key)
    if (filed) filed.add(at)
    else this.index.set(key, new Set([at]))
  }
}
