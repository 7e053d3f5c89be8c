import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkUtf8, decodeFeedBytes, guessSingleByte, stripIllegalXmlChars } from './charset.js';

const rss = (prolog: string, body: string) => `${prolog}<rss version="2.0"><channel><title>${body}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('lets a BOM win over every declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('<?xml version="1.0" encoding="windows-1250"?>', 'Đoković'))]);
    const d = decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-2');
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(d.text).toContain('Đoković');
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = rss('<?xml version="1.0" encoding="utf-16"?>', 'Ђорђе');
    expect(decodeFeedBytes(iconv.encode(text, 'utf-16le', { addBOM: true })).text).toContain('Ђорђе');
    expect(decodeFeedBytes(iconv.encode(text, 'utf-16be', { addBOM: true })).encoding).toBe('utf-16be');
    const utf32 = decodeFeedBytes(iconv.encode(text, 'utf-32be', { addBOM: true }));
    expect(utf32).toMatchObject({ encoding: 'utf-32be', source: 'bom' });
    expect(utf32.text).toContain('Ђорђе');
  });
  it('prefers the XML prolog over the HTTP charset (windows-1250)', () => {
    const bytes = iconv.encode(rss('<?xml version="1.0" encoding="windows-1250"?>', 'Šćepan Čađavica'), 'windows-1250');
    const d = decodeFeedBytes(bytes, 'application/rss+xml; charset=iso-8859-1');
    expect(d).toMatchObject({ encoding: 'windows-1250', source: 'xml' });
    expect(d.text).toContain('Šćepan Čađavica');
  });
  it('uses the HTTP charset when the prolog is silent (windows-1251, KOI8-R, ISO-8859-2)', () => {
    for (const cs of ['windows-1251', 'koi8-r']) {
      const d = decodeFeedBytes(iconv.encode(rss('', 'Вести из Ниша'), cs), `text/xml; charset="${cs.toUpperCase()}"`);
      expect(d).toMatchObject({ encoding: cs, source: 'http' });
      expect(d.text).toContain('Вести из Ниша');
    }
    expect(decodeFeedBytes(iconv.encode(rss('', 'Łódź Šibenik'), 'iso-8859-2'), 'text/xml;charset=iso-8859-2').text).toContain('Łódź Šibenik');
  });
  it('keeps valid UTF-8 when a single-byte charset is declared (no mojibake)', () => {
    const d = decodeFeedBytes(Buffer.from(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Priština – Niš'), 'utf8'));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf8-override', overridden: true });
    expect(d.text).toContain('Priština – Niš');
  });
  it('falls back to windows-1252 for undeclared invalid UTF-8, and to an HTML meta', () => {
    expect(decodeFeedBytes(iconv.encode(rss('', 'café “quoted”'), 'windows-1252')).text).toContain('café “quoted”');
    const html = iconv.encode('<html><head><meta charset="windows-1251"></head><body>Вести</body></html>', 'windows-1251');
    expect(decodeFeedBytes(html)).toMatchObject({ encoding: 'windows-1251', source: 'meta' });
  });
  it('overrides a wrong charset=utf-8 header over legacy Serbian bytes', () => {
    const cyr = decodeFeedBytes(iconv.encode(rss('', 'Вести из Ниша и Куршумлије'), 'windows-1251'), 'application/rss+xml; charset=utf-8');
    expect(cyr).toMatchObject({ encoding: 'windows-1251', overridden: true });
    expect(cyr.text).toContain('Вести из Ниша и Куршумлије');
    const lat = `<rss version="2.0"><channel><language>sr</language><title>Šćepan Čađavica iz Niša</title></channel></rss>`;
    const sr = decodeFeedBytes(iconv.encode(lat, 'windows-1250'), 'text/xml; charset=UTF-8');
    expect(sr).toMatchObject({ encoding: 'windows-1250', overridden: true });
    expect(sr.text).toContain('Šćepan Čađavica iz Niša');
    expect(decodeFeedBytes(iconv.encode(rss('', 'café'), 'windows-1252'), 'text/xml; charset=utf-8').text).toContain('café');
  });
  it('ignores an unknown label and marks the override', () => {
    const d = decodeFeedBytes(Buffer.from(rss('<?xml version="1.0" encoding="x-bogus"?>', 'ok')));
    expect(d).toMatchObject({ encoding: 'utf-8', overridden: true });
  });
});

describe('guessSingleByte: byte evidence when no <language> says (sentences of our own)', () => {
  const item = (title: string, text: string) =>
    `<rss version="2.0"><channel><title>Vesti</title><item><title>${title}</title><description>${text}</description></item></channel></rss>`;
  const head = (b: Uint8Array) => Buffer.from(b).subarray(0, 1024).toString('latin1');

  /** Serbian, Croatian, Czech and Polish items (sentences of our own) with the letters that tell the charsets apart. */
  const CENTRAL_EUROPEAN_ITEMS = [
    item('Đorđe Šaljić u Čačku', 'Gradsko veće je odlučilo da će radovi početi u sredu, rekao je načelnik iz Niša.'),
    item('Žetva počinje', 'Poljoprivrednici iz Čakovca kažu da će žito biti skuplje.'),
    item('Příliš žluťoučký kůň', 'Obecní úřad oznámil, že oprava mostu začne v pondělí.'),
    item('Łódź: nowy przystanek', 'Władze miasta zapowiedziały, że źródło finansowania będzie gotowe.'),
  ];
  /** Each text encoded in `charset`, undeclared and under a wrong `charset=UTF-8`, decodes as `charset` to itself. */
  const expectDecodedAs = (texts: string[], charset: string) => {
    for (const t of texts) {
      const bytes = iconv.encode(t, charset);
      for (const ct of [null, 'text/xml; charset=UTF-8']) {
        const d = decodeFeedBytes(bytes, ct);
        expect(d.encoding, `${ct} ${t}`).toBe(charset);
        expect(d.text).toBe(t);
      }
    }
  };

  it('reads Vučić (0x56 0x75 0xE8 0x69 0xE6) as windows-1250, not Vuèiæ', () => {
    const bytes = Buffer.concat([
      Buffer.from('<rss version="2.0"><channel><title>'),
      Buffer.from([0x56, 0x75, 0xe8, 0x69, 0xe6]),
      Buffer.from('</title></channel></rss>'),
    ]);
    expect(guessSingleByte(bytes, head(bytes))).toBe('windows-1250');
    const d = decodeFeedBytes(bytes, 'application/rss+xml; charset=utf-8');
    expect(d).toMatchObject({ encoding: 'windows-1250', overridden: true });
    expect(d.text).toContain('Vučić');
  });

  it('decodes undeclared and UTF-8-declared Serbian, Croatian, Czech and Polish 1250 bytes as windows-1250', () => {
    expectDecodedAs(CENTRAL_EUROPEAN_ITEMS, 'windows-1250');
  });

  it('tells undeclared ISO-8859-2 from windows-1250 (š ž Š Ž are 0xB9 0xBE 0xA9 0xAE, nothing in 0x80–0x9F)', () => {
    expectDecodedAs(CENTRAL_EUROPEAN_ITEMS, 'iso-8859-2');
    // With a <language> that says Serbian the bytes still decide between the two.
    const declared = iconv.encode(
      item('Šabac i Niš', 'Žitelji kažu da je put završen.').replace('<channel>', '<channel><language>sr</language>'),
      'iso-8859-2',
    );
    expect(decodeFeedBytes(declared, null).text).toContain('Šabac i Niš');
  });

  it('keeps French, Italian, German and Spanish 1252 bytes as windows-1252 (è before a consonant, à, é)', () => {
    const texts = [
      item('Le problème du très célèbre pont', 'Selon la mairie, les travaux commenceront à Noël, déjà prévus en décembre.'),
      item('Il caffè della città', 'Perché il sindaco è arrivato in ritardo? La riunione è finita tardi.'),
      item('Größere Brücke für Köln', 'Die Stadtverwaltung erklärte, dass die Bauarbeiten im Frühjahr beginnen.'),
      item('El año del niño', 'La alcaldía anunció que la construcción empezará en otoño, según el diario.'),
    ];
    expectDecodedAs(texts, 'windows-1252');
  });

  it('reads undeclared windows-1251 Cyrillic, also short words only, as windows-1251 (it fell back to 1252)', () => {
    const long = item('Вести из Ниша', 'Градско веће је одлучило да ће радови почети у среду.');
    const short = item('Да ли је то он', 'Не, то је за њу и за нас; он је ту од пре.');
    for (const t of [long, short]) {
      for (const ct of [null, 'text/xml; charset=UTF-8']) {
        const d = decodeFeedBytes(iconv.encode(t, 'windows-1251'), ct);
        expect(d.encoding, `${ct} ${t}`).toBe('windows-1251');
        expect(d.text).toBe(t);
      }
    }
  });

  it('lets a declared <language> win over the bytes, as before', () => {
    const t = `<rss version="2.0"><channel><language>en</language><title>Vučić</title></channel></rss>`;
    expect(decodeFeedBytes(iconv.encode(t, 'windows-1250'), 'text/xml; charset=utf-8').encoding).toBe('windows-1252');
  });
});

describe('helpers', () => {
  it('checkUtf8 rejects overlongs and surrogates', () => {
    expect(checkUtf8(Buffer.from([0xc0, 0xaf])).valid).toBe(false);
    expect(checkUtf8(Buffer.from([0xed, 0xa0, 0x80])).valid).toBe(false);
    expect(checkUtf8(Buffer.from('Ђ', 'utf8'))).toEqual({ valid: true, nonAscii: true });
  });
  it('stripIllegalXmlChars removes C0 controls and lone surrogates, keeps tab/newline and pairs', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\td\ne\uD800f😀')).toBe('abc\td\nef😀');
  });
});
