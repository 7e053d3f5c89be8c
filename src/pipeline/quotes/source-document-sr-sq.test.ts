import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { sourceNameStart } from './according-source.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a document named before its author after `sipas` / `prema` gives way to the author', () => {
  it('Albanian: `Sipas aktakuzës së Prokurorisë Themelore të Pejës, …` is the prosecution office, in the nominative', () => {
    const got = speakers(
      'Gjykata',
      'Ish-zyrtari Dritan Morina u deklarua i pafajshëm të martën.',
      'Sipas aktakuzës së Prokurorisë Themelore të Pejës, Morina kishte dhënë një tender pa konkurs.',
    );
    expect(got).toEqual(['Prokuroria Themelore e Pejës']);
  });

  it('Albanian: `Sipas raportit të Policisë së Kosovës, …`', () => {
    const got = speakers('Aksidenti', 'Dy vetura u përplasën afër Vushtrrisë.', 'Sipas raportit të Policisë së Kosovës, asnjë person nuk ka humbur jetën.');
    expect(got).toEqual(['Policia e Kosovës']);
  });

  it('the offset past the document: Serbian and Albanian stems, nothing else', () => {
    expect(sourceNameStart('izveštaju Agencije za statistiku', 'sr')).toBe('izveštaju '.length);
    expect(sourceNameStart('njoftimit të Ministrisë', 'sq')).toBe('njoftimit të '.length);
    expect(sourceNameStart('Ministrisë së Shëndetësisë', 'sq')).toBe(0);
    expect(sourceNameStart('rečima ministra', 'sr')).toBe(0);
  });
});
