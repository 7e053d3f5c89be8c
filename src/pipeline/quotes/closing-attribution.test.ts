import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('unmarked speech closed by an attribution after a comma (holdout2 kinds G, C7)', () => {
  it('sr: a long clause that mentions a role noun is still the report; the dateline is not', () => {
    const qs = quotes(
      'Ambulanta',
      'ZUBIN POTOK – Ambulanta u Zubinom Potoku od početka meseca nema dežurnog lekara tokom noći, jer je dvoje od četvoro lekara napustilo Kosovo, potvrdila je direktorka Doma zdravlja Zubin Potok Snežana Savić.',
    );
    const q = find(qs, 'nema dežurnog lekara');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Snežana Savić' });
    expect(q?.text).not.toMatch(/ZUBIN POTOK/);
  });

  it('sr: a long role phrase with prepositions that a name closes is the subject', () => {
    const qs = quotes(
      'Rafinerija',
      'PANČEVO – Naftna industrija Srbije (NIS) neće otpuštati radnike rafinerije u Pančevu ni ako remont potraje duže od planiranog, izjavio je danas direktor Sektora za ljudske resurse kompanije Zoran Kovačević.',
    );
    expect(find(qs, 'neće otpuštati radnike')).toMatchObject({ kind: 'indirect', speaker: 'Zoran Kovačević' });
  });

  it('sr-Cyrl: the same closing attribution in Cyrillic keeps the name in Cyrillic', () => {
    const qs = quotes(
      'Рафинерија',
      'ПАНЧЕВО – Нафтна индустрија Србије неће отпуштати раднике рафинерије у Панчеву ни ако ремонт потраје дуже од планираног, изјавио је данас директор Сектора за људске ресурсе компаније Зоран Ковачевић.',
    );
    expect(find(qs, 'неће отпуштати раднике')).toMatchObject({ kind: 'indirect', speaker: 'Зоран Ковачевић' });
  });

  it('en: `an estimated N` is not a report; `, the organisers said.` closes the sentence with nobody named', () => {
    const qs = quotes(
      'Festival',
      'NIŠ, 7 August 2026 – The 32nd edition of the jazz festival opened in the Niš Fortress on Thursday evening in front of an estimated 15,000 people, the organisers said.',
    );
    const q = find(qs, 'opened in the Niš Fortress');
    expect(q).toMatchObject({ kind: 'indirect', speaker: null });
    expect(q?.text).toMatch(/^The 32nd edition/);
    expect(qs.some((x) => x.speaker === 'Niš Fortress')).toBe(false);
  });

  it('sq: `…, tha drejtori … Emër Mbiemër.` closes an unmarked report', () => {
    const qs = quotes(
      'Rafineria',
      'Kompania nuk do të largojë punëtorët e rafinerisë edhe nëse riparimi zgjat më shumë se sa ishte planifikuar, tha sot drejtori i kompanisë Zoran Kovaçeviq.',
    );
    expect(find(qs, 'nuk do të largojë')).toMatchObject({ kind: 'indirect', speaker: 'Zoran Kovaçeviq' });
  });
});
