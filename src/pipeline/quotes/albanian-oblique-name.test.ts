import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('an Albanian surname in the genitive/dative/ablative maps to the person the article names', () => {
  it('`Sipas Ramës` after `Besnik Rama` gives `Besnik Rama`', () => {
    const got = speakers('Ura', 'Kryeministri Besnik Rama foli për urën.', 'Sipas Ramës, ura “do të hapet në pranverë”.');
    expect(got).toEqual(['Besnik Rama']);
  });

  it('`deklaratën e Ramës` gives `Besnik Rama`, never `Ramës`', () => {
    const got = speakers('Ura', 'Kryeministri Besnik Rama foli për urën.', 'Në deklaratën e Ramës thuhet se “ura do të hapet në pranverë”.');
    expect(got).not.toContain('Ramës');
  });

  it('an acronym with a case ending (`KFOR-it`) is the organisation, never a person’s oblique name (acronym-case.test.ts)', () => {
    const got = speakers('Ura', 'Sipas KFOR-it, ura “do të mbetet e mbyllur”.');
    expect(got).toEqual(['KFOR']);
  });
});

describe('a place in the Albanian genitive/ablative is never a speaker', () => {
  it('`Banorët e Veriut thanë` names nobody', () => {
    const got = speakers('Ura', 'Banorët e Veriut thanë se “ura duhet të hapet”.');
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain('Veriut');
    expect(got.every((s) => s === null)).toBe(true);
  });
});
