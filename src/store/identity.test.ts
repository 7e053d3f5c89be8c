import { describe, expect, it } from 'vitest';
import { identityKey, identityUrl } from './identity.js';

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
