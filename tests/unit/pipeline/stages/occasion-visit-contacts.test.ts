import { describe, expect, it } from 'vitest'
import { findPeople } from '../../../../src/pipeline/lexicon/people'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

describe('findPeople: academic titles between an office and a name', () => {
  it.each<[string, string, string]>([
    ['tr', 'Ticaret Bakanı Prof. Dr. Ömer Bolat Astana’ya gitti.', 'Ömer Bolat'],
    ['en', 'Deputy Prime Minister Dr. Jamshid Khodjaev arrived in Baku.', 'Jamshid Khodjaev'],
  ])('%s: %s', (lang, sentence, name) => {
    expect(findPeople(sentence, lang).map((p) => p.name)).toContain(name)
  })
})

describe('extractEvents: a visit told as contacts in a city, then its second day, is one visit', () => {
  it('tr: "temasta bulundu" with its days, then "Ziyaretin ikinci gününde Bakan Bolat …"', () => {
    const events = extractEvents(
      articleOf('tr', '2026-04-17', [
        'Ticaret Bakanı Prof. Dr. Ömer Bolat, 16-17 Nisan tarihlerinde Kazakistan’ın başkenti Astana’da bir dizi temasta bulundu.',
        'Ziyaretin ikinci gününde Bakan Bolat ile Kazakistan Ticaret Bakanı Arman Şakkaliyev bir mutabakat zaptı imzaladı.',
      ]),
    )
    expect(events.map((e) => [e.kind, e.date, e.dateEnd])).toEqual([['visit', '2026-04-16', '2026-04-17']])
  })
})
