/**
 * A complement clause of a noun of reported content (`denied a report that X`) is that report's claim,
 * not the subject's words: no indirect quote is given to the subject. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

/** Indirect quotes given to a named speaker (an unattributed one is never shown, and never a wrong name). */
const quotes = (body: string) => extractQuotes(articleFromText(`Headline\n\n${body}`, 't')).filter((q) => q.kind === 'indirect' && q.speaker !== null);

describe('complement clauses of content nouns', () => {
  it('English: denied / dismissed a report or claims that …', () => {
    expect(quotes('The trade minister, Ivo Marić, on Monday denied a magazine report that the port had been sold.')).toEqual([]);
    expect(quotes('Ivo Marić dismissed claims that the bridge would close in May.')).toEqual([]);
  });

  it('keeps the ordinary reported clause of the same verbs', () => {
    const got = quotes('Ivo Marić denied that the port had been sold.');
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['the port had been sold', 'Ivo Marić']]);
    expect(quotes('Ivo Marić said that the bridge would close in May.').map((q) => q.speaker)).toEqual(['Ivo Marić']);
  });

  it('Serbian and Albanian: odbacio je tvrdnje da …, hodhi poshtë pretendimet se …', () => {
    expect(quotes('Ministar Ivo Marić odbacio je tvrdnje da je luka prodata.')).toEqual([]);
    expect(quotes('Министар Иво Марић одбацио је тврдње да је лука продата.')).toEqual([]);
    expect(quotes('Ministri Ilir Gashi hodhi poshtë pretendimet se porti është shitur.')).toEqual([]);
  });
});
