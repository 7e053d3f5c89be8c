import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { albanianPersonNominative } from './name-forms.js';
import { prepareParagraph } from './paragraph.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sq: a full name with its surname in an oblique case is put in the nominative', () => {
  it('the accusative after a verb (`takoi Dritan Berishën`) when the article writes `Berisha`', () => {
    const got = speakers('Takimi', 'Ministri takoi Dritan Berishën të hënën.', '"Kjo është një marrëveshje e mirë", tha Berisha.');
    expect(got).toEqual(['Dritan Berisha']);
  });

  it('the dative (`i kërkuan Valon Morinës`) and the accusative in `-in` (`Besnik Hotin`)', () => {
    const paras = ['Titull', 'Deputetët i kërkuan Valon Morinës dhe Besnik Hotin përgjigje.', 'Morina dhe Hoti nuk folën.'].map(prepareParagraph);
    expect(albanianPersonNominative('Valon Morinës', paras)).toBe('Valon Morina');
    expect(albanianPersonNominative('Besnik Hotin', paras)).toBe('Besnik Hoti');
  });

  it('without the base surname in the article the name stays as written (`Martin` is no `Marti`)', () => {
    const paras = ['Titull', 'Gazetarët biseduan me Arian Martin.'].map(prepareParagraph);
    expect(albanianPersonNominative('Arian Martin', paras)).toBe('Arian Martin');
  });
});
