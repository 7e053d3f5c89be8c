import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function directSpeakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')))
    .filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
}

describe('en: a document before a colon speaks for its author (headline.ts)', () => {
  it('`The Croatian government’s statement read: “…”` is the government’s, never `… statement read`', () => {
    expect(
      directSpeakers('Ferries', 'Mayor Ivan Lukas spoke on Monday.', 'The Croatian government’s statement read: "No ferries will sail on Sunday."'),
    ).toEqual(['Croatian government']);
  });

  it('`A statement from X said: “…”` never names a run of words with the verb', () => {
    const got = directSpeakers('Ferries', 'Mayor Ivan Lukas spoke on Monday.', 'A statement from the Croatian government said: "The pier stays closed."');
    expect(got.every((s) => s === null || !/statement|said/.test(s))).toBe(true);
  });
});
