import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('an institution named after a person, its name in quote marks, is the subject of the verb after it', () => {
  it('Latin: `Zavod za javno zdravlje „Dr Ivan Perić“ saopštio je da` is the institute, not the last man named', () => {
    const got = quotes(
      'Gripa',
      'Direktor bolnice Petar Ilić obišao je danas odeljenje u Kragujevcu.',
      'Zavod za javno zdravlje „Dr Ivan Perić“ saopštio je da je broj obolelih porastao za trećinu.',
    );
    expect(got).toEqual([['indirect', 'Zavod za javno zdravlje „Dr Ivan Perić“']]);
  });

  it('Cyrillic: `Институт за јавно здравље „Др Иван Перић“ саопштио је да`', () => {
    const got = quotes(
      'Грип',
      'Директор болнице Петар Илић обишао је данас одељење у Крагујевцу.',
      'Институт за јавно здравље „Др Иван Перић“ саопштио је да је број оболелих порастао за трећину.',
    );
    expect(got).toEqual([['indirect', 'Институт за јавно здравље „Др Иван Перић“']]);
  });

  it('Albanian: `Instituti Kombëtar i Shëndetit Publik «Dr Ali Krasniqi» njoftoi se`', () => {
    const got = quotes(
      'Gripi',
      'Drejtori i spitalit Petrit Gashi vizitoi sot repartin në Prizren.',
      'Instituti Kombëtar i Shëndetit Publik «Dr Ali Krasniqi» njoftoi se numri i të sëmurëve është rritur.',
    );
    expect(got).toEqual([['indirect', 'Instituti Kombëtar i Shëndetit Publik «Dr Ali Krasniqi»']]);
  });
});
