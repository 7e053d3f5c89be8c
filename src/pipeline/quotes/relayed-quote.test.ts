import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('a quote an outlet relays is the words of the person it quotes, not the outlet’s (sr, sq)', () => {
  it('Serbian: `„…“, prenosi Tanjug reči ministra X.` is X, in the nominative (`Petra` → `Petar`)', () => {
    expect(
      quotes('Zalihe', 'Ministar Petar Ilić obišao je skladište u Nišu.', '„Zalihe su dovoljne za dva meseca“, prenosi Tanjug reči ministra Petra Ilića.'),
    ).toEqual([['direct', 'Petar Ilić']]);
  });

  it('Serbian: `„…“, citira Beta direktorku X.`', () => {
    expect(quotes('Bolnica', '„Nema mesta za paniku u bolnici“, citira Beta direktorku Jelenu Pavić.')).toEqual([['direct', 'Jelena Pavić']]);
  });

  it('Albanian: `«…», citon agjencia Y ministrin X.`', () => {
    expect(quotes('Rezervat', '«Rezervat janë të mjaftueshme për dy muaj», citon agjencia Lajmi ministrin Arben Gashi.')).toEqual([['direct', 'Arben Gashi']]);
  });

  it('an outlet with nobody named after it is never made the speaker', () => {
    expect(quotes('Zalihe', 'Ministar Petar Ilić obišao je skladište. „Zalihe su dovoljne za dva meseca“, prenosi Tanjug.')[0][1]).not.toBe('Tanjug');
  });
});

describe('a Serbian genitive first name with a fleeting `a` is output in the nominative', () => {
  it('`Beta citira ministra Petra Ilića koji je rekao da …` is Petar Ilić, not Petr', () => {
    expect(
      quotes('Cene', 'Ministar Petar Ilić obišao je pijacu.', 'Beta citira ministra Petra Ilića koji je rekao da se cene neće menjati do jeseni.'),
    ).toEqual([['indirect', 'Petar Ilić']]);
  });
});
