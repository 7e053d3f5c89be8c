import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('sr/sq: a pronoun takes the grammatical subject of the clause before, not the last name seen', () => {
  const srLat = ['Pregovori', 'Gradonačelnik Stefan Rakić i direktor luke Jens Holm sastali su se u ponedeljak.', 'Rakić je rekao da je razgovor bio otvoren.'];

  it('sr: the subject after a fronted adverbial (`U utorak je Holm obišao …`)', () => {
    const qs = quotes(...srLat, 'U utorak je Holm obišao pristanište. On je naveo da je „luka pretesna“.');
    expect(find(qs, 'luka pretesna')?.speaker).toBe('Jens Holm');
  });

  it('sr: an object in the accusative opening the sentence is not the subject (`Holma je primio Rakić`)', () => {
    const qs = quotes(...srLat, 'Holma je u sredu primio Rakić. On je poručio da „grad čeka odgovor“.');
    expect(find(qs, 'grad čeka odgovor')?.speaker).toBe('Stefan Rakić');
  });

  it('sr: the subject of the last clause after `, a`', () => {
    const qs = quotes(...srLat, 'Holm je otputovao u Oslo, a Rakić je ostao u gradu. On je dodao da „posla ima dovoljno“.');
    expect(find(qs, 'posla ima dovoljno')?.speaker).toBe('Stefan Rakić');
  });

  it('sr: a name inside a `da` clause is not the sentence subject', () => {
    const qs = quotes(...srLat, 'Rakić je juče ponovio da Holm nije odgovorio na pismo. On je rekao da „strpljenje ima granice“.');
    expect(find(qs, 'strpljenje ima granice')?.speaker).toBe('Stefan Rakić');
  });

  it('sr-Cyrl: the same by case (`Холма је примио Ракић`)', () => {
    const qs = quotes(
      'Преговори',
      'Градоначелник Стефан Ракић и директор луке Јенс Холм састали су се у понедељак.',
      'Ракић је рекао да је разговор био отворен.',
      'У уторак је Холм обишао пристаниште. Он је навео да је „лука претесна“.',
      'Холма је у среду примио Ракић. Он је поручио да „град чека одговор“.',
    );
    expect(find(qs, 'лука претесна')?.speaker).toBe('Јенс Холм');
    expect(find(qs, 'град чека одговор')?.speaker).toBe('Стефан Ракић');
  });

  it('sq: the subject after a fronted time phrase, and the accusative object is not the subject', () => {
    const qs = quotes(
      'Bisedimet',
      'Kryetari Arben Shala dhe drejtori i portit Jens Holm u takuan të hënën.',
      'Shala tha se takimi ishte i hapur.',
      'Të martën Holm vizitoi skelën. Ai tha se “porti është i ngushtë”.',
      'Të mërkurën Holmin e priti Shala. Ai deklaroi se “qyteti pret përgjigje”.',
    );
    expect(find(qs, 'porti është i ngushtë')?.speaker).toBe('Jens Holm');
    expect(find(qs, 'qyteti pret përgjigje')?.speaker).toBe('Arben Shala');
  });
});
