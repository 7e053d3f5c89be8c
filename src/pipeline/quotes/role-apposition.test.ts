import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a role after the verb whose name follows as an apposition (holdout2 kind A, speaker part)', () => {
  it('en: `said the director of X, Name, “…”` is that person, not the previous speaker', () => {
    const qs = quotes(
      'Water',
      'Deputy minister Dalibor Janković said the ministry would pay part of the debt.',
      '“We have a hospital, a monastery and a school without water,” said the director of the Gračanica primary school, Vesna Mitić, “and everybody is talking about invoices.”',
    );
    expect(find(qs, 'We have a hospital')?.speaker).toBe('Vesna Mitić');
  });

  it('sr: `rekao je direktor škole, Ime Prezime.`', () => {
    const qs = quotes(
      'Voda',
      'Zamenik ministra Dalibor Janković rekao je da će ministarstvo platiti deo duga.',
      '„Imamo bolnicu, manastir i školu bez vode“, rekla je direktorka osnovne škole u Gračanici, Vesna Mitić.',
    );
    expect(find(qs, 'Imamo bolnicu')?.speaker).toBe('Vesna Mitić');
  });
});
