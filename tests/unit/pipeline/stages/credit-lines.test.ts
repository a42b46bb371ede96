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
    // a table's sources, listed or described, are no outlet
    ['Mənbə: ADY, Statistika Komitəsi', { outlet: null, author: null }],
    ['Источник: годовой отчёт ТОО «Атырау Полимер» за 2025 год.', { outlet: null, author: null }],
    ['Kaynak: TÜİK, Ticaret Bakanlığı', { outlet: null, author: null }],
    ['Source: company data, analysts’ estimates', { outlet: null, author: null }],
  ])('reads %j', (line, expected) => {
    expect(readCredit(line)).toEqual(expected)
  })

  it.each([
    'Aliyev: Kardeşlik ve bölgesel adımlar',
    'Kazakistan ve Azerbaycan 15 anlaşma imzaladı.',
    'Sonuç',
    // a transcript's speaker before what they say: the line is the story's
    'Müxbir: Təhsil Nazirliyinin məlumatına görə, hazırda Türkiyədə 18 mindən çox azərbaycanlı tələbə oxuyur.',
    'Muhabir: Sınır kapısında bekleyen tır sayısı dün 320’ye ulaştı.',
    'Reporter: The queue at the border stretched to 320 trucks on Monday.',
    'Корреспондент: Очередь на границе вчера выросла до 320 грузовиков.',
  ])('leaves %j alone', (line) => {
    expect(readCredit(line)).toBeNull()
  })
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
