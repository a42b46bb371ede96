import { describe, expect, it } from 'vitest'
import { buildFromTexts } from '../../../support/pipeline'

interface Card {
  lang: string
  headline: string
  date: string
  lead: string
  /** A planned project's card, then a done one's. */
  planned: string[]
  done: string[]
}

/** Each figure of a register's page: its value, kind, year and deadline. */
function figuresOf(card: Card) {
  const text = [card.headline, card.date, card.lead, card.planned.join('\n'), card.done.join('\n')].join('\n\n')
  const { dataset } = buildFromTexts([{ file: `${card.lang}-register.txt`, text }])
  return dataset.figures.map((f) => [f.value, f.kind, f.year, f.deadline])
}

const CARDS: Card[] = [
  {
    lang: 'ru',
    headline: 'Реестр инвестиционных проектов Мангистауской области',
    date: '12.08.2026',
    lead: 'Управление предпринимательства ведёт реестр инвестиционных проектов региона.',
    planned: [
      '2. Строительство опреснительного завода в г. Актау',
      'Стоимость проекта: 480 млрд тенге',
      'Рабочие места: 250 постоянных',
      'Срок реализации: 2025–2028 гг.',
      'Статус: на стадии строительства',
    ],
    done: [
      '5. Завод полиэтиленовых труб',
      'Стоимость проекта: 18,9 млрд тенге',
      'Рабочие места: 180 постоянных',
      'Срок реализации: 2024–2025 гг.',
      'Статус: реализован',
    ],
  },
  {
    lang: 'en',
    headline: 'Investment projects of the Mangystau region',
    date: '12 August 2026',
    lead: 'The regional office keeps a register of the investment projects in the region.',
    planned: [
      '2. A desalination plant in Aktau',
      'Project cost: USD 920 million',
      'Jobs: 250 permanent',
      'Timeline: 2025–2028',
      'Status: under construction',
    ],
    done: [
      '5. A plastic pipe plant',
      'Project cost: USD 36 million',
      'Jobs: 180 permanent',
      'Timeline: 2024–2025',
      'Status: completed',
    ],
  },
  {
    lang: 'tr',
    headline: 'Mangistav bölgesinin yatırım projeleri',
    date: '12 Ağustos 2026',
    lead: 'Bölge idaresi yatırım projelerinin kaydını tutuyor.',
    planned: [
      '2. Aktau tuzdan arındırma tesisi',
      'Proje bedeli: 920 milyon dolar',
      'İstihdam: 250 kişi',
      'Uygulama süresi: 2025–2028',
      'Durum: inşaat aşamasında',
    ],
    done: [
      '5. Plastik boru fabrikası',
      'Proje bedeli: 36 milyon dolar',
      'İstihdam: 180 kişi',
      'Uygulama süresi: 2024–2025',
      'Durum: tamamlandı',
    ],
  },
  {
    lang: 'az',
    headline: 'Manqışlaq vilayətinin investisiya layihələri',
    date: '12 avqust 2026',
    lead: 'Vilayət idarəsi investisiya layihələrinin reyestrini aparır.',
    planned: [
      '2. Aktauda duzsuzlaşdırma zavodu',
      'Layihənin dəyəri: 920 milyon ABŞ dolları',
      'İş yerləri: 250 nəfər',
      'İcra müddəti: 2025–2028',
      'Vəziyyət: tikinti mərhələsində',
    ],
    done: [
      '5. Plastik boru zavodu',
      'Layihənin dəyəri: 36 milyon ABŞ dolları',
      'İş yerləri: 180 nəfər',
      'İcra müddəti: 2024–2025',
      'Vəziyyət: tamamlanıb',
    ],
  },
]

describe('a register’s project cards: each field is dated by its card’s term and status', () => {
  it.each(CARDS)(
    '$lang: a card being built holds targets by its term’s end, a done one results of its last year',
    (card) => {
      const figures = figuresOf(card)
      const planned = figures.filter(([, kind]) => kind === 'target')
      const done = figures.filter(([, kind]) => kind === 'achieved')
      expect(planned.map(([, , year, deadline]) => [year, deadline])).toEqual([
        [null, '2028'],
        [null, '2028'],
      ])
      expect(done.map(([, , year, deadline]) => [year, deadline])).toEqual([
        [2025, null],
        [2025, null],
      ])
    },
  )

  it('guard, en: fields with no term are left as their words read them', () => {
    const card = CARDS[1] as Card
    const figures = figuresOf({ ...card, planned: card.planned.slice(0, 3), done: card.done.slice(0, 3) })
    expect(figures.every(([, , , deadline]) => deadline === null)).toBe(true)
  })
})
