import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a person named after an organisation-type noun holds a role there (`Direktor kompanije Petar Ilić`)', () => {
  it('Latin: the director is a person, so `on` finds him', () => {
    const got = speakers('Fabrika', 'Direktor kompanije Petar Ilić rekao je da je remont završen.', '„Nismo otpustili nikoga“, kazao je on.');
    expect(got).toEqual(['Petar Ilić', 'Petar Ilić']);
  });

  it('Albanian: `Drejtori i kompanisë Arben Gashi` then `ai`', () => {
    const got = speakers('Fabrika', 'Drejtori i kompanisë Arben Gashi tha se riparimi ka përfunduar.', '"Nuk kemi larguar askënd", tha ai.');
    expect(got).toEqual(['Arben Gashi', 'Arben Gashi']);
  });

  it('an acronym after the type noun is still the company (`kompanija NIS`)', () => {
    const got = speakers('Fabrika', 'Kompanija NIS saopštila je da je remont završen.');
    expect(got).toEqual(['NIS']);
  });
});
