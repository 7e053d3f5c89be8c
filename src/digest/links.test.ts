import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, safeHttpLink, textFragmentLink } from './links.js';

describe('safeHttpLink', () => {
  it('keeps only absolute http(s) links', () => {
    expect(safeHttpLink('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHttpLink('HTTP://A.example')).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://a.example', '', null, 'http//broken']) {
      expect(safeHttpLink(bad)).toBeNull();
    }
  });
});

describe('textFragmentLink (WICG Text Fragments)', () => {
  it('encodes the reserved characters - & , and non-ASCII', () => {
    expect(encodeTextDirectiveTerm('Botsan-Kharchenko, A & B')).toBe('Botsan%2DKharchenko%2C%20A%20%26%20B');
    expect(encodeTextDirectiveTerm('Ниш')).toBe('%D0%9D%D0%B8%D1%88');
  });
  it('uses textStart for short passages and textStart,textEnd for long ones', () => {
    expect(textFragmentLink('https://a.example/p', 'It is more than that')).toBe('https://a.example/p#:~:text=It%20is%20more%20than%20that');
    expect(textFragmentLink('https://a.example/p', 'one two three four five six seven eight nine ten')).toBe(
      'https://a.example/p#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });
  it('spans an elided passage from the first part to the last, never with the ellipsis in a term', () => {
    expect(textFragmentLink('https://a.example/p', 'Mi idemo dalje … ali polako.')).toBe('https://a.example/p#:~:text=Mi%20idemo%20dalje,ali%20polako.');
    expect(textFragmentLink('https://a.example/p', 'a b c d e … f g h i j')).toBe('https://a.example/p#:~:text=a%20b%20c%20d,g%20h%20i%20j');
  });
  it('keeps an existing fragment and refuses non-http(s) links', () => {
    expect(textFragmentLink('https://a.example/p#top', 'hello')).toBe('https://a.example/p#top:~:text=hello');
    expect(textFragmentLink('javascript:alert(1)', 'hello')).toBeNull();
    expect(textFragmentLink(null, 'hello')).toBeNull();
  });
});

describe('shown links drop tracking parameters', () => {
  it('removes utm_*, fbclid and the like, keeps the rest of the query and the fragment', () => {
    expect(safeHttpLink('https://outlet.example/a?utm_source=rss&utm_medium=feed')).toBe('https://outlet.example/a');
    expect(safeHttpLink('https://outlet.example/a?id=7&fbclid=XYZ&page=2#top')).toBe('https://outlet.example/a?id=7&page=2#top');
    expect(textFragmentLink('https://outlet.example/a?utm_source=rss', 'the words')).toBe('https://outlet.example/a#:~:text=the%20words');
  });
});
