import { describe, expect, it } from 'vitest';
import { isAllCaps, letterCount, sentences, spanIndexAt, tokenize } from './tokens.js';
import { latinLower } from './fold.js';

describe('tokenize', () => {
  it('splits at Unicode word boundaries and keeps offsets into the original', () => {
    const text = 'Ruski ambasador u Nišu, „Kosovo“ i Резолуција 1244.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['Ruski', 'ambasador', 'u', 'Nišu', 'Kosovo', 'i', 'Резолуција', '1244']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[6].folded).toBe('rezolucija');
    expect(toks[3].latin).toBe('nišu');
    expect(toks[3].folded).toBe('nisu');
  });
  it('treats hyphen, dash and space variants alike', () => {
    const words = (s: string) => tokenize(s).map((t) => t.folded);
    const expected = ['russian', 'serbian', 'center'];
    expect(words('Russian-Serbian Center')).toEqual(expected);
    expect(words('Russian–Serbian Center')).toEqual(expected);
    expect(words('Russian\u00a0Serbian\u2009Center')).toEqual(expected);
    expect(words('Russian\u2011Serbian Center')).toEqual(expected);
  });
  it('keeps an apostrophe inside a word and folds its variants', () => {
    expect(tokenize("Kosovo’s and Kosovo's").map((t) => t.folded)).toEqual(["kosovo's", 'and', "kosovo's"]);
  });
  it('splits a letter run from a digit run (hashtags)', () => {
    const toks = tokenize('#UNSCR1244 now');
    expect(toks.map((t) => [t.text, t.start, t.end])).toEqual([
      ['UNSCR', 1, 6],
      ['1244', 6, 10],
      ['now', 11, 14],
    ]);
  });
  it('keeps numbers with separators whole (1,244 is not 1244)', () => {
    expect(tokenize('by 1,244 votes, 1.244 потписа').map((t) => t.text)).toEqual(['by', '1,244', 'votes', '1.244', 'потписа']);
  });
  it('works on decomposed (NFD) input, offsets in the original', () => {
    const text = 'u Nis\u030cu danas';
    const [, nisu] = tokenize(text);
    expect(nisu.text).toBe('Nis\u030cu');
    expect(nisu.latin).toBe('nišu');
    expect(nisu.end - nisu.start).toBe(5);
  });
});

describe('sentences', () => {
  it('covers the text with sentence spans', () => {
    const text = 'Prva rečenica. Druga je ovde! A treća?';
    const spans = sentences(text);
    expect(spans.length).toBe(3);
    expect(spans[0].start).toBe(0);
    expect(spans[2].end).toBe(text.length);
    expect(spanIndexAt(spans, text.indexOf('Druga'))).toBe(1);
    expect(spanIndexAt(spans, text.length)).toBe(-1);
    expect(sentences('')).toEqual([]);
  });
});

describe('case helpers', () => {
  it('tells all-capitals words', () => {
    expect(isAllCaps('NIS')).toBe(true);
    expect(isAllCaps('НИС')).toBe(true);
    expect(isAllCaps('Nis')).toBe(false);
    expect(isAllCaps('1244')).toBe(false);
    expect(letterCount('NIŠ')).toBe(3);
  });
  it('latinLower keeps diacritics and transliterates', () => {
    expect(latinLower('Ђорђе ЉУБИЋ')).toBe('đorđe ljubić');
  });
});
