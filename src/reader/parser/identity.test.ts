import { describe, expect, it } from 'vitest';
import { assignItemKeys, titleDateKey } from './identity.js';

const d = new Date('2026-11-25T00:00:00Z');

describe('assignItemKeys', () => {
  it('uses unique guids', () => {
    expect(
      assignItemKeys([
        { guid: 'a', canonicalLink: 'http://x/1', title: 't1', published: d },
        { guid: 'b', canonicalLink: 'http://x/1', title: 't2', published: d },
      ]),
    ).toEqual(['a', 'b']);
  });
  it('falls back to the canonical link when guids repeat, and to title+date without links', () => {
    const keys = assignItemKeys([
      { guid: 'same', canonicalLink: 'http://x/1', title: 't1', published: d },
      { guid: 'same', canonicalLink: 'http://x/2', title: 't2', published: d },
      { guid: null, canonicalLink: null, title: 'midnight one', published: d },
      { guid: null, canonicalLink: null, title: 'midnight two', published: d },
    ]);
    expect(keys.slice(0, 2)).toEqual(['http://x/1', 'http://x/2']);
    expect(keys[2]).toBe(titleDateKey('midnight one', d));
    expect(new Set(keys).size).toBe(4);
  });
  it('keeps exact duplicates apart rather than losing one', () => {
    const keys = assignItemKeys([
      { guid: null, canonicalLink: null, title: 'x', published: null },
      { guid: null, canonicalLink: null, title: 'x', published: null },
    ]);
    expect(keys[1]).toBe(`${keys[0]}#2`);
  });
});
