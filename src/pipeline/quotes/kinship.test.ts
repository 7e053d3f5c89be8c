import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a subject headed by a kinship noun with no name after it is an unnamed relative', () => {
  it('Latin: `Otac osumnjičenog, koji …, rekao je da` is null, not "Otac"', () => {
    const got = speakers('Suđenje', 'Otac osumnjičenog, koji je pratio ročište, rekao je novinarima da njegov sin „nikada nije držao pištolj“.');
    expect(got).toEqual([null, null]);
  });

  it('Cyrillic: `Мајка једног од ухапшених рекла је да` is null', () => {
    const got = speakers('Наслов', 'Полиција је ухапсила двојицу младића у Краљеву.', 'Мајка једног од ухапшених рекла је да њен син „није крив ни за шта“.');
    expect(got).toEqual([null, null]);
  });

  it('Albanian: `Babai i të dyshuarit tha se`, `Nëna e tij tha se` are null', () => {
    const got = speakers(
      'Titulli',
      'Policia arrestoi dy të rinj në Prizren.',
      'Babai i të dyshuarit tha për gazetarët se djali i tij «nuk ka bërë asgjë».',
      'Nëna e tij tha se familja «po pret drejtësi».',
    );
    expect(got).toEqual([null, null, null, null]);
  });

  it('a kinship word before a name is a title: `Otac Sava Janjić rekao je da` is Sava Janjić', () => {
    const got = speakers('Manastir', 'Otac Sava Janjić rekao je da je manastir „pod zaštitom“.');
    expect(got).toEqual(['Sava Janjić', 'Sava Janjić']);
  });

  it('a kinship noun with the relative named after it is that person: `Sestra uhapšenog Jelena K. rekla je da` is Jelena K', () => {
    const got = speakers('Hapšenje', 'Sestra uhapšenog Jelena K. rekla je da porodica „ništa ne zna“ o optužnici.');
    expect(got).toEqual(['Jelena K', 'Jelena K']);
  });
});
