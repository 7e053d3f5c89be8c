import { describe, expect, it } from 'vitest';
import { canonicalUrl, resolveUrl } from './urls.js';

describe('resolveUrl', () => {
  it('resolves against xml:base first, nested bases inward, then the feed URL', () => {
    expect(resolveUrl('a/b', 'http://x.example/dir/', 'http://feed.example/rss')).toBe('http://x.example/dir/a/b');
    expect(resolveUrl('/p', 'sub/', 'http://feed.example/news/rss')).toBe('http://feed.example/p');
    expect(resolveUrl('p', 'sub/', 'http://feed.example/news/rss')).toBe('http://feed.example/news/sub/p');
    expect(resolveUrl('  http://abs.example/x ', 'http://other/')).toBe('http://abs.example/x');
    expect(resolveUrl('rel', null, null)).toBe('rel');
    expect(resolveUrl('  ', 'http://x/')).toBeNull();
  });
});

describe('canonicalUrl', () => {
  it('drops trackers and the fragment, lower-cases the host, keeps other parameters in order', () => {
    expect(canonicalUrl('https://WWW.Kossev.INFO/vesti/?id=7&utm_source=tw&UTM_Medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&xtor=RSS-1&b=2#top')).toBe(
      'https://www.kossev.info/vesti/?id=7&b=2',
    );
    expect(canonicalUrl('http://a.example:80/x?utm_campaign=y')).toBe('http://a.example/x');
  });
  it('rejects non-http URLs', () => {
    expect(canonicalUrl('mailto:a@b')).toBeNull();
    expect(canonicalUrl('/relative')).toBeNull();
  });
});
