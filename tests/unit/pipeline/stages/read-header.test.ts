import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'

const BODY_TR = 'Kazakistan ile Azerbaycan arasındaki stratejik ortaklık yeni bir döneme girdi ve ticaret arttı.'
const BODY_AZ = '2025-ci il oktyabrın 21-də Astanada Azərbaycan və Qazaxıstan prezidentləri arasında görüş keçirilib.'

describe('parseHeader(text)', () => {
  it.each([
    [
      'a dated first line with the headline',
      ` date 2025-10-21 Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi\n\n${BODY_TR}`,
      {
        title: 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi',
        published: '2025-10-21',
        author: null,
      },
    ],
    [
      'a dated first line with a section label instead of the headline',
      ` date 2025-10-21 Haberler\n\nKazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek\n\n${BODY_TR}`,
      {
        title: "Kazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek",
        published: '2025-10-21',
        author: null,
      },
    ],
    [
      'a headline, a numeric date with a time, a byline and an affiliation',
      `Astana görüşü və regionda yeni əməkdaşlıq dövrü\n27.10.2025 [14:37]\nİlqar İlyasov\nYAP Laçın rayon təşkilatının sədri\n${BODY_AZ}`,
      { title: 'Astana görüşü və regionda yeni əməkdaşlıq dövrü', published: '2025-10-27', author: 'İlqar İlyasov' },
    ],
    [
      'a headline with a month-name date and a time line',
      `Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub\n15 dekabr, 2025\n- 15:37\n${BODY_AZ}`,
      {
        title: 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub',
        published: '2025-12-15',
        author: null,
      },
    ],
    [
      'no date at all',
      `Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi\n${BODY_TR}`,
      {
        title: 'Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi',
        published: null,
        author: null,
      },
    ],
    [
      'an English date line above the headline',
      'October 21, 2025\nLeaders back the Middle Corridor\nJohn Smith\nThe presidents of Kazakhstan and Azerbaijan met in Astana.',
      { title: 'Leaders back the Middle Corridor', published: '2025-10-21', author: 'John Smith' },
    ],
    [
      'a "By" byline between the headline and the date line',
      'Caspian ports handle record volumes\nBy Daniel Brooks\n12 March 2025, 10:45\n\nContainer traffic rose by 35% last year.',
      { title: 'Caspian ports handle record volumes', published: '2025-03-12', author: 'Daniel Brooks' },
    ],
    [
      'a Turkish "Yazan:" byline',
      `Orta Koridor'da yük rekoru\nYazan: Ayşe Demir\n12 Mart 2025\n${BODY_TR}`,
      { title: "Orta Koridor'da yük rekoru", published: '2025-03-12', author: 'Ayşe Demir' },
    ],
  ])('reads %s', (_name, text, expected) => {
    const header = parseHeader(text)
    expect({ title: header.title, published: header.published, author: header.author }).toEqual(expected)
    const body = header.body.join('\n')
    expect(body).not.toMatch(/\d{1,2}:\d{2}|^date /mu)
    if (expected.author) expect(body).not.toContain(expected.author)
    expect(body).not.toContain(expected.title)
  })

  it('keeps the byline and affiliation in `removed`', () => {
    const { removed, body } = parseHeader(
      `Başlık burada duruyor\nİlqar İlyasov\nYAP Laçın rayon təşkilatının sədri\n${BODY_AZ}`,
    )
    expect(removed).toEqual([
      { reason: 'byline', text: 'İlqar İlyasov' },
      { reason: 'byline', text: 'YAP Laçın rayon təşkilatının sədri' },
    ])
    expect(body).toEqual([BODY_AZ])
  })

  it('does not take a capitalised section heading for a byline', () => {
    const text = `Tokayev Türkmenistan’da\nStratejik Ortaklık\nZiyaret, stratejik ortaklık seviyesini teyit etti.`
    const header = parseHeader(text)
    expect(header.author).toBeNull()
    expect(header.body[0]).toBe('Stratejik Ortaklık')
  })

  it('takes the opening words as title when the file starts with prose', () => {
    const header = parseHeader(`${BODY_TR} ${BODY_TR}`)
    expect(header.title).toBe(BODY_TR)
    expect(header.body).toEqual([`${BODY_TR} ${BODY_TR}`])
  })
})
