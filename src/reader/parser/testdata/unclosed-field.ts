/**
 * Generated fixtures (our own text) for feeds whose item lost one field's end tag: an RSS 2.0 or Atom
 * document of three items in which the middle item's `field` has no end tag. Each item carries a
 * title, link, text and guid/id, so a test can check that the broken item keeps all of them.
 */

export interface UnclosedFieldDoc {
  /** The document, as written by the generator. */
  xml: string;
  /** What every item should read as: title, link, text and key (guid / Atom id). */
  expected: { title: string; link: string; text: string; key: string }[];
}

const BASE = 'http://127.0.0.1:8080';

/**
 * An RSS 2.0 feed of three items; the second one's `field` end tag (e.g. `title`, `link`, `guid`,
 * `pubDate`, `description`) is left out. Fields are written in the order title, link, pubDate,
 * description, guid.
 */
export function rssWithUnclosedField(field: 'title' | 'link' | 'pubDate' | 'description' | 'guid' | 'author'): UnclosedFieldDoc {
  const expected = [1, 2, 3].map((n) => ({ title: `Vest ${n}`, link: `${BASE}/v/${n}`, text: `Opis vesti ${n}.`, key: `vest-${n}` }));
  const items = expected.map((e, i) => {
    const end = (name: string) => (i === 1 && name === field ? '' : `</${name}>`);
    return (
      `<item><title>${e.title}${end('title')}<link>${e.link}${end('link')}` +
      `<pubDate>Mon, 07 Dec 2026 0${i}:00:00 GMT${end('pubDate')}<author>urednik@127.0.0.1 (Urednik)${end('author')}` +
      `<description>${e.text}${end('description')}<guid isPermaLink="false">${e.key}${end('guid')}</item>`
    );
  });
  return {
    xml: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Vesti</title><link>${BASE}/</link>${items.join('')}</channel></rss>`,
    expected,
  };
}

/** An Atom 1.0 feed of three entries; the second one's `title` or `id` end tag is left out. */
export function atomWithUnclosedField(field: 'title' | 'id' | 'updated'): UnclosedFieldDoc {
  const expected = [1, 2, 3].map((n) => ({ title: `Entry ${n}`, link: `${BASE}/e/${n}`, text: `Summary of entry ${n}.`, key: `urn:test:entry-${n}` }));
  const entries = expected.map((e, i) => {
    const end = (name: string) => (i === 1 && name === field ? '' : `</${name}>`);
    return (
      `<entry><title>${e.title}${end('title')}<id>${e.key}${end('id')}<updated>2026-12-07T0${i}:00:00Z${end('updated')}` +
      `<link href="${e.link}"/><summary>${e.text}</summary></entry>`
    );
  });
  return {
    xml: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:test:feed</id><updated>2026-12-07T00:00:00Z</updated>${entries.join('')}</feed>`,
    expected,
  };
}
