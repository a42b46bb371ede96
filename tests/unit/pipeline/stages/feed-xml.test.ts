import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { readFeedXml } from '../../../../src/pipeline/stages/feed-xml'

/** The one article built from a file's text, and its figures' values. */
function built(file: string, text: string) {
  const { dataset } = buildDataset([{ file, bytes: new TextEncoder().encode(text) }])
  return { article: dataset.articles[0], values: dataset.figures.map((f) => f.value ?? NaN).sort((a, b) => a - b) }
}

const RSS_AZ = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Dəhliz.az – Nəqliyyat xəbərləri</title>
<language>az</language>
<ttl>15</ttl>
<lastBuildDate>Wed, 14 Oct 2026 09:20:00 +0400</lastBuildDate>
<item>
<title>Mineral su ixracı 14,6 faiz artıb</title>
<pubDate>Tue, 13 Oct 2026 17:10:00 +0400</pubDate>
<description>Cari ilin yanvar-sentyabr aylarında Azərbaycan 96,4 min ton mineral su ixrac edib.</description>
</item>
<item>
<title>Xəzərin dibi ilə fiber-optik xəttin çəkilişinə dekabrda başlanacaq</title>
<dc:creator>Nərmin Hüseynova</dc:creator>
<pubDate>Wed, 14 Oct 2026 08:45:00 +0400</pubDate>
<description>Xəttin tikintisi &laquo;AzerTelecom&raquo; ilə başlanacaq &#8230;</description>
<content:encoded><![CDATA[<p><strong>Bakı, 14 oktyabr.</strong> Xəttin uzunluğu 380 kilometr olacaq.</p>
<p>Layihənin dəyəri təxminən 50 milyon ABŞ dolları həcmində qiymətləndirilir.</p>]]></content:encoded>
</item>
</channel>
</rss>`

const ATOM_TR = `This XML file does not appear to have any style information associated with it. The document tree is shown below.
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Koridor Haber</title>
<updated>2026-03-17T18:40:12+03:00</updated>
<entry>
<title>Kazak kömürü Hazar’dan yüzde 27 fazla taşındı</title>
<author><name>Orhan Demir</name></author>
<published>2026-03-17T11:20:04+03:00</published>
<summary>Kazakistan ilk iki ayda Aktau üzerinden 412 bin ton kömür sevk etti.</summary>
</entry>
</feed>`

describe('readFeedXml: a feed’s XML is laid out as a page, its fullest item leading', () => {
  it('az, RSS: the story with its headline, date and writer; every other item’s description; no tag left', () => {
    const { article, values } = built('feed-az.txt', RSS_AZ)
    expect(article).toMatchObject({
      title: 'Xəzərin dibi ilə fiber-optik xəttin çəkilişinə dekabrda başlanacaq',
      published: '2026-10-14',
      author: 'Nərmin Hüseynova',
    })
    expect(article?.text).not.toMatch(/<\/?\w|&\w+;/u)
    expect(values).toEqual([380, 96400, 50e6])
  })

  it('tr, Atom under the browser’s note: an entry with no story leads with its summary', () => {
    const { article, values } = built('feed-tr.txt', ATOM_TR)
    expect(article).toMatchObject({ title: 'Kazak kömürü Hazar’dan yüzde 27 fazla taşındı', published: '2026-03-17' })
    expect(values).toEqual([412000])
    expect(readFeedXml(ATOM_TR).removed.map((r) => r.reason)).toContain('browser note')
  })

  it('guard: a story that quotes a tag is no feed and passes as it is', () => {
    const text = 'The portal added an <item> tag to its sitemap.\nTrade rose 12%.'
    expect(readFeedXml(text)).toEqual({ text, removed: [] })
  })
})
