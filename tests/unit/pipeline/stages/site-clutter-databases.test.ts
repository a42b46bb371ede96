import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a database’s controls over its records are no story', () => {
  it.each<[string, string]>([
    ['ru', 'Найдено записей: 5'],
    ['tr', 'Gösterilen: 1-8 / 8 kayıt'],
    ['en', 'Showing 1–8 of 8 records'],
    ['ru', 'Статус: Все | Действующие | Не вступившие в силу | Прекратившие действие'],
    ['tr', 'Filtrele: Tümü | Yürürlükte | Onay sürecinde | Yürürlükten kalkan'],
    ['az', 'Status: Hamısı | Qüvvədə olan | Qüvvədən düşmüş'],
    ['ru', 'Выбрать страну ▼'],
    ['ru', 'Экспорт в Excel | Версия для печати'],
    ['en', 'Export to Excel | Print version'],
  ])('%s: %s', (_, line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each<[string, string]>([
    ['ru', 'Результаты: рост экспорта на 5%'],
    ['en', 'Status: the agreement is in force since 2019'],
  ])('guard, %s: a labelled sentence stays: %s', (_, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
