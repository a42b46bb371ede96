import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../../src/pipeline/stages/detect-language'

describe('detectLanguage(text)', () => {
  it.each([
    ['a short Turkish sentence', 'İki ülke arasında ticaret artıyor.', 'tr'],
    ['a short Azerbaijani sentence', 'İki ölkə arasında ticarət artır.', 'az'],
    ['Turkish function words without ç/ş', 'Tokayev ve Aliyev bir araya geldi.', 'tr'],
    ['Azerbaijani "və" and "ilə"', 'Tokayev ilə Əliyev görüşdü və danışıqlar apardı.', 'az'],
    ['Azerbaijani q and x without ə', 'Qazaxıstan nefti Bakı-Tbilisi-Ceyhan kəməri ilə daşınacaq', 'az'],
    ['a Turkish headline', 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi', 'tr'],
    ['an Azerbaijani headline', 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub', 'az'],
    ['English', 'The presidents of Kazakhstan and Azerbaijan met in Astana on Tuesday.', 'en'],
    ['Russian', 'Президенты Казахстана и Азербайджана провели переговоры в Астане.', 'ru'],
    ['digits only', '2025 12 15', 'und'],
    ['nothing', '', 'und'],
  ])('tells %s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })
})
