import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { clusterStories, leadOf, storySimilarity, type StoryFingerprintInput } from './cluster.js';
import { containment, foldedTokens, jaccard, shingles } from './shingles.js';
import { needsShared, sharedPath } from '../../../test/support/shared-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = sharedPath('corpus');

function story(id: string, text: string, time = '2026-11-27T09:00:00Z', canonicalLink: string | null = null): StoryFingerprintInput {
  const a = articleFromText(text);
  return { id, canonicalLink, title: a.paragraphs[0], lead: leadOf(a.paragraphs.slice(1)), time: new Date(time) };
}

function corpusStories(): StoryFingerprintInput[] {
  const dir = path.join(CORPUS, 'quotes/dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => story(f, readFileSync(path.join(dir, f), 'utf8')));
}

describe('shingles', () => {
  it('folds scripts and diacritics before shingling', () => {
    expect(foldedTokens('Резолуција 1244, Niš!')).toEqual(['rezolucija', '1244', 'nis']);
    expect(shingles(foldedTokens('Лазовић: Резолуција 1244'), 2)).toEqual(shingles(foldedTokens('Lazović: Rezolucija 1244'), 2));
  });
  it('measures overlap', () => {
    const a = shingles(['a', 'b', 'c', 'd'], 2); // ab bc cd
    const b = shingles(['b', 'c', 'd'], 2); // bc cd
    expect(jaccard(a, b)).toBeCloseTo(2 / 3);
    expect(containment(a, b)).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(shingles(['x'], 3)).toEqual(new Set(['x']));
  });
});

describe('leadOf', () => {
  it('skips photo credits and short blocks', () => {
    expect(leadOf(['Foto: Printscreen', 'One two three four five six.'], 4)).toBe('One two three four');
  });
});

describe.skipIf(!needsShared('corpus/quotes/dev', 'corpus/seed'))('clusterStories on the corpus articles', () => {
  it('keeps the 25 distinct corpus stories apart (no false merge)', () => {
    const stories = corpusStories();
    expect(stories).toHaveLength(25);
    expect(clusterStories(stories)).toHaveLength(25);
  });

  it('joins the seed article and the wire teaser under another headline', () => {
    const seed = story('kossev', readFileSync(path.join(CORPUS, 'seed/kossev-botsan-kharchenko.txt'), 'utf8'));
    const wire = story(
      'wire',
      'Russian envoy says Resolution 1244 stays until Belgrade and Pristina agree\n\nIt is necessary to fully fulfill what was agreed in the Brussels Agreement. Primarily, the formation of the ASM with the powers that are envisaged and included in the Brussels […]',
    );
    expect(storySimilarity(seed, wire)).toBeGreaterThan(0.9);
    const others = corpusStories().filter((s) => !s.id.startsWith('kossev'));
    expect(clusterStories([seed, ...others, wire]).find((c) => c.includes('wire'))).toEqual(['kossev', 'wire']);
  });

  it('joins a Cyrillic and a Latin copy, and respects the 72-hour gap', () => {
    const latin = readFileSync(path.join(CORPUS, 'quotes/dev/dev-15-sr-rezolucija-1244.txt'), 'utf8');
    const cyr = readFileSync(path.resolve(here, '../../digest/testdata/lazovic-cyr.txt'), 'utf8');
    expect(clusterStories([story('l', latin), story('c', cyr, '2026-11-29T08:00:00Z')])).toEqual([['l', 'c']]);
    expect(clusterStories([story('l', latin), story('c', cyr, '2026-11-30T09:00:01Z')])).toEqual([['l'], ['c']]);
    // a shared canonical link joins whatever the gap
    expect(
      clusterStories([
        story('l', latin, '2026-11-20T00:00:00Z', 'https://x.example/a'),
        story('x', 'Other\n\nNothing alike at all here, really not.', '2026-11-27T00:00:00Z', 'https://x.example/a'),
      ]),
    ).toEqual([['l', 'x']]);
  });

  it('groups, never deletes, and is order-independent up to ordering', () => {
    const stories = corpusStories();
    const a = clusterStories(stories).flat().sort();
    const b = clusterStories([...stories].reverse())
      .flat()
      .sort();
    expect(a).toEqual(stories.map((s) => s.id).sort());
    expect(b).toEqual(a);
  });
});
