import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { albanianOrgNominative } from './name-forms.js';
import { orgHead } from './roles.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));
const isOrg = (w: string) => orgHead(w) !== null;

describe('sq: an organisation keeps its whole name, linking article included, in the nominative', () => {
  it('an oblique head and its linking article go back to the nominative; the genitive after them stays', () => {
    expect(albanianOrgNominative('Agjencisë së Ushqimit', isOrg)).toBe('Agjencia e Ushqimit');
    expect(albanianOrgNominative('Komisionit të Pavarur', isOrg)).toBe('Komisioni i Pavarur');
    expect(albanianOrgNominative('Zyrës së Presidentes', isOrg)).toBe('Zyra e Presidentes');
    expect(albanianOrgNominative('Ministrisë së Bujqësisë të Kosovës', isOrg)).toBe('Ministria e Bujqësisë të Kosovës');
  });

  it('words before the organisation noun are not its name (`Në raportin e …`, `Edhe …`)', () => {
    expect(albanianOrgNominative('Në raportin e Agjencisë së Ushqimit', isOrg)).toBe('Agjencia e Ushqimit');
    expect(albanianOrgNominative('Komisioni i Pavarur', isOrg)).toBe('Komisioni i Pavarur');
  });

  it('an office named with a role in the genitive keeps the whole name (`Zyra e Presidentes`)', () => {
    const qs = quotes('Festa', 'Zyra e Presidentes njoftoi se “pritja do të mbahet të premten”.');
    expect(find(qs, 'pritja do të mbahet')?.speaker).toBe('Zyra e Presidentes');
  });

  it('`Sipas Agjencisë së Ushqimit` is the agency named before, in the nominative', () => {
    const qs = quotes(
      'Ushqimi',
      'Agjencia e Ushqimit kontrolloi dhjetë dyqane të hënën.',
      'Sipas Agjencisë së Ushqimit, “produktet ishin të sigurta”.',
      'Edhe Komisioni i Pavarur deklaroi se “kontrollet do të vazhdojnë”.',
    );
    expect(find(qs, 'produktet ishin')?.speaker).toBe('Agjencia e Ushqimit');
    expect(find(qs, 'kontrollet do të')?.speaker).toBe('Komisioni i Pavarur');
  });
});
