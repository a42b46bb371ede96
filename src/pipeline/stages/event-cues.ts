import type { EventKind } from '../../schema/dataset'
import { compileLexicon, findTerms, looseFold, type Inflection, type Term } from '../lexicon/term-matcher'
import type { Span } from '../types'

/** What an event noun stands for: its kind, its label in its language, and its last word's stem. */
export interface EventCue {
  kind: Exclude<EventKind, 'other'>
  label: string
  /** The last word's stem as matched, so "Toplantısı'na" can be cited as "Toplantısı". */
  headStem: string
}

/** An event noun found in a sentence. */
export interface EventCueMatch extends Span {
  cue: EventCue
}

/** A kind, how its words inflect, and each stem with the label it gives (the noun phrase in citation form). */
type Row = [EventCue['kind'], Inflection, [string, string][]]

const TURKISH: Row[] = [
  [
    'visit',
    'turkic',
    [
      ['ziyaret', 'ziyaret'],
      ['resmi ziyaret', 'resmi ziyaret'],
      ['resmi temas', 'resmi temaslar'],
    ],
  ],
  [
    'visit',
    'turkic',
    [
      ['devlet ziyaret', 'devlet ziyareti'],
      ['çalışma ziyaret', 'çalışma ziyareti'],
    ],
  ],
  ['summit', 'turkic', [['zirve', 'zirve']]],
  [
    'meeting',
    'turkic',
    [
      ['görüşme', 'görüşme'],
      ['toplantı', 'toplantı'],
      ['toplantıs', 'toplantı'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['yuvarlak masa', 'yuvarlak masa'],
      ['yuvarlak masa toplantıs', 'yuvarlak masa toplantısı'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['görüşmeler', 'görüşmeler'],
      ['oturum', 'oturum'],
      ['görüştü', 'görüşme'],
    ],
  ],
  ['signing', 'turkic', [['imza tören', 'imza töreni']]],
]

const AZERBAIJANI: Row[] = [
  [
    'visit',
    'turkic',
    [
      ['səfər', 'səfər'],
      ['dövlət səfər', 'dövlət səfəri'],
      ['rəsmi səfər', 'rəsmi səfər'],
    ],
  ],
  [
    'visit',
    'turkic',
    [
      ['işgüzar səfər', 'işgüzar səfər'],
      ['səfərlər', 'səfərlər'],
    ],
  ],
  [
    'summit',
    'turkic',
    [
      ['sammit', 'sammit'],
      ['zirvə görüş', 'zirvə görüşü'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['görüş', 'görüş'],
      ['görüşmə', 'görüşmə'],
      ['iclas', 'iclas'],
      ['toplantı', 'toplantı'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['dəyirmi masa', 'dəyirmi masa'],
      ['dəyirmi masa iclas', 'dəyirmi masa iclası'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['danışıqlar', 'danışıqlar'],
      ['sessiya', 'sessiya'],
      ['görüşlər', 'görüşlər'],
    ],
  ],
  [
    'meeting',
    'turkic',
    [
      ['görüşüb', 'görüş'],
      ['görüşdü', 'görüş'],
    ],
  ],
  ['signing', 'turkic', [['imzalanma mərasim', 'imzalanma mərasimi']]],
]

const ENGLISH: Row[] = [
  [
    'visit',
    'exact',
    [
      ['visit', 'visit'],
      ['state visit', 'state visit'],
      ['official visit', 'official visit'],
    ],
  ],
  [
    'visit',
    'exact',
    [
      ['working visit', 'working visit'],
      ['visited', 'visit'],
      ['visits', 'visit'],
    ],
  ],
  ['summit', 'exact', [['summit', 'summit']]],
  [
    'meeting',
    'exact',
    [
      ['meeting', 'meeting'],
      ['talks', 'talks'],
      ['round table', 'round table'],
    ],
  ],
  [
    'meeting',
    'exact',
    [
      ['roundtable', 'round table'],
      ['session', 'session'],
      ['met', 'meeting'],
    ],
  ],
  ['signing', 'exact', [['signing ceremony', 'signing ceremony']]],
]

const RUSSIAN: Row[] = [
  [
    'visit',
    'ru-noun',
    [
      ['визит', 'визит'],
      ['государственн визит', 'государственный визит'],
    ],
  ],
  ['visit', 'ru-noun', [['официальн визит', 'официальный визит']]],
  ['visit', 'free', [['посетил', 'визит']]],
  ['summit', 'ru-noun', [['саммит', 'саммит']]],
  ['meeting', 'ru-fem', [['встреч', 'встреча']]],
  ['meeting', 'free', [['встретил', 'встреча']]],
  [
    'meeting',
    'free',
    [
      ['переговор', 'переговоры'],
      ['заседани', 'заседание'],
      ['кругл стол', 'круглый стол'],
    ],
  ],
  ['signing', 'free', [['церемони подписани', 'церемония подписания']]],
]

/** Per language, since a word can mean a meeting in one and an opinion in another (az/tr "görüş"). */
const BY_LANG: Record<string, Row[]> = { tr: TURKISH, az: AZERBAIJANI, en: ENGLISH, ru: RUSSIAN }

const termsOf = (rows: Row[]): Term<EventCue>[] =>
  rows.flatMap(([kind, inflection, pairs]) =>
    pairs.map(([words, label]) => ({
      words,
      inflection,
      value: { kind, label, headStem: looseFold(words.split(' ').at(-1) ?? '', 'tr') },
    })),
  )

const LEXICONS = new Map(Object.entries(BY_LANG).map(([lang, rows]) => [lang, compileLexicon(termsOf(rows))]))
const ALL = compileLexicon(Object.values(BY_LANG).flatMap((rows) => termsOf(rows)))

/** Finds the event nouns of a sentence in the article's language (visit, summit, meeting, signing ceremony). */
export function findEventCues(text: string, lang: string): EventCueMatch[] {
  return findTerms(text, lang, LEXICONS.get(lang) ?? ALL).map(({ start, end, value }) => ({ start, end, cue: value }))
}
