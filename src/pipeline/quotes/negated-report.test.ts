import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function indirect(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);
}

describe('a negated or refused reporting verb reports nothing (negated-report.ts, ADR 0298)', () => {
  it('en: `did not say whether`, `declined to say whether`, `refused to say when`; `said` alone still reports', () => {
    expect(
      indirect(
        'Pier vote',
        'Harbour master Ola Dahl did not say whether the pier would reopen in June.',
        'Ola Dahl declined to say whether the ferry would run on Sundays.',
        'Ola Dahl refused to say when the board would meet again.',
        'Ola Dahl said the ferry would run on Sundays.',
      ),
    ).toEqual([['the ferry would run on Sundays', 'Ola Dahl']]);
  });

  it('sr: `nije rekao da li`, `odbila je da kaže`, Cyrillic `није рекао да`; `rekao je da` still reports', () => {
    expect(
      indirect(
        'Most',
        'Direktor luke Zoran Babić nije rekao da li će trajekt saobraćati nedeljom.',
        'Odbornica Mira Kostić odbila je da kaže kada će se odbor ponovo sastati.',
        'Zoran Babić je rekao da će trajekt saobraćati nedeljom.',
      ),
    ).toEqual([['će trajekt saobraćati nedeljom', 'Zoran Babić']]);
    expect(indirect('Мост', 'Директор луке Зоран Бабић није рекао да ли ће трајект саобраћати недељом.')).toEqual([]);
  });

  it('sq: `nuk tha nëse`, `refuzoi të thotë`; `tha se` still reports', () => {
    expect(
      indirect(
        'Ura',
        'Drejtori i portit Agron Hoxha nuk tha nëse trageti do të lundrojë të dielën.',
        'Agron Hoxha refuzoi të thotë se kur do të mblidhet bordi.',
        'Agron Hoxha tha se trageti do të lundrojë të dielën.',
      ),
    ).toEqual([['trageti do të lundrojë të dielën', 'Agron Hoxha']]);
  });
});
