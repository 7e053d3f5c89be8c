/**
 * A feed with items in two charsets (ADR 0307; a new user's `mixed.xml`: no charset declared, one
 * UTF-8 item, one windows-1250 item): the UTF-8 sequences decode as UTF-8, only the stray bytes with
 * the single-byte charset.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './charset.js';
import { parseFeed } from './parse-feed.js';

const item = (title: string) => `<item><title>${title}</title><link>http://127.0.0.1/${encodeURIComponent(title.slice(0, 3))}</link></item>`;
const feed = (prolog: string, ...parts: Buffer[]) =>
  Buffer.concat([Buffer.from(`${prolog}<rss version="2.0"><channel><title>T</title>`), ...parts, Buffer.from('</channel></rss>')]);

describe('mixed UTF-8 and single-byte items', () => {
  it("reads nu3's feed: the UTF-8 item stays right and the windows-1250 item is decoded as windows-1250", async () => {
    const parsed = await parseFeed(readFileSync(new URL('./testdata/nu3-mixed.xml', import.meta.url)));
    expect(parsed.items.map((i) => i.title)).toEqual(['Vučić: Rezolucija 1244 je naša najjača karta', 'Čačak: Đorđević žali']);
    expect(parsed.items[0].text).toContain('Đurić, ćevapi, šljiva, žaba, čaša.');
    expect(parsed.items[1].text).toBe('Šef kaže da je Đorđević "umoran".');
    expect(parsed.encoding).toBe('utf-8+windows-1250');
  });
  it('uses a declared single-byte charset, or a UTF-8 declaration, for the stray bytes only', () => {
    const bytes = (prolog: string) => feed(prolog, Buffer.from(item('Priština – Niš, Šabac, Užice'), 'utf8'), iconv.encode(item('Čačak'), 'windows-1250'));
    for (const prolog of ['<?xml version="1.0" encoding="windows-1250"?>', '<?xml version="1.0" encoding="utf-8"?>', '']) {
      const d = decodeFeedBytes(bytes(prolog));
      expect(d, prolog).toMatchObject({ source: 'utf8-mixed', overridden: true, encoding: 'utf-8+windows-1250' });
      expect(d.text).toContain('Priština – Niš, Šabac, Užice');
      expect(d.text).toContain('<title>Čačak</title>');
    }
  });
  it('keeps one single-byte charset for a legacy document whose stray bytes outnumber chance UTF-8 pairs', () => {
    // "ČŠ" in windows-1250 is C8 8A, a valid UTF-8 sequence by chance; the rest of the document is windows-1250.
    const bytes = iconv.encode(`<rss version="2.0"><channel><title>T</title>${item('ČŠ Đorđević i Čačak, Šabac, Žabalj')}</channel></rss>`, 'windows-1250');
    const d = decodeFeedBytes(bytes);
    expect(d.source).toBe('default');
    expect(d.text).toContain('ČŠ Đorđević i Čačak, Šabac, Žabalj');
  });
});
