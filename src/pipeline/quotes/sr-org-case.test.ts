import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { serbianOrgNominative } from './sr-org-case.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('Serbian institutions in an oblique case are reported in the nominative', () => {
  it('puts the head noun and its adjectives back in the nominative, keeping the genitive complement', () => {
    expect(serbianOrgNominative('U Crvenom krstu Srbije')).toBe('Crveni krst Srbije');
    expect(serbianOrgNominative('Из Црвеног крста Ниш')).toBe('Црвени крст Ниш');
    expect(serbianOrgNominative('U Ministarstvu zdravlja')).toBe('Ministarstvo zdravlja');
    expect(serbianOrgNominative('U Kancelariji za KiM')).toBe('Kancelarija za KiM');
    expect(serbianOrgNominative('Srpskoj naprednoj stranci')).toBe('Srpska napredna stranka');
    expect(serbianOrgNominative('Višem javnom tužilaštvu')).toBe('Više javno tužilaštvo');
    expect(serbianOrgNominative('Rusko-srpskom humanitarnom centru')).toBe('Rusko-srpski humanitarni centar');
    expect(serbianOrgNominative('Vlada Srbije')).toBe('Vlada Srbije');
  });

  it('`U Crvenom krstu kažu da …` is the Red Cross the article named, not a cut or inflected name', () => {
    expect(
      quotes('Pomoć', 'Crveni krst Srbije saopštio je da je prikupljeno šest tona hrane.', 'U Crvenom krstu kažu da je potražnja veća nego prošle zime.'),
    ).toEqual([
      ['indirect', 'Crveni krst Srbije'],
      ['indirect', 'Crveni krst Srbije'],
    ]);
  });

  it('Cyrillic: `Из Црвеног крста Ниш кажу да …` with no earlier mention', () => {
    expect(quotes('Помоћ', 'Из Црвеног крста Ниш кажу да ће пакети стићи до петка.')).toEqual([['indirect', 'Црвени крст Ниш']]);
  });

  it('`U Ministarstvu zdravlja navode da …` is the ministry in the nominative', () => {
    expect(quotes('Vakcine', 'U Ministarstvu zdravlja navode da će vakcine stići do kraja meseca.')).toEqual([['indirect', 'Ministarstvo zdravlja']]);
  });
});

describe('Serbian: a name ending in a country genitive is an institution, and `Srbije` is no auxiliary', () => {
  it('`Pošta Srbije saopštila je` is the post office, whole (the `je` of `Srbije` is not the verb’s auxiliary)', () => {
    expect(quotes('Paketi', 'Pošta Srbije saopštila je da će paketi kasniti dva dana.')).toEqual([['indirect', 'Pošta Srbije']]);
  });

  it('Cyrillic: `Народна банка Србије саопштила је`', () => {
    expect(quotes('Камата', 'Народна банка Србије саопштила је да ће референтна стопа остати иста.')).toEqual([['indirect', 'Народна банка Србије']]);
  });

  it('a surname that starts like an institution word (`Krstić`) stays a person', () => {
    expect(quotes('Grad', 'Zamenica gradonačelnika Milena Krstić izjavila je da će grad izdvojiti deset miliona dinara.')).toEqual([
      ['indirect', 'Milena Krstić'],
    ]);
  });
});

describe('Serbian: an office named in full in the genitive, then by its abbreviation in the locative', () => {
  it('`Iz Kancelarije za Kosovo i Metohiju …` and `U Kancelariji za KiM navode …` are one office, in the nominative, never the director', () => {
    expect(
      quotes(
        'Most',
        'Iz Kancelarije za Kosovo i Metohiju saopšteno je da je odluka „jednostrana i neprihvatljiva“.',
        'U Kancelariji za KiM navode da most neće biti otvoren.',
        'Direktor Kancelarije za KiM Goran Perić rekao je da most neće biti otvoren do leta.',
      ),
    ).toEqual([
      ['partial', 'Kancelarija za Kosovo i Metohiju'],
      ['indirect', 'Kancelarija za Kosovo i Metohiju'],
      ['indirect', 'Kancelarija za Kosovo i Metohiju'],
      ['indirect', 'Goran Perić'],
    ]);
  });
});
