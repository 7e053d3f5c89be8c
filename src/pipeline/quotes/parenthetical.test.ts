import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a reporting clause set off by commas inside the report', () => {
  it('en: after a fronted adverbial the report is what follows the clause', () => {
    const qs = quotes('Headline', 'Maria Okafor runs the port. In the early 1990s, Okafor said, the harbour froze every winter.');
    const q = find(qs, 'harbour froze');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Maria Okafor' });
    expect(q?.text).not.toMatch(/1990s/);
  });

  it('en: an unnamed group in the clause is nobody named', () => {
    const qs = quotes('Headline', 'But ultimately, other experts say, the risk was small and nobody was hurt.');
    expect(find(qs, 'risk was small')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('sr: `Plan je propao, rekao je X, zbog …` keeps both halves', () => {
    const qs = quotes('Naslov', 'Plan je propao, rekao je Petrović, zbog budžeta koji je kasnio.');
    const q = find(qs, 'Plan je propao');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Petrović' });
    expect(q?.text).toMatch(/zbog budžeta/);
  });

  it('sq: `…, tha X, …`', () => {
    const qs = quotes('Titulli', 'Ura do të hapet, tha Berisha, në fund të vitit të ardhshëm.');
    expect(find(qs, 'Ura do të hapet')).toMatchObject({ kind: 'indirect', speaker: 'Berisha' });
  });
});

describe('closing attributions and participles', () => {
  it('en: `…, said Jane Roe, director of …` closes the report with the name', () => {
    const qs = quotes('Headline', 'The port is safe for small boats, said Jane Roe, director of the harbour trust at the university.');
    const q = find(qs, 'port is safe');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Jane Roe' });
    expect(qs.some((x) => x.text.startsWith('Jane Roe'))).toBe(false);
  });

  it("en: `…, saying X did Y` with no `that` is the subject's report", () => {
    const qs = quotes('Headline', 'Tom Kaine criticised the count, saying the mayor took questions at the meeting last month.');
    expect(find(qs, 'mayor took questions')).toMatchObject({ kind: 'indirect', speaker: 'Tom Kaine' });
  });

  it('en: `saying nothing` reports nothing', () => {
    const qs = quotes('Headline', 'Tom Kaine left the hall early, saying nothing to anyone.');
    expect(qs).toEqual([]);
  });
});
