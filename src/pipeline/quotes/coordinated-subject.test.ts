import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

const INTRO_SR = 'Gradonačelnik Dejan Lukić i direktor vodovoda Milan Stojković obišli su novu pumpnu stanicu.';

describe('sr/sq: a coordinated clause with its own subject starts a new subject', () => {
  it('`, a X je rekao da`: the report is X’s, not the first clause’s subject', () => {
    const qs = quotes('Voda', INTRO_SR, 'Lukić je govorio o troškovima, a direktor je rekao da će voda stići do jeseni.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Milan Stojković']]);
  });

  it('`, dok je X rekao` and `, ali je X rekao` skip the clitic before the subject', () => {
    const dok = quotes('Voda', INTRO_SR, 'Lukić je govorio o troškovima, dok je Stojković rekao da će voda stići do jeseni.');
    expect(dok[0]?.speaker).toBe('Milan Stojković');
    const ali = quotes('Voda', INTRO_SR, 'Lukić je govorio o troškovima, ali je direktor vodovoda rekao da radovi kasne zbog kiše i hladnoće.');
    expect(ali[0]?.speaker).toBe('Milan Stojković');
  });

  it('a coordinated predicate without a subject keeps the first clause’s', () => {
    const qs = quotes('Voda', INTRO_SR, 'Lukić je govorio o troškovima, a zatim je rekao da će voda stići do jeseni.');
    expect(qs[0]?.speaker).toBe('Dejan Lukić');
  });

  it('the same before a colon and a quote', () => {
    const qs = quotes('Voda', INTRO_SR, 'Lukić je govorio o troškovima, a direktor je rekao: „Voda stiže do jeseni.“');
    expect(qs[0]?.speaker).toBe('Milan Stojković');
  });

  it('sq: `, ndërsa X tha se` is X’s report', () => {
    const qs = quotes(
      'Uji',
      'Kryetari Dritan Berisha dhe drejtori i ujësjellësit Agim Krasniqi vizituan stacionin e ri.',
      'Berisha foli për shpenzimet, ndërsa drejtori tha se uji do të vijë deri në vjeshtë.',
    );
    expect(qs[0]?.speaker).toBe('Agim Krasniqi');
  });

  it('an oblique relative after a comma (`, na kojoj je X upozorila da`) opens a clause with its own subject', () => {
    const qs = quotes(
      'Skupština',
      'Gradsko veće održalo je juče vanrednu sednicu o budžetu, na kojoj je odbornica Vesna Kostić upozorila da će kasa biti prazna do leta.',
    );
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Vesna Kostić']]);
  });
});
