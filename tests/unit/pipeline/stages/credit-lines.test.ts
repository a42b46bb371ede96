import { describe, expect, it } from 'vitest'
import { readCredit, readInlineOutlet } from '../../../../src/pipeline/stages/credit-lines'

describe('readCredit(line)', () => {
  it.each([
    ['Kaynak: AA / Meiramgul Kussainova - Güncel', { outlet: 'AA', author: 'Meiramgul Kussainova' }],
    ['Haber: Abdullah Yiğit – Fotoğraf: https://www.akorda.kz/kz', { outlet: null, author: 'Abdullah Yiğit' }],
    ['Mənbə: APA', { outlet: 'APA', author: null }],
    ['Source: Reuters', { outlet: 'Reuters', author: null }],
    ['Источник: ТАСС', { outlet: 'ТАСС', author: null }],
    ['Muhabir: Ayşe Demir', { outlet: null, author: 'Ayşe Demir' }],
    ['Kaynak: https://www.trend.az/business/123', { outlet: 'trend.az', author: null }],
    ['(AA)', { outlet: 'AA', author: null }],
    ['By John Smith', { outlet: null, author: 'John Smith' }],
    ['Mənbə: “Xalq qəzeti”, № 88 (9120)', { outlet: 'Xalq qəzeti', author: null }],
    ['Источник: «Капитал», 12 мая', { outlet: 'Капитал', author: null }],
  ])('reads %j', (line, expected) => {
    expect(readCredit(line)).toEqual(expected)
  })

  it.each(['Aliyev: Kardeşlik ve bölgesel adımlar', 'Kazakistan ve Azerbaycan 15 anlaşma imzaladı.', 'Sonuç'])(
    'leaves %j alone',
    (line) => {
      expect(readCredit(line)).toBeNull()
    },
  )
})

describe('readInlineOutlet(lead)', () => {
  it.each([
    ['"Report" xəbər verir ki, bu barədə Qazaxıstanın Azərbaycandakı səfirliyindən bildirilib.', 'Report'],
    ['Trend xəbər verir ki, görüş keçirilib.', 'Trend'],
    ['ANKARA (AA) - Kazakistan ile Azerbaycan arasında yeni anlaşma imzalandı.', 'AA'],
    ['Переговоры прошли в Астане, сообщает «Тренд».', 'Тренд'],
    ['Kazakistan ile Azerbaycan arasında yeni anlaşma imzalandı.', null],
  ])('reads %j', (line, expected) => {
    expect(readInlineOutlet([line])).toBe(expected)
  })
})
