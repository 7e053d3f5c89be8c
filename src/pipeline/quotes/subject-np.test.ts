import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('the subject of a reporting verb', () => {
  it('en: a parenthesised party tag after a name is an aside, not the speaker', () => {
    const qs = quotes('Headline', 'Rep. Tom Okafor (D-Ore.) said the council would vote on the budget next week.');
    expect(find(qs, 'council would vote')).toMatchObject({ kind: 'indirect', speaker: 'Tom Okafor' });
  });

  it('en: a pronoun right before the verb is the subject, whatever adverbials precede it', () => {
    const qs = quotes('Headline', 'Maria Okafor spoke first. Although in May she said her plan was a mistake, she now backs it.');
    expect(find(qs, 'her plan was a mistake')).toMatchObject({ speaker: 'Maria Okafor' });
  });

  it('en: `said X promised them that Y` reports the whole clause after `said`', () => {
    const qs = quotes('Headline', 'Tom Okafor said the mayor promised them that the bridge would reopen.');
    expect(find(qs, 'the mayor promised them')).toMatchObject({ kind: 'indirect', speaker: 'Tom Okafor' });
  });
});

describe('a source named after the report', () => {
  it('en: `…, according to the ledger.` gives the clause to the source', () => {
    const qs = quotes('Headline', 'The Harbour Ledger covers the port. The port will close for two weeks in March, according to the Harbour Ledger.');
    expect(find(qs, 'port will close')).toMatchObject({ kind: 'indirect', speaker: 'Harbour Ledger' });
  });

  it('en: an unnamed group after `according to` is nobody named', () => {
    const qs = quotes('Headline', 'The mayor resigned on Friday, according to two officials.');
    expect(find(qs, 'mayor resigned')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('sr: `…, prema rečima …` at the end of the sentence', () => {
    const qs = quotes('Naslov', 'Most će biti zatvoren dve nedelje u martu, prema rečima dva zvaničnika.');
    expect(find(qs, 'Most će biti zatvoren')).toMatchObject({ kind: 'indirect', speaker: null });
  });
});

describe('typed mentions: only a word that can be a name makes a new speaker', () => {
  it('en: a function word or a sentence-start plural is nobody named', () => {
    const qs = quotes('Headline', 'Critics say the levy will hurt small shops and drive trade to the suburbs.');
    expect(find(qs, 'levy will hurt')).toMatchObject({ speaker: null });
  });

  it('en: a place the article uses after `in` is not a person', () => {
    const qs = quotes('Headline', 'Turnout was high in Oregon this year.', 'Oregon says the count will take a week longer than planned.');
    expect(find(qs, 'count will take')?.speaker ?? null).toBeNull();
  });

  it('en: a quote with no cue after a report in the same paragraph keeps that reporter', () => {
    const qs = quotes(
      'Headline',
      'Tom Okafor spoke at the launch.',
      'Whatever the outcome, "the odds are long," says Maria Lindqvist, a historian at the city archive. "The harbour has never won such a vote."',
    );
    expect(find(qs, 'harbour has never won')).toMatchObject({ kind: 'direct', speaker: 'Maria Lindqvist' });
  });
});

describe('unnamed groups', () => {
  it('en: a phrase headed by a plural common noun is nobody named, whatever names modify it', () => {
    const qs = quotes(
      'Headline',
      'Maria Okafor leads the port authority.',
      'Former Okafor advisers said the authority would miss its deadline.',
      'The budget will grow by a tenth, harbour officials said on Tuesday.',
    );
    expect(find(qs, 'miss its deadline')).toMatchObject({ speaker: null });
    expect(find(qs, 'budget will grow')).toMatchObject({ speaker: null });
  });

  it('en: a surname ending in -s is still a name', () => {
    const qs = quotes('Headline', 'Tom Rogers chairs the board.', 'Rogers said the vote would be held in May.');
    expect(find(qs, 'vote would be held')).toMatchObject({ speaker: 'Tom Rogers' });
  });
});

describe('more verbs of saying (en lexicon)', () => {
  it('`reported`, `tweeted`, `asserted`, `promised` report what follows', () => {
    const qs = quotes(
      'Headline',
      'The Harbour Ledger reported that the ferry would stop in June.',
      'Maria Okafor tweeted that the vote was rigged.',
      'Tom Kaine asserted that the bridge was safe.',
    );
    expect(find(qs, 'ferry would stop')).toMatchObject({ kind: 'indirect', speaker: 'Harbour Ledger' });
    expect(find(qs, 'vote was rigged')).toMatchObject({ speaker: 'Maria Okafor' });
    expect(find(qs, 'bridge was safe')).toMatchObject({ speaker: 'Tom Kaine' });
  });

  it('a reported figure after an article is not a report', () => {
    const qs = quotes('Headline', 'The reported cases rose to 40 in the city last week.');
    expect(qs).toEqual([]);
  });
});
