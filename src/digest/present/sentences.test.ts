import { describe, expect, it } from 'vitest';
import { sentences, wordCount } from './sentences.js';

describe('sentences', () => {
  it('splits at a full stop, question or exclamation mark before a capital, keeping closing marks', () => {
    expect(sentences('The bridge stays closed. Nobody knows why! Will it open?')).toEqual(['The bridge stays closed.', 'Nobody knows why!', 'Will it open?']);
    expect(sentences('He said “no.” Then he left.')).toEqual(['He said “no.”', 'Then he left.']);
  });
  it('does not split after an abbreviation, an initial, or an ordinal before a lower-case word', () => {
    expect(sentences('Mr. Jones met Dr. Smith in the U.S. capital.')).toEqual(['Mr. Jones met Dr. Smith in the U.S. capital.']);
    expect(sentences('J. Smith spoke first. Then came the rest.')).toEqual(['J. Smith spoke first.', 'Then came the rest.']);
    expect(sentences('To je bilo 2008. godine, tzv. Vlada je pala. Sada je drugačije.')).toEqual([
      'To je bilo 2008. godine, tzv. Vlada je pala.',
      'Sada je drugačije.',
    ]);
    expect(sentences('То је било 12. марта. Данас није.')).toEqual(['То је било 12. марта.', 'Данас није.']);
  });
  it('splits Albanian and Cyrillic text and before an opening quote mark', () => {
    expect(sentences('Ura mbetet e mbyllur. „Nuk dimë pse“, tha ai.')).toEqual(['Ura mbetet e mbyllur.', '„Nuk dimë pse“, tha ai.']);
    expect(sentences('Мост је затворен. Нико не зна зашто.')).toEqual(['Мост је затворен.', 'Нико не зна зашто.']);
  });
  it('counts words', () => {
    expect(wordCount('  one two\tthree ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
