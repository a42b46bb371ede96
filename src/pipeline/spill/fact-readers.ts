import type { Agreement, CorridorEvent, Figure } from '../../schema/dataset'
import type { FactFiles } from '../stream/finish-facts'
import { readJsonLines } from './disk-partitions'

/** Reads each list of facts from its file of JSON lines, in output order, as often as a writer asks (any thread). */
export const factReaders = (files: FactFiles) => ({
  figures: () => readJsonLines<Figure>(files.figures),
  agreements: () => readJsonLines<Agreement>(files.agreements),
  events: () => readJsonLines<CorridorEvent>(files.events),
})
