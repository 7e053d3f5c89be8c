import { describe, expect, it } from 'vitest';
import { EntityIndex, genderOfFirstName } from './entities.js';
import { buildIndex } from './index-builder.js';
import { lexiconFor } from './lexicon/index.js';
import { prepareParagraph } from './paragraph.js';

describe('first-name endings tell gender in Slavic and Albanian names only (ADR 0135)', () => {
  it('an unlisted first word ending in a consonant is a man in Serbian, nobody in English', () => {
    expect(genderOfFirstName('Dragomir')).toBe('m');
    expect(genderOfFirstName('Dragomir', false)).toBeNull();
    expect(genderOfFirstName('Tom', false)).toBe('m');
    expect(new EntityIndex().nameEndings).toBe(true);
  });

  it('an English article indexes a capitalised pair with an unlisted first word without a gender', () => {
    const paras = ['Council vote', 'The Harbour Rowing Club met on Monday.', 'Later Orvath Kellen spoke to the crowd.'].map((t) => prepareParagraph(t));
    const index = buildIndex(paras, lexiconFor('en'));
    expect(index.byName('Orvath Kellen')?.gender ?? null).toBeNull();
  });
});
