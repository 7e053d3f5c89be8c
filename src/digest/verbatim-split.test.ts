import { describe, expect, it } from 'vitest';
import { isVerbatim, verbatimForm } from './quotes.js';

const para = '„Mi ćemo graditi dalje“, rekao je direktor Jovan Ilić, „ali bez novih kredita.“';
const article = { paragraphs: ['Naslov', para] };
const at = (text: string) => ({ text, paragraph: 1, start: 0, end: para.length });

describe('isVerbatim: a quote split by its own attribution', () => {
  it('accepts the two parts joined by a space, in order, the attribution left out', () => {
    expect(isVerbatim(article, at('Mi ćemo graditi dalje ali bez novih kredita.'))).toBe(true);
  });

  it('accepts English and dash forms', () => {
    const en = '"We will keep building," the director said, "but without new loans."';
    expect(isVerbatim({ paragraphs: [en] }, { text: 'We will keep building, but without new loans.', paragraph: 0, start: 0, end: en.length })).toBe(true);
    const dash = '– Gradićemo dalje – rekao je Ilić – ali bez kredita.';
    expect(isVerbatim({ paragraphs: [dash] }, { text: 'Gradićemo dalje ali bez kredita.', paragraph: 0, start: 0, end: dash.length })).toBe(true);
  });

  it('refuses parts out of order, words that are not there, or parts far apart', () => {
    expect(isVerbatim(article, at('ali bez novih kredita. Mi ćemo graditi dalje'))).toBe(false);
    expect(isVerbatim(article, at('Mi ćemo graditi dalje i bez novih kredita.'))).toBe(false);
    const far = `„Gradićemo dalje“, rekao je Ilić, ${'dodajući još mnogo toga o planovima opštine, '.repeat(3)}„ali bez kredita.“`;
    expect(isVerbatim({ paragraphs: [far] }, { text: 'Gradićemo dalje ali bez kredita.', paragraph: 0, start: 0, end: far.length })).toBe(false);
  });

  it('shows a split quote with an ellipsis where the attribution stood, a contiguous one as it is', () => {
    expect(verbatimForm(article, at('Mi ćemo graditi dalje ali bez novih kredita.'))).toBe('Mi ćemo graditi dalje … ali bez novih kredita.');
    const en = '"We will keep building," the director said, "but without new loans."';
    expect(verbatimForm({ paragraphs: [en] }, { text: 'We will keep building, but without new loans.', paragraph: 0, start: 0, end: en.length })).toBe(
      'We will keep building … but without new loans.',
    );
    expect(verbatimForm(article, at('Mi ćemo graditi dalje'))).toBe('Mi ćemo graditi dalje');
    expect(verbatimForm(article, at('Mi ćemo graditi dalje i bez novih kredita.'))).toBeNull();
  });
});
