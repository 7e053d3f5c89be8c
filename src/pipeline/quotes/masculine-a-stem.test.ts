import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { masculineAStemNominative } from './name-forms.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a Serbian man’s first name in `-a` declines like a feminine noun and is given in the nominative', () => {
  it('Latin: `za direktora … glumca Sašu Milenkovića` then `rekao je Milenković` gives `Saša Milenković`', () => {
    const got = speakers(
      'Novi direktor: „Počinjemo od nule“',
      'NOVI SAD – Upravni odbor izabrao je u petak za direktora pozorišta glumca Sašu Milenkovića. Milenković je dobio podršku svih članova odbora.',
      '„Počinjemo od nule, ali sa velikom energijom“, rekao je Milenković posle sednice.',
    );
    expect(got).toEqual(['Saša Milenković', 'Saša Milenković']);
  });

  it('Cyrillic: `глумца Луку Перића` gives `Лука Перић`', () => {
    const got = speakers(
      'Нови директор',
      'Управни одбор изабрао је у петак за директора позоришта глумца Луку Перића.',
      '„Почињемо од нуле“, рекао је Перић после седнице.',
    );
    expect(got).toEqual(['Лука Перић']);
  });

  it('each case with its surname ending: accusative, genitive, dative, instrumental', () => {
    expect(masculineAStemNominative('Nebojšu Ristića')).toBe('Nebojša Ristić');
    expect(masculineAStemNominative('Nebojše Ristića')).toBe('Nebojša Ristić');
    expect(masculineAStemNominative('Sašom Ristićem')).toBe('Saša Ristić');
    expect(masculineAStemNominative('Небојшу Ристић')).toBe('Небојша Ристић');
  });

  it('not a case: a nominative first name, a woman’s name, a mismatched surname ending', () => {
    expect(masculineAStemNominative('Nikola Tesla')).toBe('Nikola Tesla');
    expect(masculineAStemNominative('Avni Gashi')).toBe('Avni Gashi');
    expect(masculineAStemNominative('Mariju Ristića')).toBe('Mariju Ristića');
    expect(masculineAStemNominative('Nebojšu Ristićem')).toBe('Nebojšu Ristićem');
  });
});

describe('a Serbian surname in `-a` in an oblique case is the person named with it', () => {
  it('Cyrillic: `Према речима Ходе,` after `Тужилац Бесим Хода` is `Бесим Хода`', () => {
    const got = speakers('Суђење', 'Тужилац Бесим Хода рекао је на рочишту да постоји „основана сумња“.', 'Према речима Ходе, сведоци су под заштитом.');
    expect(got).toEqual(['Бесим Хода', 'Бесим Хода', 'Бесим Хода']);
  });

  it('Latin: `Prema rečima Hode,` is `Besim Hoda`', () => {
    const got = speakers('Suđenje', 'Tužilac Besim Hoda rekao je na ročištu da postoji „osnovana sumnja“.', 'Prema rečima Hode, svedoci su pod zaštitom.');
    expect(got).toEqual(['Besim Hoda', 'Besim Hoda', 'Besim Hoda']);
  });
});
