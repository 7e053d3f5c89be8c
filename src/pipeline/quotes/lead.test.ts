import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { isByline, leadEnd } from './lead.js';
import { en, sq, sr } from './lexicon/index.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('datelines, labels and bylines are stripped before any frame', () => {
  it('finds the end of wire datelines in every form', () => {
    expect(leadEnd('KRUŠEVAC – Tekst ide dalje.', sr)).toBe('KRUŠEVAC – '.length);
    expect(leadEnd('LISBON, 3 March (Lusa) – The text goes on.', en)).toBe('LISBON, 3 March (Lusa) – '.length);
    expect(leadEnd('Lisbon (Lusa) - The text goes on.', en)).toBe('Lisbon (Lusa) - '.length);
    expect(leadEnd('Lisbon, March 3, 2027 — The text goes on.', en)).toBe('Lisbon, March 3, 2027 — '.length);
    expect(leadEnd('SAN MARINO/RIMINI, 9. marta – Tekst.', sr)).toBe('SAN MARINO/RIMINI, 9. marta – '.length);
    expect(leadEnd('UPDATE: TIRANA – The text goes on.', en)).toBe('UPDATE: TIRANA – '.length);
  });

  it('leaves sentences, dash speech and title-case subjects alone', () => {
    expect(leadEnd('– Nećemo odustati – rekao je ministar.', sr)).toBe(0);
    expect(leadEnd('Lisbon – the city – is loud.', en)).toBe(0);
    expect(leadEnd('The mayor said: “We are ready.”', en)).toBe(0);
    expect(leadEnd('KRUŠEVAC – Tekst.', sr, false)).toBe(0);
  });

  it('knows a byline paragraph', () => {
    expect(isByline('By Maria Kowalczyk', en)).toBe(true);
    expect(isByline('Piše: Petar Ilić', sr)).toBe(true);
    expect(isByline('Nga Drita Morina', sq)).toBe(true);
    expect(isByline('By the river the mayor spoke.', en)).toBe(false);
  });

  it('sr: `GRAD – „…“, rekao je X.` keeps the quote and its speaker', () => {
    const qs = quotes('Naslov', 'KRUŠEVAC – „Fabrika neće biti zatvorena“, rekao je Stevanović.');
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', text: 'Fabrika neće biti zatvorena', speaker: 'Stevanović' })]);
  });

  it('sr-Cyrl: a Cyrillic dateline is stripped as well', () => {
    const qs = quotes('Наслов', 'КРУШЕВАЦ – „Фабрика неће бити затворена“, рекао је Стевановић.');
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Стевановић' })]);
  });

  it('en: a dateline with a date and an agency, then a quote and a closing attribution', () => {
    const qs = quotes('Headline', 'LISBON, 3 March (Lusa) – "The harbour will stay open all winter," said Almeida.');
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', text: 'The harbour will stay open all winter', speaker: 'Almeida' })]);
  });

  it('sq: `QYTETI – „…“, tha X.`', () => {
    const qs = quotes('Titulli', 'PEJË – “Rruga do të hapet në pranverë”, tha Berisha.');
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Berisha' })]);
  });

  it('a byline never becomes the speaker of a later unattributed quote', () => {
    const qs = quotes('Headline', 'By Maria Kowalczyk', '"We have waited too long for this bridge."');
    expect(qs.every((q) => q.speaker !== 'Maria Kowalczyk')).toBe(true);
  });
});
