import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('a verb that normally closes a quote, used before one with a colon', () => {
  it('sr: `upitao je: „…“` and `uzvratio je: „…“` are the subject’s words, the verb is no name', () => {
    const intro = 'Direktor toplane Nenad Ristić obišao je kotlarnicu i razgovarao sa radnicima.';
    expect(quotes('Grejanje', intro, 'Upitao je: „Ko će platiti gorivo za celu zimu?“')[0]?.speaker).toBe('Nenad Ristić');
    expect(quotes('Grejanje', intro, 'Uzvratio je: „Gorivo je plaćeno do marta.“')[0]?.speaker).toBe('Nenad Ristić');
    expect(quotes('Грејање', 'Директор топлане Ненад Ристић обишао је котларницу.', 'Упитао је: „Ко ће платити гориво?“')[0]?.speaker).toBe('Ненад Ристић');
  });

  it('sq: `pyeti: "…"` after a fronted adverbial', () => {
    const qs = quotes('Ngrohja', 'Drejtori i ngrohtores Besnik Hoti vizitoi kaldajën.', 'Në fund pyeti: “Kush do ta paguajë lëndën djegëse?”');
    expect(qs[0]?.speaker).toBe('Besnik Hoti');
  });

  it('en: `X asked: "…"` is X’s; `X was asked: "…"` is not', () => {
    const intro = 'Fire chief Dana Morrow toured the depot on Monday.';
    expect(quotes('Depot', intro, 'Morrow asked: "Who will pay for the new trucks?"')[0]?.speaker).toBe('Dana Morrow');
    expect(quotes('Depot', intro, 'He was asked: "Who will pay for the new trucks?"')[0]?.speaker ?? null).toBeNull();
  });
});

describe('sr/sq: a fronted adverbial before a subject-less speech verb is no subject', () => {
  const intro = 'Direktor toplane Nenad Ristić obišao je kotlarnicu i razgovarao sa radnicima.';
  it('`Kasnije je rekao da`, `Zatim je rekao:`, `Na kraju je rekao da` are the last subject’s', () => {
    expect(quotes('Grejanje', intro, 'Kasnije je rekao da će grejna sezona početi na vreme.')[0]?.speaker).toBe('Nenad Ristić');
    expect(quotes('Grejanje', intro, 'Zatim je rekao: „Sezona počinje na vreme.“')[0]?.speaker).toBe('Nenad Ristić');
    expect(quotes('Grejanje', intro, 'Na kraju je rekao da će grejna sezona početi na vreme.')[0]?.speaker).toBe('Nenad Ristić');
  });

  it('keeps a capitalised word after the preposition, which may be a name', () => {
    const qs = quotes('Grejanje', intro, 'Posle sastanka Jovan Perić je rekao da će grejna sezona početi kasnije.');
    expect(qs[0]?.speaker).toBe('Jovan Perić');
  });

  it('sq: `Më pas tha se` is the last subject’s', () => {
    const qs = quotes('Ngrohja', 'Drejtori i ngrohtores Besnik Hoti vizitoi kaldajën.', 'Më pas tha se sezoni i ngrohjes do të fillojë me kohë.');
    expect(qs[0]?.speaker).toBe('Besnik Hoti');
  });
});
