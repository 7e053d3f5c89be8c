import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { masculineNominative, serbianNominative } from './name-forms.js';
import { prepareParagraph } from './paragraph.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}
const paras = (...ts: string[]) => ts.map((t) => prepareParagraph(t));

describe('a Serbian man’s name in an oblique case is given in the nominative', () => {
  it('Latin: `sa ambasadorom Hansom Larsenom` then `rekao je Larsen` gives `Hans Larsen`', () => {
    const got = speakers('Gas', 'Ministar je u petak razgovarao sa ambasadorom Hansom Larsenom o gasu.', '„Zalihe su dovoljne za celu zimu“, rekao je Larsen.');
    expect(got).toEqual(['Hans Larsen']);
  });

  it('Cyrillic: `са амбасадором Хансом Ларсеном` gives `Ханс Ларсен`', () => {
    const got = speakers('Гас', 'Министар је у петак разговарао са амбасадором Хансом Ларсеном о гасу.', '„Залихе су довољне за целу зиму“, рекао је Ларсен.');
    expect(got).toEqual(['Ханс Ларсен']);
  });

  it('the instrumental `-om` after a foreign name’s `-e` (`Ankeom Konradom` → `Anke Konrad`), both scripts', () => {
    expect(masculineNominative('Ankeom Konradom', [])).toBe('Anke Konrad');
    expect(masculineNominative('Утеом Шмитом', [])).toBe('Уте Шмит');
    const got = speakers(
      'Dijalog',
      'Ministar se u utorak sastao sa ambasadorkom Švedske Liseom Berglundom u Beogradu.',
      '„Švedska podržava dijalog“, rekla je Berglund posle sastanka.',
    );
    expect(got).toEqual(['Lise Berglund']);
  });

  it('the instrumental in `-em` and a first name in `-o` (`Markom Ilićem` → `Marko Ilić`)', () => {
    expect(masculineNominative('Markom Ilićem', [])).toBe('Marko Ilić');
    expect(masculineNominative('Марком Илићем', [])).toBe('Марко Илић');
    expect(masculineNominative('Petrom Jovićem', [])).toBe('Petar Jović');
    expect(masculineNominative('Ivanom Lazićem', [])).toBe('Ivan Lazić');
  });

  it('`-a` and `-u` only with evidence: the surname written alone, or a man’s first name as the stem', () => {
    expect(masculineNominative('Hansa Larsena', paras('Larsen je otputovao.'))).toBe('Hans Larsen');
    expect(masculineNominative('Hansu Larsenu', paras('Larsen je otputovao.'))).toBe('Hans Larsen');
    expect(masculineNominative('Hansa Larsena', paras('Nema drugih imena.'))).toBe('Hans Larsen');
    expect(masculineNominative('Pitera Sorensena', paras('Nema drugih imena.'))).toBe('Pitera Sorensena');
  });

  it('leaves nominatives alone: `Nikola Tesla`, a woman’s name, a single word', () => {
    expect(masculineNominative('Nikola Tesla', paras('Tesl'))).toBe('Nikola Tesla');
    expect(masculineNominative('Ana Marija', [])).toBe('Ana Marija');
    expect(masculineNominative('Larsenom', [])).toBe('Larsenom');
  });

  it('a man’s declined name is not read as a woman’s first name (`Zoranom Petrovićem` is Zoran, not Zorana)', () => {
    expect(serbianNominative('Zoranom Petrovićem', [])).toBe('Zoran Petrović');
    expect(serbianNominative('Milicom Kostić', [])).toBe('Milica Kostić');
  });
});
