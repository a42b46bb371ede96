import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a newsletter’s and a vacancy page’s furniture', () => {
  it.each([
    ['tr', 'Merhaba Ayşe Hanım,'],
    ['en', 'Good morning, Daniel,'],
    ['az', 'Hörmətli oxucular!'],
    ['ru', 'Здравствуйте, Ирина!'],
  ])('%s a salutation alone on its line: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('greeting')
  })

  it.each([
    ['en', 'Dear Minister, the figures quoted last week were wrong.'],
    ['tr', 'Sayın Bakan, ihracat 2025’te 1,2 milyar dolara ulaştı.'],
    ['ru', 'Уважаемые коллеги, экспорт вырос на 12%.'],
  ])('guard, %s: an address that goes on into a sentence stays: "%s"', (_, line) => {
    expect(clutterReason(line)).toBeNull()
  })

  it('reads a newsletter’s name, tagline and issue as its masthead', () => {
    expect(
      clutterReason('CORRIDOR BRIEF | Weekly digest of trade and transport on the Middle Corridor | Issue #112'),
    ).toBe('site header')
  })

  it.each([
    ['ru', 'Просмотров: 1 284 | Откликов: 37'],
    ['tr', 'Görüntülenme: 2.140 | Başvuru sayısı: 214'],
    ['az', 'Gömrük | 👁 2 314 baxış'],
    ['en', '👁 2,314 views'],
  ])('%s a page’s counts of views and responses: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('view counter')
  })

  it.each([
    ['ru', 'Откликнуться | Сохранить вакансию'],
    ['tr', 'Başvur | İlanı Kaydet'],
    ['en', 'Apply now | Save job'],
    ['tr', 'Yazdır | PDF İndir | Sesli Dinle | A- A A+'],
  ])('%s a vacancy’s or a story’s buttons: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each([
    ['ru', 'Экспорт зерна | 37 млн тонн'],
    ['az', 'İxrac | 2 314 ton'],
  ])('guard, %s: a label beside an amount is no counter: "%s"', (_, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: a banner’s promotion with its code', () => {
  it('reads a bar line that offers a saving with a code as an advertisement', () => {
    expect(
      clutterReason('TransCaspian Expo 2026 | Baku Expo Center | Save 20% on delegate passes with code BRIEF20'),
    ).toBe('advertisement')
  })

  it('guard: a sponsor’s read in the story’s prose stays', () => {
    expect(clutterReason('Listeners get 15% off an annual subscription with the code CARAVAN15.')).toBeNull()
  })
})
