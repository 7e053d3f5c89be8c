import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('two joined predicates after one speech verb are two reported items', () => {
  it('en: `said X and would Y` keeps the auxiliary in the second item', () => {
    const qs = quotes('H', 'Foreign Minister Arta Kelmendi said the agreement was binding and would be implemented by the end of the year.');
    expect(find(qs, 'agreement was binding')).toMatchObject({ kind: 'indirect', speaker: 'Arta Kelmendi' });
    const second = find(qs, 'implemented');
    expect(second).toMatchObject({ kind: 'indirect', speaker: 'Arta Kelmendi' });
    expect(second?.text.startsWith('would be implemented')).toBe(true);
    expect(find(qs, 'binding')?.text).not.toContain('implemented');
  });
});

describe('unnamed group subjects report indirect speech with no speaker', () => {
  it('sr: `Diplomate i pravnici … složili su se da …`', () => {
    const qs = quotes('H', 'Diplomate i pravnici sa kojima je N1 razgovarao složili su se da rezolucija i dalje važi.');
    expect(find(qs, 'rezolucija i dalje važi')).toMatchObject({ kind: 'indirect', speaker: null });
    const qs2 = quotes('H', 'BEOGRAD – Diplomate i pravnici okupljeni na okruglom stolu u Medija centru složili su se da je rezolucija i dalje na snazi.');
    expect(find(qs2, 'rezolucija i dalje na snazi')).toMatchObject({ kind: 'indirect', speaker: null });
  });
  it('sr-Cyrl: the same group in Cyrillic', () => {
    const qs = quotes('Н', 'Дипломате и правници са којима је Н1 разговарао сложили су се да резолуција и даље важи.');
    expect(find(qs, 'резолуција и даље важи')).toMatchObject({ kind: 'indirect', speaker: null });
  });
  it('en: `Diplomats and lawyers who spoke to the BBC agreed that …`; `agreed to` is no report', () => {
    const qs = quotes(
      'H',
      'Diplomats and lawyers who spoke to the BBC agreed that the resolution remains in force.',
      'The two sides agreed to meet again in March.',
    );
    expect(find(qs, 'resolution remains in force')).toMatchObject({ kind: 'indirect', speaker: null });
    expect(find(qs, 'meet again')).toBeUndefined();
  });
  it('sq: `Diplomatët dhe juristët … ranë dakord se …`, while `Analisti i sigurisë X` is a person', () => {
    const qs = quotes(
      'H',
      'Diplomatët dhe juristët me të cilët foli KosovaPress ranë dakord se rezoluta mbetet në fuqi.',
      'Analisti i sigurisë Arianit Morina tha se shqetësimi është i kuptueshëm.',
    );
    expect(find(qs, 'rezoluta mbetet')).toMatchObject({ kind: 'indirect', speaker: null });
    expect(find(qs, 'shqetësimi')?.speaker).toBe('Arianit Morina');
  });
});

describe('two-word partial quotes in reported speech', () => {
  it('sr: »pod kontrolom« inside `rekao je da …` is the minister’s partial quote', () => {
    const qs = quotes('H', 'Ministar Dragan Lazović rekao je da je situacija na severu »pod kontrolom« i da nema razloga za paniku.');
    expect(qs.find((q) => q.kind === 'partial')).toMatchObject({ text: 'pod kontrolom', speaker: 'Dragan Lazović' });
  });
  it('en and sq: `was “under control”`, `është „nën kontroll“`', () => {
    expect(
      quotes('H', 'Minister Dragan Lazović said the situation in the north was “under control” and there was no reason to panic.').find(
        (q) => q.kind === 'partial',
      ),
    ).toMatchObject({ text: 'under control', speaker: 'Dragan Lazović' });
    expect(quotes('H', 'Ministri Lulzim Hoxha tha se situata në veri është „nën kontroll“.').find((q) => q.kind === 'partial')).toMatchObject({
      text: 'nën kontroll',
      speaker: 'Lulzim Hoxha',
    });
  });
  it('en: a two-word scare quote after a determiner, or with no speaker, is no quote', () => {
    const qs = quotes(
      'H',
      'The ambassador Alexander Botsan-Kharchenko said that Russia does not react to the intensified „false news“ about it.',
      'Fans of the so-called “red stars” gathered on Monday.',
    );
    expect(qs.some((q) => q.kind === 'partial' && (q.text === 'false news' || q.text === 'red stars'))).toBe(false);
  });
});

describe('a quote both partial and indirect is reported once', () => {
  it('en: `said “all options remain open”` gives the partial only', () => {
    const qs = quotes('H', 'The EU envoy Claire Mercier said “all options remain open”.');
    expect(qs.filter((q) => q.text.includes('all options remain open'))).toHaveLength(1);
  });
  it('sr: an indirect item that says more than its partial quote stays', () => {
    const qs = quotes('H', 'Portparolka Ardita Beriša izjavila je da je Jankoviću ulazak zabranjen „u skladu sa zakonom“.');
    expect(qs.map((q) => q.kind).sort()).toEqual(['indirect', 'partial']);
  });
});

describe('English report frames with a second clause', () => {
  it('en: `said X, Y, and that Z` reports X as well as Z', () => {
    const qs = quotes(
      'H',
      'The centre’s Serbian co-director, Bojan Tomić, met the MEPs.',
      'Tomić said the centre served only one purpose, emergency response, and that its accounts were audited every year.',
    );
    expect(find(qs, 'served only one purpose')).toMatchObject({ kind: 'indirect', speaker: 'Bojan Tomić' });
    expect(find(qs, 'accounts were audited')).toMatchObject({ kind: 'indirect', speaker: 'Bojan Tomić' });
  });
  it('en: `X, he added, noting that Y` reports X (closed by `he added`) and Y', () => {
    const qs = quotes(
      'H',
      'The Russian ambassador, Alexander Botsan-Kharchenko, spoke on Monday.',
      'Resolution 1244 is a fundamental document for resolving the Kosovo issue, he added, noting that it must be respected as part of international law.',
    );
    expect(find(qs, 'fundamental document')).toMatchObject({ kind: 'indirect', speaker: 'Alexander Botsan-Kharchenko' });
    expect(find(qs, 'must be respected')).toMatchObject({ kind: 'indirect', speaker: 'Alexander Botsan-Kharchenko' });
  });
});
