import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('an unnamed group with a place after it names nobody (the place is not the speaker)', () => {
  it('Serbian: `Diplomatski izvori u Beogradu rekli su` is unnamed, not "Diplomatski" or "Beogradu"', () => {
    const got = speakers(
      'Sastanak odložen',
      'Diplomatski izvori u Beogradu rekli su da će sastanak „biti odložen do januara“.',
      'Ministar Petar Kolić govorio je o samitu.',
    );
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === null)).toBe(true);
  });

  it('Albanian: `Burime qeveritare në Tiranë i thanë` is unnamed', () => {
    const got = speakers('Takimi', 'Burime qeveritare në Tiranë i thanë gazetës se takimi “do të shtyhet për janar”.', 'Ministri Arben Kola foli për samitin.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === null)).toBe(true);
  });

  it('a named person with a place after the name keeps the name', () => {
    const got = speakers('Sastanak', 'Petar Kolić iz Beograda rekao je da će sastanak „biti odložen“.');
    expect(got).toContain('Petar Kolić');
  });
});
