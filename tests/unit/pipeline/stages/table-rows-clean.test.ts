import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'

const STORY = [
  'Тендер на аренду вагонов завершился, ставки выросли почти на пятую часть к прошлому году.',
  '| Лот | Вагонов | Победитель | Ставка, тенге в сутки |',
  '|---|---|---|---|',
  '| 1 | 600 | ТОО «Темир Лизинг» | 10 450 |',
  '| 2 | 500 | ТОО «Silk Way Rail Leasing» | 11 200 |',
  'Источник: АО «КТЖ – Грузовые перевозки»',
  'Первые вагоны лизингодатели должны передать перевозчику до конца июля, остальные до конца года.',
]

describe('cleanBody: a ruled table’s row and the source line under it', () => {
  it('keeps a row of digits whose winner has a Latin name', () => {
    expect(cleanBody(STORY).text).toContain('| 2 | 500 | ТОО «Silk Way Rail Leasing» | 11 200 |')
  })

  it('reads no outlet from the source line under a table', () => {
    expect(cleanBody(STORY).outlet).toBeNull()
  })

  it('guard: a source line under prose still names the outlet', () => {
    const body = [...STORY.slice(0, 1), STORY[6]!, 'Источник: Kursiv']
    expect(cleanBody(body).outlet).toBe('Kursiv')
  })
})
