import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('a colon after a clause with no speech verb hands the quote to that clause’s subject (sr, sq)', () => {
  it('Albanian: `Presidentja X, në një postim …, e përshëndeti vendimin: “…”` is X, not the last speaker', () => {
    expect(
      quotes(
        'Ura',
        'Kryeministri Arben Lika tha se ura do të hapet.',
        'Presidentja Vesa Dema, në një postim në rrjetin X, e përshëndeti vendimin: “Liria e lëvizjes është e drejtë e çdo qytetari.”',
      ),
    ).toEqual([
      ['indirect', 'Arben Lika'],
      ['direct', 'Vesa Dema'],
    ]);
  });

  it('Albanian: a role then the name in an apposition (`Trajneri i ekipit, X, ishte i sinqertë: "…"`)', () => {
    expect(
      quotes('Sport', 'Trajneri i ekipit mysafir, Tomas Kalnis, ishte i sinqertë pas ndeshjes: "Ata ishin më të mirë. Nuk kemi çfarë të justifikojmë."'),
    ).toEqual([['direct', 'Tomas Kalnis']]);
  });

  it('Serbian: `Ministarka X je, posle sastanka, bila jasna: „…“`', () => {
    expect(quotes('Sastanak', 'Ministarka Vesna Ilić je, posle sastanka, bila jasna: „Nema povlačenja iz pregovora.“')).toEqual([['direct', 'Vesna Ilić']]);
  });
});
