import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('a possessive source phrase before a quote names the pronoun’s antecedent', () => {
  const sr = 'Direktorka škole Milica Savić obišla je novu fiskulturnu salu.';
  it('sr: `Po njenim rečima, „…“` opening the sentence is a direct quote of hers', () => {
    const qs = quotes('Sala', sr, 'Po njenim rečima, „sala će biti otvorena za sve đake do proleća“.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Milica Savić']]);
  });

  it('sr: with a colon, and the pronoun’s gender decides (`njegovim` is not hers)', () => {
    expect(quotes('Sala', sr, 'Prema njenim rečima: „Sala je gotova.“')[0]?.speaker).toBe('Milica Savić');
    const his = quotes('Sala', sr, 'Prema njegovim rečima, „sala će biti otvorena za sve đake do proleća“.');
    expect(his.map((q) => [q.kind, q.speaker])).toEqual([['direct', null]]);
  });

  it('sr: inserted inside the sentence right before the marks, a partial quote of hers', () => {
    const qs = quotes('Sala', sr, 'A sala je, po njenim rečima, „gotova pre roka i bez dugova“.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'Milica Savić']]);
  });

  it('sq: `Sipas saj, "…"` and `Sipas tij: "…"` by the pronoun’s gender', () => {
    const intro = 'Drejtoresha e shkollës Arta Gashi vizitoi sallën e re të sportit.';
    expect(quotes('Salla', intro, 'Sipas saj, "salla do të jetë e hapur për të gjithë nxënësit deri në pranverë".')[0]?.speaker).toBe('Arta Gashi');
    expect(quotes('Salla', intro, 'Sipas tij: "Salla është gati."')[0]?.speaker ?? null).toBeNull();
  });
});
