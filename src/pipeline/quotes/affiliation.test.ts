import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: an affiliation after a name describes the speaker and is never the speaker', () => {
  it('sr: `Marija Pavić sa Pravnog fakulteta u Kragujevcu ocenila je` is Marija Pavić', () => {
    const got = speakers('Cene', 'Ekonomistkinja Marija Pavić sa Pravnog fakulteta u Kragujevcu ocenila je da su cene hleba „previsoke“.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === 'Marija Pavić')).toBe(true);
  });

  it('sr-Cyrl: `Петар Стојић из Института за економију казао је` is Петар Стојић', () => {
    const got = speakers('Плате', 'Аналитичар Петар Стојић из Института за економију казао је да су плате „прениске“.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === 'Петар Стојић')).toBe(true);
  });

  it('sq: `Vera Lika nga Universiteti i Prishtinës vlerësoi` is Vera Lika', () => {
    const got = speakers('Bisedimet', 'Analistja Vera Lika nga Universiteti i Prishtinës vlerësoi se bisedimet “kanë ngecur” prej muajsh.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === 'Vera Lika')).toBe(true);
  });

  it('sq: a plural noun with an adjective opening the sentence (`Burime diplomatike thanë`) is an unnamed group', () => {
    const got = speakers('Bisedimet', 'Burime diplomatike thanë se ministrat “nuk janë të kënaqur” me takimin e fundit.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === null)).toBe(true);
  });
});

describe('sr/sq: an adverbial participle after the subject pronoun is not part of the subject', () => {
  it('sq: `– … – tha ajo duke qeshur.` is the woman named before', () => {
    const got = speakers(
      'Shkolla',
      'Drejtoresha e shkollës, Lule Mema, i tha gazetës se nxënësit po përgatiten.',
      '– Kemi punuar shumë për këtë ditë – tha ajo duke qeshur.',
    );
    expect(got[got.length - 1]).toBe('Lule Mema');
  });

  it('sr: `– … – rekla je ona smejući se.` is the woman named before', () => {
    const got = speakers('Škola', 'Direktorka škole Vesna Lukić rekla je da se đaci pripremaju.', '– Mnogo smo radili za ovaj dan – rekla je ona smejući se.');
    expect(got[got.length - 1]).toBe('Vesna Lukić');
  });
});
