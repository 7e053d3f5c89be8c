import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a sentence-opening oblique noun with a surname possessive (`Podršku Petrovićevoj`) is never the speaker', () => {
  it('Cyrillic: the real subject after the verb is the speaker', () => {
    const got = speakers('Мост', 'Подршку Петровићевој упутила је и Јелена Марковић из Удружења грађана. Она је рекла да је мост „важан за све“.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === 'Јелена Марковић' || s === null)).toBe(true);
    expect(got.some((s) => s !== null && s.includes('Подршку'))).toBe(false);
  });

  it('Latin: the opening words are not a name', () => {
    const got = speakers('Most', 'Podršku Petrovićevoj uputila je i Jelena Marković iz Udruženja građana. Ona je rekla da je most „važan za sve“.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((s) => s !== null && s.includes('Podršku'))).toBe(false);
  });

  it('the nominative `Petrovićeva` ("Ms Petrović") is still a person', () => {
    const got = speakers('Most', 'Ministarka Ana Petrović obišla je gradilište.', 'Petrovićeva je rekla da će most „biti gotov u maju“.');
    expect(got.some((s) => s !== null && s.includes('Petrović'))).toBe(true);
  });
});
