import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { feminineNominative } from './name-forms.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a Serbian feminine first name in an oblique case before an indeclinable surname is put back in the nominative', () => {
  it('Latin: `razgovor sa Anom Petrović` then her quote gives `Ana Petrović`', () => {
    const got = speakers('Novi most', 'Novinar je vodio razgovor sa Anom Petrović o mostu.', 'Petrović je rekla da će most „biti gotov do proleća“.');
    expect(got).toContain('Ana Petrović');
    expect(got).not.toContain('Anom Petrović');
  });

  it('Cyrillic: `са Аном Петровић` gives `Ана Петровић`', () => {
    const got = speakers('Нови мост', 'Новинар је водио разговор са Аном Петровић о мосту.', 'Петровић је рекла да ће мост „бити готов до пролећа“.');
    expect(got).toContain('Ана Петровић');
  });

  it('every case ending of a first name in -a (genitive, dative, accusative, instrumental)', () => {
    expect(feminineNominative('Ane Jović')).toBe('Ana Jović');
    expect(feminineNominative('Milici Kostić')).toBe('Milica Kostić');
    expect(feminineNominative('Anu Jović')).toBe('Ana Jović');
    expect(feminineNominative('Milicom Kostić')).toBe('Milica Kostić');
  });

  it('a nominative name, a man whose surname declines, or an unknown first word are kept', () => {
    expect(feminineNominative('Ana Petrović')).toBe('Ana Petrović');
    expect(feminineNominative('Markom Petrovićem')).toBe('Markom Petrovićem');
    expect(feminineNominative('Vladu Srbije')).toBe('Vladu Srbije');
  });
});
