import { describe, expect, it } from 'vitest';
import { anotherStory, identityKey, identityUrl, reusedKey } from './identity.js';

describe('identityUrl', () => {
  it('treats scheme, www., default ports, trailing slashes, fragments and trackers as the same URL', () => {
    const same = [
      'http://www.example.org/news/story-1/',
      'https://example.org/news/story-1',
      'https://EXAMPLE.org:443/news/story-1#comments',
      'http://example.org:80/news/story-1//?utm_source=rss&utm_medium=feed',
      'https://www.example.org/news/story-1?xtor=RSS-1&fbclid=abc&gclid=x',
    ];
    expect(new Set(same.map(identityUrl))).toEqual(new Set(['//example.org/news/story-1']));
  });

  it('keeps what names another resource: other hosts, paths, real parameters (in any order), other ports', () => {
    expect(identityUrl('https://example.org/news/story-1?id=2&p=1')).toBe(identityUrl('http://example.org/news/story-1?p=1&id=2'));
    expect(identityUrl('https://example.org/?p=1')).not.toBe(identityUrl('https://example.org/?p=2'));
    expect(identityUrl('https://example.org/a')).not.toBe(identityUrl('https://example.org/b'));
    expect(identityUrl('https://news.example.org/a')).not.toBe(identityUrl('https://example.org/a'));
    expect(identityUrl('https://example.org:8080/a')).not.toBe(identityUrl('https://example.org/a'));
    expect(identityUrl('https://example.org/')).toBe('//example.org/');
  });

  it('is null for what is not an absolute http(s) URL', () => {
    expect(identityUrl('urn:uuid:1234')).toBeNull();
    expect(identityUrl('p=4100')).toBeNull();
    expect(identityUrl(null)).toBeNull();
    expect(identityUrl('ftp://example.org/a')).toBeNull();
  });

  it('reads what the URL parser reads: leading controls, any case of the scheme, tabs and newlines inside', () => {
    for (const spelling of [' \u0001HTTPS://Example.org/a', 'ht\ttps://example.org/a', 'https://exam\nple.org/a/', 'Http://www.example.org/a']) {
      expect(identityUrl(spelling), JSON.stringify(spelling)).toBe('//example.org/a');
    }
  });
});

describe('identityKey', () => {
  it('normalises keys that are URLs and leaves opaque guids alone', () => {
    expect(identityKey('http://www.example.org/?p=12')).toBe(identityKey('https://example.org/?p=12'));
    expect(identityKey('tag:example.org,2026:12')).toBe('tag:example.org,2026:12');
  });
});

describe('anotherStory', () => {
  const v = (title: string, text: string | null, canonicalLink: string | null) => ({ title, text, canonicalLink });
  const TRADE = 'The trade minister said exports grew by ten percent this year, mostly fruit and furniture sold abroad.';
  const FOG = 'Fog closed the airport for the night; no flights will land until morning, a spokesman for the airport said.';

  it('is another story when link, headline and body all changed', () => {
    expect(anotherStory(v('Minister on trade', TRADE, 'https://x.example/trade'), v('Airport closed by fog', FOG, 'https://x.example/fog'))).toBe(true);
  });

  it('is an edit when any one of them stayed', () => {
    expect(anotherStory(v('Minister on trade', TRADE, 'https://x.example/trade'), v('Airport closed by fog', FOG, 'http://www.x.example/trade/'))).toBe(false);
    expect(anotherStory(v('Minister on trade', TRADE, 'https://x.example/trade'), v('Minister on trade.', FOG, 'https://x.example/fog'))).toBe(false);
    expect(
      anotherStory(v('Minister on trade', TRADE, 'https://x.example/a'), v('Exports up, minister says', `${TRADE} More to come.`, 'https://x.example/b')),
    ).toBe(false);
  });

  it('never without both links known', () => {
    expect(anotherStory(v('Minister on trade', TRADE, null), v('Airport closed by fog', FOG, 'https://x.example/fog'))).toBe(false);
    expect(anotherStory(v('Minister on trade', TRADE, 'https://x.example/trade'), v('Airport closed by fog', FOG, null))).toBe(false);
  });

  it('decides on link and headline alone when a body is too short to compare', () => {
    expect(anotherStory(v('Minister on trade', 'Short.', 'https://x.example/trade'), v('Airport closed by fog', FOG, 'https://x.example/fog'))).toBe(true);
  });
});

describe('reusedKey', () => {
  it('is the key and the link in its identity form, the same for every spelling of the link', () => {
    expect(reusedKey('story-1', 'https://www.x.example/fog/?utm_source=a')).toBe(reusedKey('story-1', 'http://x.example/fog'));
    expect(reusedKey('story-1', 'https://x.example/fog')).not.toBe(reusedKey('story-1', 'https://x.example/rain'));
  });
});
