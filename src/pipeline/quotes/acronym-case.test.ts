import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { acronymBase } from './name-forms.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('sr/sq: an acronym with a hyphenated case ending is the organisation itself', () => {
  it('the base acronym of `OEBS-a`, `UN-u`, `NATO-om`, `NATO-s`, `NIS-it`, `OSBE-së`', () => {
    expect(acronymBase('OEBS-a', 'sr')).toBe('OEBS');
    expect(acronymBase('UN-u', 'sr')).toBe('UN');
    expect(acronymBase('NATO-om', 'sr')).toBe('NATO');
    expect(acronymBase('NATO-s', 'sq')).toBe('NATO');
    expect(acronymBase('NIS-it', 'sq')).toBe('NIS');
    expect(acronymBase('OSBE-së', 'sq')).toBe('OSBE');
  });

  it('leaves other shapes and other languages alone', () => {
    expect(acronymBase('Banja-Luka', 'sr')).toBe('Banja-Luka');
    expect(acronymBase('NATO', 'sr')).toBe('NATO');
    expect(acronymBase('NATO-xyz', 'sq')).toBe('NATO-xyz');
    expect(acronymBase('NIS-a', 'en')).toBe('NIS-a');
  });

  it('sr: `Prema rečima OEBS-a` gives `OEBS`', () => {
    const qs = quotes('Izbori', 'Posmatrači su pratili glasanje u tri grada.', 'Prema rečima OEBS-a, glasanje je proteklo „bez većih problema“.');
    expect(qs.map((q) => q.speaker)).toContain('OEBS');
    expect(qs.map((q) => q.speaker)).not.toContain('OEBS-a');
  });

  it('sq: `Sipas KFOR-it` after `KFOR` is the same organisation', () => {
    const qs = quotes('Ura', 'KFOR patrullon pranë urës çdo natë.', 'Sipas KFOR-it, “situata mbetet e qetë” në veri.');
    expect(find(qs, 'situata mbetet')?.speaker).toBe('KFOR');
  });
});

describe('sr/sq: a role before a declined acronym is a role of that organisation, not the organisation', () => {
  it('sr: `naglasio je direktor NIS-a` is the director named before', () => {
    const qs = quotes(
      'Gorivo',
      'Generalni direktor NIS-a Ivan Lebedev rekao je da su zalihe dovoljne.',
      '– Građani nemaju razloga za brigu – naglasio je direktor NIS-a.',
    );
    expect(find(qs, 'nemaju razloga')?.speaker).toBe('Ivan Lebedev');
  });

  it('sr: `rekao je portparol OEBS-a` with no spokesperson named is nobody named', () => {
    const qs = quotes('Izbori', 'Posmatrači su pratili glasanje u tri grada.', '„Glasanje je proteklo mirno“, rekao je portparol OEBS-a.');
    expect(find(qs, 'proteklo mirno')?.speaker).toBeNull();
  });
});

describe('sr/sq: a type noun opening the sentence before an acronym is not part of the name', () => {
  it('sr: `Kompanija EPS saopštila je` is EPS', () => {
    const qs = quotes('Struja', 'Kompanija EPS saopštila je da će isporuke „biti redovne“ tokom zime.');
    expect(qs.map((q) => q.speaker)).toContain('EPS');
    expect(qs.map((q) => q.speaker)).not.toContain('Kompanija EPS');
  });

  it('sq: `Kompania KEK njoftoi` is KEK', () => {
    const qs = quotes('Rryma', 'Kompania KEK njoftoi se furnizimi “do të jetë i rregullt” gjatë dimrit.');
    expect(qs.map((q) => q.speaker)).toContain('KEK');
  });
});
