import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { sentenceCaseAcronymOrgs } from './acronym-org.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.text, q.speaker]);
}
const named = (text: string, language: string) => sentenceCaseAcronymOrgs(text, language).map((o) => [text.slice(o.start, o.end), text.slice(...o.acronym)]);

describe('sr/sq: an organisation in sentence case before its bracketed acronym is the speaker its acronym names', () => {
  it('Latin: `u saopštenju PAZV-a`, `PAZV je naveo` and an `PAZV:` headline are the agency by its full name', () => {
    const got = quotes(
      'Reka zagađena, PAZV: Uzorci stižu u petak',
      'Pokrajinska agencija za zaštitu voda (PAZV) saopštila je da su uzorci vode poslati u laboratoriju.',
      '„Rezultati će biti objavljeni čim stignu. Molimo građane da ne koriste vodu iz reke“, navodi se u saopštenju PAZV-a.',
      'PAZV je naveo da će merenja trajati do kraja meseca.',
    );
    expect(new Set(got.map(([, s]) => s))).toEqual(new Set(['Pokrajinska agencija za zaštitu voda']));
    expect(got).toHaveLength(4);
  });

  it('Cyrillic: a declined acronym (`саопштењу РКГ-а`) is the company, in Cyrillic', () => {
    const got = quotes(
      'Грејање',
      'Регионална компанија за грејање (РКГ) саопштила је да ће радијатори бити топли до среде.',
      '„Екипе раде и ноћу“, наводи се у саопштењу РКГ-а.',
    );
    expect(got.map(([, s]) => s)).toEqual(['Регионална компанија за грејање', 'Регионална компанија за грејање']);
  });

  it('Albanian: `njoftimin e AMU-së` is the agency by its full name', () => {
    const got = quotes(
      'Lumi',
      'Agjencia për mbrojtjen e ujërave (AMU) njoftoi se mostrat janë dërguar në laborator.',
      '“Rezultatet do të publikohen sapo të vijnë”, thuhet në njoftimin e AMU-së.',
    );
    expect(got.map(([, s]) => s)).toEqual(['Agjencia për mbrojtjen e ujërave', 'Agjencia për mbrojtjen e ujërave']);
  });

  it('`U saopštenju <institution> navodi se`: the institution in the nominative, not the document', () => {
    const got = quotes(
      'Reka',
      'U saopštenju Pokrajinske agencije za zaštitu voda (PAZV) navodi se da su uzorci vode poslati u laboratoriju.',
      'PAZV je naveo da će merenja trajati do kraja meseca.',
    );
    expect(got.map(([, s]) => s)).toEqual(['Pokrajinska agencija za zaštitu voda', 'Pokrajinska agencija za zaštitu voda']);
  });

  it('the scan: the name opens at the capitalised word of its head noun, and a person with a party is no name', () => {
    expect(named('Pokrajinska agencija za zaštitu voda (PAZV) saopštila je', 'sr')).toEqual([['Pokrajinska agencija za zaštitu voda', 'PAZV']]);
    expect(named('Juče je Institut za javno zdravlje Srbije (IJZS) objavio', 'sr')).toEqual([['Institut za javno zdravlje Srbije', 'IJZS']]);
    expect(named('poslanik Skupštine Srbije Goran Ilić (SNS) rekao je', 'sr')).toEqual([]);
    expect(named('Misija Ujedinjenih nacija na Kosovu (UNMIK) saopštila je', 'sr')).toEqual([]);
    expect(named('Pokrajinska agencija za zaštitu voda (PAZV) saopštila je', 'en')).toEqual([]);
  });
});
